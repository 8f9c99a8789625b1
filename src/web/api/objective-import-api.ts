// POST /api/objective/import: the filled XLSX template of a period, all rows or none.
import type { ImportRowError, ObjectiveImportReport } from "../../server/objective/objective-types";
import { ApiError, apiRequest, query } from "./http";

/** Uploads the workbook; a refusal (400) lists its rows (see refusedObjectiveRows). */
export function importObjectiveWorkbook(period: string, file: File): Promise<ObjectiveImportReport> {
  const form = new FormData();
  form.append("file", file);
  return apiRequest<ObjectiveImportReport>("POST", `/api/objective/import${query({ period })}`, form);
}

/** The rows a refused workbook was refused for, or undefined when the failure is something else. */
export function refusedObjectiveRows(failure: unknown): ImportRowError[] | undefined {
  if (!(failure instanceof ApiError)) return undefined;
  const rows = (failure.details as { rows?: ImportRowError[] } | undefined)?.rows;
  return Array.isArray(rows) ? rows : undefined;
}
