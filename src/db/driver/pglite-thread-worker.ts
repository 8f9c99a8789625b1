// The thread a PGlite runs on (see pglite-thread.ts): starts it from workerData, then runs requests in arrival order.
import { parentPort, workerData } from "node:worker_threads";
import { createPglite, type PgliteStart } from "./pglite-instance.js";
import { localPgliteSession, type PgliteSession } from "./pglite-session.js";
import { toThreadError, type ThreadReply, type ThreadRequest } from "./pglite-thread-protocol.js";

const port = parentPort!;
const reply = (message: ThreadReply) => port.postMessage(message);

async function serve(session: PgliteSession, request: ThreadRequest, stops: Map<number, () => Promise<void>>): Promise<ThreadReply> {
  switch (request.op) {
    case "exec":
      return { id: request.id, ok: true, value: await session.exec(request.sql) };
    case "query":
      return { id: request.id, ok: true, value: await session.query(request.sql, request.parameters) };
    case "prepared":
      return { id: request.id, ok: true, value: await session.prepared(request.text, request.values) };
    case "listen": {
      const listener = request.id;
      stops.set(listener, await session.listen(request.channel, () => reply({ notify: listener })));
      return { id: request.id, ok: true, value: listener };
    }
    case "unlisten":
      await stops.get(request.listener)?.();
      stops.delete(request.listener);
      return { id: request.id, ok: true, value: null };
    case "close":
      await session.close();
      return { id: request.id, ok: true, value: null };
  }
}

/** Serves one request and always answers it: a reply that cannot be sent is answered with the reason instead. */
async function answer(session: PgliteSession, request: ThreadRequest, stops: Map<number, () => Promise<void>>): Promise<void> {
  let message: ThreadReply;
  try {
    message = await serve(session, request, stops);
  } catch (error) {
    message = { id: request.id, ok: false, error: toThreadError(error) };
  }
  try {
    reply(message);
  } catch (error) {
    reply({ id: request.id, ok: false, error: toThreadError(error) });
  }
  // Closed: the port lets go and the thread ends once the reply is out.
  if (request.op === "close") port.close();
}

try {
  const session = localPgliteSession(await createPglite(workerData as PgliteStart));
  const stops = new Map<number, () => Promise<void>>();
  // One request after another, in arrival order: the driver sends a lone statement before the previous one is done.
  let queue = Promise.resolve();
  port.on("message", (request: ThreadRequest) => {
    queue = queue.then(() => answer(session, request, stops));
  });
  reply({ started: true });
} catch (error) {
  reply({ started: false, error: toThreadError(error) });
}
