// An error the CLI reports as one line (no stack trace), named by its reason; the exit code follows from it (exitCodeOf).
import type { ErrorCode } from "../contract/errors.js";
import { exitCodeOf } from "./exit-codes.js";

/** Thrown by a command for a problem a person must fix (bad arguments, bad input, bad configuration) or a failure of the system. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(
    message: string,
    readonly code: ErrorCode = "bad_request",
  ) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCodeOf(code);
  }
}
