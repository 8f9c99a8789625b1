// The counter cells of stored responses, for moving them between the counter tables when a
// review decision excludes, re-includes or flags them.
import { formatProblems, responseCells, validateMethodology, type CounterCell, type Methodology, type SurveyResponse } from "../../core/index.js";
import type { Db, Respondent } from "../database-schema.js";

/** What a stored response needs to give its cells. */
export interface CellSource {
  id: string;
  unit_id: string;
  respondent: Respondent;
  methodology_id: string;
  local_month: string;
  answers: unknown;
  profile: unknown;
}

/** The columns of `responses` a {@link CellSource} reads. */
export const cellSourceColumns = ["id", "unit_id", "respondent", "methodology_id", "local_month", "answers", "profile"] as const;

/** Loads and validates methodology versions by id, each once. */
export function methodologyLoader(db: Db): (id: string) => Promise<Methodology> {
  const loaded = new Map<string, Promise<Methodology>>();
  return (id) => {
    let found = loaded.get(id);
    if (!found) {
      found = (async () => {
        const row = await db.selectFrom("methodology_versions").select("body").where("id", "=", id).executeTakeFirstOrThrow();
        const read = validateMethodology(row.body);
        if (!read.ok) throw new Error(`methodology ${id} is invalid: ${formatProblems(read.problems)}`);
        return read.value;
      })();
      loaded.set(id, found);
    }
    return found;
  };
}

/**
 * The cells the responses count under, excluded or not, exactly as they were counted when stored:
 * with the methodology they were stored under and their stored local month.
 */
export async function cellsOf(rows: readonly CellSource[], methodology: (id: string) => Promise<Methodology>): Promise<CounterCell[]> {
  const cells: CounterCell[] = [];
  for (const row of rows) {
    const response: SurveyResponse = {
      id: row.id,
      unit: row.unit_id,
      respondent: row.respondent,
      // The month comes from local_month below; any zoned time will do for responseCells.
      submittedAt: `${row.local_month}-15T12:00:00Z`,
      answers: row.answers as SurveyResponse["answers"],
      ...(row.profile ? { profile: row.profile as SurveyResponse["profile"] } : {}),
    };
    for (const cell of responseCells(response, "UTC", await methodology(row.methodology_id))) cells.push({ ...cell, month: row.local_month });
  }
  return cells;
}
