// The messages between a PGlite thread (pglite-thread-worker.ts) and the session that drives it (pglite-thread.ts).
import type { StatementResult } from "./pglite-session.js";

export type ThreadRequest =
  | { id: number; op: "exec"; sql: string }
  | { id: number; op: "query"; sql: string; parameters: unknown[] }
  | { id: number; op: "prepared"; text: string; values: (string | null)[] }
  | { id: number; op: "listen"; channel: string }
  | { id: number; op: "unlisten"; listener: number }
  | { id: number; op: "close" };

/** An error as it crosses threads: its message and its own plain fields (a database error's `code`, `detail`…). */
export interface ThreadError {
  name: string;
  message: string;
  fields: Record<string, string | number | boolean>;
}

export type ThreadReply =
  | { id: number; ok: true; value: StatementResult | number | null }
  | { id: number; ok: false; error: ThreadError }
  | { notify: number }
  | { started: true }
  | { started: false; error: ThreadError };

export function toThreadError(error: unknown): ThreadError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error), fields: {} };
  const fields: ThreadError["fields"] = {};
  for (const [key, value] of Object.entries(error))
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") fields[key] = value;
  return { name: error.name, message: error.message, fields };
}

export function fromThreadError(error: ThreadError): Error {
  const rebuilt = Object.assign(new Error(error.message), error.fields);
  rebuilt.name = error.name;
  return rebuilt;
}
