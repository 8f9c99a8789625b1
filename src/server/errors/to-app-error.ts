// Maps anything thrown while handling a request onto the error catalogue.
import type { ProblemEntry } from "../../contract/errors.js";
import {
  AppError,
  BadRequestError,
  InternalError,
  NotFoundError,
  PayloadTooLargeError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnsupportedMediaTypeError,
  ValidationError,
} from "./app-errors.js";

interface FrameworkError {
  statusCode?: number;
  validation?: unknown;
  validationContext?: string;
}

interface SchemaIssue {
  message?: unknown;
  /** "/a/0/b" */
  instancePath?: unknown;
  /** The validator's name of the rule, e.g. zod's issue code. */
  keyword?: unknown;
  params?: unknown;
}

/** A schema validator's issues (zod's, in Russian) as the problems of the refusal. */
function validationProblems(validation: unknown): ProblemEntry[] {
  if (!Array.isArray(validation)) return [];
  return (validation as SchemaIssue[]).map((issue) => {
    const path = typeof issue.instancePath === "string" ? issue.instancePath.replace(/^\//, "").replaceAll("/", ".") : "";
    const message = typeof issue.message === "string" ? issue.message : "неверное значение";
    const code = typeof issue.keyword === "string" ? issue.keyword : "invalid_value";
    const params =
      typeof issue.params === "object" && issue.params !== null && Object.keys(issue.params).length > 0 ? (issue.params as Record<string, unknown>) : undefined;
    return { path, code, ...(params ? { params } : {}), message };
  });
}

/** "поле: сообщение; …", or the catalogue's default when there is nothing to say. */
function validationMessage(problems: readonly ProblemEntry[]): string | undefined {
  if (problems.length === 0) return undefined;
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join("; ");
}

/** The catalogue error for `error`: app errors as they are, Fastify's 4xx by status, the rest 500. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const framework = (typeof error === "object" && error !== null ? error : {}) as FrameworkError;
  if (framework.validation) {
    const problems = validationProblems(framework.validation);
    return new ValidationError(validationMessage(problems), problems);
  }
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
