// The structured (JSON, pino) logger the server and the CLI write to.
import { pino, type Logger } from "pino";
import type { LogLevel } from "./config.js";

/** A pino logger writing JSON lines to stdout at `level`. */
export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: "zvezda" } });
}
