// The one mapping of an error's kind to its HTTP status.
import { errorKinds, type ErrorCode, type ErrorKind } from "../../contract/errors.js";

const statusOfKind: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_type: 415,
  rejected: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

/** The HTTP status of an answer refused with `code`. */
export function httpStatusOf(code: ErrorCode): number {
  return statusOfKind[errorKinds[code]];
}
