// Statements run so often that parsing and planning them each time shows: they are prepared once per
// connection and then only executed, as named protocol statements — on PostgreSQL here (about 0.6 ms less per
// survey batch), on PGlite in pglite-driver.ts (a lone survey statement 2.5 → 1.5 ms).
import { createHash } from "node:crypto";
import type pg from "pg";

/** Starts the text of a statement to prepare; a plain comment to PGlite and to logs. */
export const preparedMarker = "/* prepared */";

const names = new Map<string, string>();

/** A name derived from the text, so an edited statement never runs under an old name. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) names.set(text, (name = `zvezda_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`));
  return name;
}

type Query = (...args: unknown[]) => unknown;

/** Makes `client` run the statements that start with `preparedMarker` as named prepared statements. */
export function prepareMarkedStatements(client: pg.ClientBase): void {
  const query = (client.query as Query).bind(client);
  const preparing: Query = (...args) => {
    const [text, values, ...rest] = args;
    if (typeof text !== "string" || !text.startsWith(preparedMarker)) return query(...args);
    return query({ name: statementName(text), text, values }, ...rest);
  };
  client.query = preparing as pg.ClientBase["query"];
}
