// Reads a dataset file (dataset.md) into the validated model, or refuses it naming the first offending element.

import { parseJsonText } from "../json/json-text.js";
import { itemPath, RefusingReader } from "../json/shape-reader.js";
import type { Methodology } from "../methodology/methodology-types.js";
import { firstProblem, type Outcome } from "../problems/outcome.js";
import { DATASET_FORMAT, type Dataset, type DatasetUnit, type SurveyResponse } from "./dataset-types.js";
import { readObjective } from "./read-objective.js";
import { readResponses, responseChecker } from "./read-responses.js";
import { readUnits } from "./read-units.js";

/** Validates an already parsed dataset against a methodology (units, then responses, then objective entries). */
export function validateDataset(value: unknown, methodology: Methodology): Outcome<Dataset> {
  return firstProblem(() => {
    const r = new RefusingReader();
    const o = r.object(value, "");
    const format = r.required(o, "format", "");
    if (format !== DATASET_FORMAT) r.fail({ code: "wrong_format", path: "format", expected: DATASET_FORMAT, found: JSON.stringify(format) });
    const units = readUnits(r, r.required(o, "units", ""), "units");
    const unitIds = new Set(units.map((u) => u.id));
    const responses = readResponses(r, r.required(o, "responses", ""), "responses", unitIds, methodology);
    const objective = readObjective(r, r.required(o, "objective", ""), "objective", unitIds, methodology);
    return { format: DATASET_FORMAT, units, responses, objective };
  });
}

/** Parses dataset JSON text (keeping `8.0` distinct from `8`) and validates it. */
export function readDataset(text: string, methodology: Methodology): Outcome<Dataset> {
  const parsed = parseJsonText(text);
  return parsed.ok ? validateDataset(parsed.value, methodology) : parsed;
}

/**
 * For files too large to hold: checks the responses one by one, in file order (`index` is the
 * position in `responses`), after the rest of the dataset passed validateDataset with no responses.
 */
export function streamedResponseReader(units: readonly DatasetUnit[], methodology: Methodology): (value: unknown, index: number) => Outcome<SurveyResponse> {
  const check = responseChecker(new Set(units.map((u) => u.id)), methodology);
  return (value, index) => firstProblem(() => check(new RefusingReader(), value, itemPath("responses", index)));
}
