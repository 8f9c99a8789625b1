// Which start-up failures are a person's to fix, and so deserve one line instead of a stack trace.
import { DatabaseOpenError } from "../db/index.js";
import { ConfigError } from "./config-error.js";

/** True for bad configuration and an unusable database: their message is the whole story. */
export function isStartupError(error: unknown): error is ConfigError | DatabaseOpenError {
  return error instanceof ConfigError || error instanceof DatabaseOpenError;
}
