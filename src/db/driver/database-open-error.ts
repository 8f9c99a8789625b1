// The error raised when the configured database cannot be opened: one line for a person.

/** Why a database could not be opened. */
export type DatabaseOpenFailure = "unreachable" | "data-dir-unwritable" | "data-dir-in-use" | "data-dir-unusable";

/** The database (server or data directory) is unusable; `message` is one Russian / English line. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly reason: DatabaseOpenFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "DatabaseOpenError";
  }
}
