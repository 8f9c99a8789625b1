// The catalogue of application errors: each with a code naming its domain reason, the HTTP status that code maps to, Russian text.
import type { ErrorCode, ErrorDetails, errorKinds, ProblemEntry } from "../../contract/errors.js";
import { httpStatusOf } from "./http-status.js";

/** An error the server turns into a response: `code` is stable (clients match on it), `message` is for people. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly statusCode: number,
    message: string,
    /** Structured facts for API clients: `{ problems }` (ErrorDetails) for every refusal of the catalogue. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A refusal named by its domain reason; its status follows from the code (httpStatusOf), its problems travel as `details`. */
export class Refusal extends AppError {
  constructor(code: ErrorCode, message: string, problems?: readonly ProblemEntry[]) {
    const details: ErrorDetails | undefined = problems === undefined ? undefined : { problems: [...problems] };
    super(code, httpStatusOf(code), message, details);
  }
}

/** 400: the request is malformed. */
export class BadRequestError extends Refusal {
  constructor(message = "Неверный запрос", problems?: readonly ProblemEntry[]) {
    super("bad_request", message, problems);
  }
}

/** 400: the request is well-formed but its content is invalid; the problems name each field or row. */
export class ValidationError extends Refusal {
  constructor(
    message = "Данные заполнены неверно",
    problems?: readonly ProblemEntry[],
    code: Extract<ErrorCode, "validation_failed" | "methodology_invalid"> = "validation_failed",
  ) {
    super(code, message, problems);
  }
}

/** 401: sign-in is required. */
export class UnauthorizedError extends Refusal {
  constructor(message = "Требуется вход в систему") {
    super("unauthorized", message);
  }
}

/** 403: signed in, but not allowed. */
export class ForbiddenError extends Refusal {
  constructor(message = "Недостаточно прав для этого действия") {
    super("forbidden", message);
  }
}

/** 404: no such page, route or entity. */
export class NotFoundError extends Refusal {
  constructor(message = "Страница не найдена") {
    super("not_found", message);
  }
}

/** The codes of 409: a duplicate, or a state that does not allow the change. */
export type ConflictCode = { [C in ErrorCode]: (typeof errorKinds)[C] extends "conflict" ? C : never }[ErrorCode];

/** 409: the request conflicts with the current state; `code` names which conflict. */
export class ConflictError extends Refusal {
  constructor(code: ConflictCode, message: string, problems?: readonly ProblemEntry[]) {
    super(code, message, problems);
  }
}

/** 422: a file was read whole and refused; each problem names its row. */
export class RejectedError extends Refusal {
  constructor(code: Extract<ErrorCode, "import_rejected" | "workbook_refused">, message: string, problems?: readonly ProblemEntry[]) {
    super(code, message, problems);
  }
}

/** 413: the request body is too large. */
export class PayloadTooLargeError extends Refusal {
  constructor(message = "Слишком большой объём данных") {
    super("payload_too_large", message);
  }
}

/** 415: the request body has a content type the route does not accept. */
export class UnsupportedMediaTypeError extends Refusal {
  constructor(message = "Неподдерживаемый тип содержимого") {
    super("unsupported_media_type", message);
  }
}

/** 429: too many requests from this client. */
export class TooManyRequestsError extends Refusal {
  constructor(message = "Слишком много запросов, попробуйте позже") {
    super("too_many_requests", message);
  }
}

/** 503: a dependency (the database) does not answer, or the server is shutting down. */
export class ServiceUnavailableError extends Refusal {
  constructor(message = "Сервис временно недоступен, попробуйте позже") {
    super("service_unavailable", message);
  }
}

/** 500: anything unexpected; the real cause goes to the log, never to the client. */
export class InternalError extends Refusal {
  constructor(message = "Внутренняя ошибка сервера") {
    super("internal", message);
  }
}
