// The core's problems (a union keyed by code, rendered in Russian once) as the problems of a refusal.
import type { ProblemEntry } from "../../contract/errors.js";
import { problemText, type Problem } from "../../core/index.js";

/** Each problem at its path, with its code, its values as `params` and its Russian text. */
export function coreProblemEntries(problems: readonly Problem[]): ProblemEntry[] {
  return problems.map((problem) => {
    const { path, code, ...params } = problem;
    return { path, code, ...(Object.keys(params).length > 0 ? { params } : {}), message: problemText(problem) };
  });
}
