// Validates an untrusted methodology value into the typed model, or lists every problem with its path.

import { ShapeReader } from "../json/shape-reader.js";
import { accepted, refused, type Outcome } from "../problems/outcome.js";
import type { Problem } from "../problems/problem.js";
import { checkMethodology } from "./methodology-checks.js";
import type { Methodology } from "./methodology-types.js";
import { readMethodology } from "./read-methodology.js";

/** Reads and checks a methodology (e.g. the parsed `methodology/2022.2.json`); all problems are listed, not just the first. */
export function validateMethodology(value: unknown): Outcome<Methodology> {
  const problems: Problem[] = [];
  const model = readMethodology(new ShapeReader((p) => problems.push(p)), value);
  if (!model || problems.length > 0) return refused(problems);
  const inconsistencies = checkMethodology(model);
  return inconsistencies.length > 0 ? refused(inconsistencies) : accepted(model);
}
