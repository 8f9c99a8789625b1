// An error the CLI reports as one line (no stack trace) with a chosen exit code.

/** Thrown by a command for a problem a person must fix: bad arguments, bad input, bad configuration. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}
