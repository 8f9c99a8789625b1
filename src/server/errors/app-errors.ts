// The catalogue of application errors: each a class with a stable code, an HTTP status and Russian text.

/** An error the server turns into a response: `code` is stable (clients match on it), `message` is for people. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly statusCode: number,
    message: string,
    /** Structured facts for API clients, e.g. the fields that failed validation. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 400: the request is malformed. */
export class BadRequestError extends AppError {
  constructor(message = "Неверный запрос", details?: unknown) {
    super("bad_request", 400, message, details);
  }
}

/** 400: the request is well-formed but its content is invalid; `details` lists the problems. */
export class ValidationError extends AppError {
  constructor(message = "Данные заполнены неверно", details?: unknown) {
    super("validation_failed", 400, message, details);
  }
}

/** 401: sign-in is required. */
export class UnauthorizedError extends AppError {
  constructor(message = "Требуется вход в систему") {
    super("unauthorized", 401, message);
  }
}

/** 403: signed in, but not allowed. */
export class ForbiddenError extends AppError {
  constructor(message = "Недостаточно прав для этого действия") {
    super("forbidden", 403, message);
  }
}

/** 404: no such page, route or entity. */
export class NotFoundError extends AppError {
  constructor(message = "Страница не найдена") {
    super("not_found", 404, message);
  }
}

/** 409: the request conflicts with the current state (a duplicate, a stale edit). */
export class ConflictError extends AppError {
  constructor(message = "Конфликт с текущим состоянием данных", details?: unknown) {
    super("conflict", 409, message, details);
  }
}

/** 413: the request body is too large. */
export class PayloadTooLargeError extends AppError {
  constructor(message = "Слишком большой объём данных") {
    super("payload_too_large", 413, message);
  }
}

/** 415: the request body has a content type the route does not accept. */
export class UnsupportedMediaTypeError extends AppError {
  constructor(message = "Неподдерживаемый тип содержимого") {
    super("unsupported_media_type", 415, message);
  }
}

/** 429: too many requests from this client. */
export class TooManyRequestsError extends AppError {
  constructor(message = "Слишком много запросов, попробуйте позже") {
    super("too_many_requests", 429, message);
  }
}

/** 503: a dependency (the database) does not answer, or the server is shutting down. */
export class ServiceUnavailableError extends AppError {
  constructor(message = "Сервис временно недоступен, попробуйте позже") {
    super("service_unavailable", 503, message);
  }
}

/** 500: anything unexpected; the real cause goes to the log, never to the client. */
export class InternalError extends AppError {
  constructor(message = "Внутренняя ошибка сервера") {
    super("internal", 500, message);
  }
}
