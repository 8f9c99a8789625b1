// Stops the server on SIGTERM or SIGINT: no new connections, in-flight requests finish, the database closes.
import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import type { Database } from "../db/index.js";

export interface ShutdownOptions {
  app: FastifyInstance;
  database: Database;
  logger?: FastifyBaseLogger;
  /** After this long, connections still open are cut so the database can close (ms). */
  timeoutMs?: number;
  signals?: readonly NodeJS.Signals[];
}

/**
 * Resolves with the signal's name once the server is closed (in-flight requests answered)
 * and the database closed (PGlite's files consistent). A second signal during shutdown is
 * logged and ignored: cutting the database off mid-write is what this exists to prevent.
 */
export function shutdownOnSignal({ app, database, logger, timeoutMs = 10_000, signals = ["SIGTERM", "SIGINT"] }: ShutdownOptions): Promise<NodeJS.Signals> {
  return new Promise((resolve, reject) => {
    let shuttingDown = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (shuttingDown) {
        logger?.warn({ signal }, "already shutting down");
        return;
      }
      shuttingDown = true;
      logger?.info({ signal }, "shutting down");
      const force = setTimeout(() => {
        logger?.warn({ timeoutMs }, "requests still running at the shutdown deadline: closing their connections");
        app.server.closeAllConnections();
      }, timeoutMs);
      force.unref();
      // close() drops the connections idle at that moment; one serving a request becomes idle
      // (keep-alive) when it ends and would hold the server open until the deadline.
      const idle = setInterval(() => app.server.closeIdleConnections(), 100);
      idle.unref();
      app
        .close()
        .then(() => database.close())
        .then(
          () => {
            clearTimeout(force);
            clearInterval(idle);
            for (const name of signals) process.off(name, onSignal);
            logger?.info("stopped");
            resolve(signal);
          },
          (error: unknown) => {
            clearTimeout(force);
            clearInterval(idle);
            for (const name of signals) process.off(name, onSignal);
            reject(error);
          },
        );
    };
    for (const name of signals) process.on(name, onSignal);
  });
}
