// Maps anything thrown while handling a request onto the error catalogue.
import { AppError, BadRequestError, InternalError, NotFoundError, PayloadTooLargeError, ServiceUnavailableError, TooManyRequestsError, UnsupportedMediaTypeError, ValidationError } from "./app-errors.js";

interface FrameworkError {
  statusCode?: number;
  validation?: unknown;
}

/** The catalogue error for `error`: app errors as they are, Fastify's 4xx by status, the rest 500. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const framework = (typeof error === "object" && error !== null ? error : {}) as FrameworkError;
  if (framework.validation) return new ValidationError(undefined, framework.validation);
  switch (framework.statusCode) {
    case 404:
      return new NotFoundError();
    case 413:
      return new PayloadTooLargeError();
    case 415:
      return new UnsupportedMediaTypeError();
    case 429:
      return new TooManyRequestsError();
    case 503:
      return new ServiceUnavailableError();
  }
  const status = framework.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    const generic = new BadRequestError();
    return new AppError(generic.code, status, generic.message);
  }
  return new InternalError();
}
