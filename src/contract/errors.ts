// Refusals as data: each error code names its domain reason and falls into one kind, which the server maps to
// an HTTP status and the CLI to an exit code; every refusal carries its problems in one shape.
import { z } from "zod";

/** What kind of refusal an error is: one HTTP status and one exit code per kind (src/server/errors, src/cli). */
export type ErrorKind =
  | "invalid" // the request or its content is wrong
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict" // a duplicate, or the current state does not allow it
  | "rejected" // a file read whole and refused row by row
  | "too_large"
  | "unsupported_type"
  | "rate_limited"
  | "unavailable"
  | "internal";

/** Every error code the API and the CLI answer with, and its kind. */
export const errorKinds = {
  bad_request: "invalid",
  validation_failed: "invalid",
  methodology_invalid: "invalid",
  unauthorized: "unauthenticated",
  forbidden: "forbidden",
  not_found: "not_found",
  login_taken: "conflict",
  unit_code_taken: "conflict",
  methodology_id_taken: "conflict",
  unit_closed: "conflict",
  unit_not_closed: "conflict",
  unit_has_open_children: "conflict",
  parent_unit_closed: "conflict",
  objective_locked: "conflict",
  objective_period_overlap: "conflict",
  objective_transition_refused: "conflict",
  photo_not_allowed: "conflict",
  measure_locked: "conflict",
  measure_transition_refused: "conflict",
  measure_closed: "conflict",
  import_rejected: "rejected",
  workbook_refused: "rejected",
  payload_too_large: "too_large",
  unsupported_media_type: "unsupported_type",
  too_many_requests: "rate_limited",
  service_unavailable: "unavailable",
  migration_failed: "unavailable",
  internal: "internal",
} as const satisfies Record<string, ErrorKind>;
export type ErrorCode = keyof typeof errorKinds;

/** One thing wrong with a refused request: where (a field path, or a row of a file) and why (a stable code, its parameters, Russian text). */
export const problemEntrySchema = z.object({
  path: z.string().optional().describe("Поле запроса, например groups.0.max"),
  row: z.number().int().optional().describe("Строка файла"),
  sheet: z.string().optional().describe("Лист файла"),
  column: z.string().optional().describe("Столбец файла"),
  code: z.string().describe("Причина, стабильный код"),
  params: z.record(z.string(), z.unknown()).optional().describe("Значения, о которых говорит сообщение"),
  message: z.string().describe("Сообщение по-русски"),
});
export type ProblemEntry = z.infer<typeof problemEntrySchema>;

/** The one `details` shape of every refusal. */
export const errorDetailsSchema = z.object({ problems: z.array(problemEntrySchema) });
export type ErrorDetails = z.infer<typeof errorDetailsSchema>;

/** The body of every /api answer that is not a success. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string().describe("Код причины (errorKinds)"),
    message: z.string().describe("Сообщение по-русски"),
    details: errorDetailsSchema.optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
