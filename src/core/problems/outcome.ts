// The result of reading untrusted input: the typed value, or the problems that refused it.

import type { Problem } from "./problem.js";

/** Either the value read, or at least one problem. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly Problem[] };

/** A successful outcome. */
export const accepted = <T>(value: T): Outcome<T> => ({ ok: true, value });

/** A refused outcome. */
export const refused = <T = never>(problems: readonly Problem[]): Outcome<T> => ({ ok: false, problems });

/** Internal: aborts a first-problem validation; caught at the boundary and turned into an Outcome. */
export class Refusal extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code + " at " + problem.path);
    this.name = "Refusal";
  }
}

/** Runs a validation that throws {@link Refusal} at its first problem, as an Outcome. */
export function firstProblem<T>(read: () => T): Outcome<T> {
  try {
    return accepted(read());
  } catch (error) {
    if (error instanceof Refusal) return refused([error.problem]);
    throw error;
  }
}
