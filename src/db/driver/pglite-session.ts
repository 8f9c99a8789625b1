// What the Kysely driver asks of PGlite, whether it runs on the caller's thread or on a thread of its own
// (pglite-thread.ts): plain statements, marked statements run as named protocol statements, notifications.
import { parse, protocol, type PGlite, type Results } from "@electric-sql/pglite";
import { statementName } from "./prepared-statements.js";

/** A statement's rows and, for writes, how many rows it changed. */
export interface StatementResult {
  rows: unknown[];
  affectedRows?: number | undefined;
}

/** One PGlite session; statements run one at a time, in the order they are issued. */
export interface PgliteSession {
  /** Statements run strictly in the order they were issued, even when issued before the previous one has finished. */
  readonly runsInIssueOrder: boolean;
  /** The simple protocol: several statements allowed, the last one's result. */
  exec(sql: string): Promise<StatementResult>;
  /** The extended protocol with parameters. */
  query(sql: string, parameters: unknown[]): Promise<StatementResult>;
  /** A named protocol statement, parsed once per session; parameters as text, typed by the statement's casts. */
  prepared(text: string, values: (string | null)[]): Promise<StatementResult>;
  /** Calls `onNotify` at each notification on `channel`; resolves to the function that stops listening. */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  /** Shuts PGlite down so its files are consistent. */
  close(): Promise<void>;
}

const resultOf = (result: Results | undefined): StatementResult => ({ rows: result?.rows ?? [], affectedRows: result?.affectedRows });

/** A session on a PGlite of this thread. */
export function localPgliteSession(pglite: PGlite): PgliteSession {
  const prepared = new Set<string>();
  return {
    runsInIssueOrder: false,
    exec: async (sql) => resultOf((await pglite.exec(sql)).at(-1)),
    query: async (sql, parameters) => resultOf(await pglite.query(sql, parameters)),
    async prepared(text, values) {
      const { serialize } = protocol;
      const name = statementName(text);
      const steps: Uint8Array[] = [];
      if (!prepared.has(name)) steps.push(serialize.parse({ name, text, types: [] }));
      steps.push(serialize.bind({ statement: name, values }), serialize.describe({ type: "P" }), serialize.execute({}), serialize.sync());
      const message = new Uint8Array(steps.reduce((n, m) => n + m.length, 0));
      steps.reduce((at, m) => (message.set(m, at), at + m.length), 0);
      // The protocol methods skip PGlite's own query lock (its LISTEN runs queries of its own): taken here.
      const { messages } = await pglite.runExclusive(() => pglite.execProtocol(message));
      prepared.add(name);
      return resultOf((parse.parseResults(messages, pglite.parsers) as Results[])[0]);
    },
    async listen(channel, onNotify) {
      const stop = await pglite.listen(channel, () => onNotify());
      return () => stop().catch(() => undefined);
    },
    async close() {
      if (!pglite.closed) await pglite.close();
    },
  };
}
