// Maps anything thrown while handling a request onto the error catalogue.
import { AppError, BadRequestError, InternalError, NotFoundError, PayloadTooLargeError, ServiceUnavailableError, TooManyRequestsError, UnsupportedMediaTypeError, ValidationError } from "./app-errors.js";

interface FrameworkError {
  statusCode?: number;
  validation?: unknown;
  validationContext?: string;
}

interface SchemaIssue {
  message?: unknown;
  /** "/a/0/b" */
  instancePath?: unknown;
}

/** "поле: сообщение; …" from a schema validator's issues (zod's, in Russian), or the catalogue's default. */
function validationMessage(validation: unknown): string | undefined {
  if (!Array.isArray(validation) || validation.length === 0) return undefined;
  return (validation as SchemaIssue[])
    .map((issue) => {
      const path = typeof issue.instancePath === "string" ? issue.instancePath.replace(/^\//, "").replaceAll("/", ".") : "";
      const message = typeof issue.message === "string" ? issue.message : "неверное значение";
      return path ? `${path}: ${message}` : message;
    })
    .join("; ");
}

/** The catalogue error for `error`: app errors as they are, Fastify's 4xx by status, the rest 500. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const framework = (typeof error === "object" && error !== null ? error : {}) as FrameworkError;
  if (framework.validation) return new ValidationError(validationMessage(framework.validation), framework.validation);
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
