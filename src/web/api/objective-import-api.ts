// POST /api/objective/import: the filled XLSX template of a period, all rows or none.
import type { ImportRowError, ObjectiveImportReport } from "../../contract/objective";
import { apiRequest, query, refusalProblems } from "./http";

/** Uploads the workbook; a refusal (400) lists its rows (see refusedObjectiveRows). */
export function importObjectiveWorkbook(period: string, file: File): Promise<ObjectiveImportReport> {
  const form = new FormData();
  form.append("file", file);
  return apiRequest<ObjectiveImportReport>("POST", `/api/objective/import${query({ period })}`, form);
}

/** The rows a refused workbook was refused for, or undefined when the failure is something else. */
export function refusedObjectiveRows(failure: unknown): ImportRowError[] | undefined {
  const problems = refusalProblems(failure)?.filter((p) => p.row !== undefined);
  return problems && problems.length > 0 ? problems.map((p) => ({ sheet: p.sheet ?? "", row: p.row ?? 0, message: p.message })) : undefined;
}
