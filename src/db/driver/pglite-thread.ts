// PGlite on a thread of its own: Postgres runs in WebAssembly on the thread that calls it, so a long statement (a
// national recomputation, an import) would stop the server answering anyone, and under survey load PGlite took half
// the main thread. Here the main thread only sends statements and receives rows.
import { Worker } from "node:worker_threads";
import type { PgliteStart } from "./pglite-instance.js";
import type { PgliteSession, StatementResult } from "./pglite-session.js";
import { workerSource } from "./worker-source.js";
import { fromThreadError, type ThreadReply, type ThreadRequest } from "./pglite-thread-protocol.js";

type Pending = { resolve: (value: StatementResult | number | null) => void; reject: (error: Error) => void };
type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;
type Request = WithoutId<ThreadRequest>;

/** Starts PGlite on a new thread; rejects with PGlite's own error when it cannot start. */
export function openPgliteThread(start: PgliteStart): Promise<PgliteSession> {
  const worker = new Worker(workerSource(import.meta.url, "pglite-thread-worker"), { eval: true, workerData: start });
  const pending = new Map<number, Pending>();
  const listeners = new Map<number, () => void>();
  let nextId = 1;
  let stopped: Error | undefined;

  // The thread keeps the process alive only while a reply is awaited, as an in-process PGlite would.
  const holdOpen = () => (pending.size > 0 ? worker.ref() : worker.unref());
  const stop = (error: Error) => {
    stopped ??= error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const send = (request: Request): Promise<StatementResult | number | null> => {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      holdOpen();
      worker.postMessage({ ...request, id });
    });
  };

  const session: PgliteSession = {
    runsInIssueOrder: true,
    exec: (sql) => send({ op: "exec", sql }) as Promise<StatementResult>,
    query: (sql, parameters) => send({ op: "query", sql, parameters }) as Promise<StatementResult>,
    prepared: (text, values) => send({ op: "prepared", text, values }) as Promise<StatementResult>,
    async listen(channel, onNotify) {
      const listener = (await send({ op: "listen", channel })) as number;
      listeners.set(listener, onNotify);
      return async () => {
        listeners.delete(listener);
        await send({ op: "unlisten", listener }).catch(() => undefined);
      };
    },
    async close() {
      if (stopped) return;
      await send({ op: "close" });
      stop(new Error("the database is closed"));
    },
  };

  return new Promise((resolve, reject) => {
    worker.on("message", (message: ThreadReply) => {
      if ("notify" in message) return listeners.get(message.notify)?.();
      if ("started" in message) {
        holdOpen();
        if (message.started) return resolve(session);
        void worker.terminate();
        return reject(fromThreadError(message.error));
      }
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      holdOpen();
      if (message.ok) waiting?.resolve(message.value);
      else waiting?.reject(fromThreadError(message.error));
    });
    worker.on("error", (error) => {
      stop(error);
      reject(error);
    });
    worker.on("exit", (code) => {
      const error = new Error(`the PGlite thread stopped (exit code ${code})`);
      stop(error);
      reject(error);
    });
  });
}
