// The one mapping of an error's kind to the CLI's exit code: 2 for what a person must fix, 1 for a failure of the system.
import { errorKinds, type ErrorCode, type ErrorKind } from "../contract/errors.js";

const exitOfKind: Record<ErrorKind, number> = {
  invalid: 2,
  unauthenticated: 2,
  forbidden: 2,
  not_found: 2,
  conflict: 2,
  rejected: 2,
  too_large: 2,
  unsupported_type: 2,
  rate_limited: 2,
  unavailable: 1,
  internal: 1,
};

/** The exit code of a command refused with `code`. */
export function exitCodeOf(code: ErrorCode): number {
  return exitOfKind[errorKinds[code]];
}
