// The typed fetch client of the JSON API: same-origin cookies, the CSRF header on mutations, Russian errors.
import type { ErrorBody, ErrorDetails, ProblemEntry } from "../../contract/errors";

/** An API answer that is not a success, with the server's Russian message and its details (a refused file's rows or problems). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    /** `{ problems }` (ErrorDetails) for every refusal of the server's catalogue. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

let csrfToken: string | undefined;
let onUnauthorized: (() => void) | undefined;

/** Called when a data request finds the session gone (expired or ended elsewhere). */
export function setUnauthorizedListener(listener: (() => void) | undefined): void {
  onUnauthorized = listener;
}

/** Remembers the session's CSRF token (from sign-in or /api/auth/me); undefined after sign-out. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

const fallbackMessages: Record<number, string> = {
  401: "Требуется вход в систему",
  403: "Недостаточно прав",
  404: "Не найдено",
  429: "Слишком много попыток. Попробуйте позже.",
};

async function errorOf(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => undefined)) as Partial<ErrorBody> | undefined;
  const message = body?.error?.message ?? fallbackMessages[response.status] ?? `Ошибка сервера (${response.status})`;
  return new ApiError(response.status, message, body?.error?.code, body?.error?.details);
}

/** The problems a refusal names (each field or row), or undefined when `failure` is not a refusal that names any. */
export function refusalProblems(failure: unknown): ProblemEntry[] | undefined {
  if (!(failure instanceof ApiError)) return undefined;
  const problems = (failure.details as Partial<ErrorDetails> | undefined)?.problems;
  return Array.isArray(problems) ? problems : undefined;
}

/** Sends a request to /api; resolves with the parsed JSON (undefined for 204). */
export async function apiRequest<T>(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  // A FormData body (a file upload) sets its own multipart content type.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: "same-origin", body: body === undefined ? undefined : form ? body : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, "Нет связи с сервером. Проверьте подключение и повторите.");
  }
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith("/api/auth/")) onUnauthorized?.();
    throw await errorOf(response);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A query string from the defined values: "?period=2026-Q3&view=combined". */
export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}
