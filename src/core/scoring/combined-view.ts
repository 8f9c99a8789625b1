// The combined (сводный) view: the mean of the seeker and employer views when both have an index.

import type { ViewStatus } from "../result/result-types.js";
import type { ScoringPlan } from "./scoring-plan.js";
import { finishView, type ScoredView } from "./view-score.js";

const problemOrder: readonly ViewStatus[] = ["empty", "incomplete", "insufficient"];

/** Combines a node's seeker and employer views (methodology §5 "Combined", §7 for its interval). */
export function combineViews(plan: ScoringPlan, seeker: ScoredView, employer: ScoredView, id: string | undefined): ScoredView {
  const both = !Number.isNaN(seeker.index) && !Number.isNaN(employer.index);
  const groupScores = plan.groups.map((_, g) => (both ? ((seeker.groupScores[g] as number) + (employer.groupScores[g] as number)) / 2 : NaN));
  const a = seeker.result.status,
    b = employer.result.status;
  const status: ViewStatus = a === "ok" && b === "ok" ? "ok" : (problemOrder.find((s) => s === a || s === b) as ViewStatus);
  return finishView(
    plan,
    { id, view: "combined", n: seeker.result.n + employer.result.n, coverage: (seeker.coverage + employer.coverage) / 2 },
    groupScores,
    undefined,
    both ? (seeker.index + employer.index) / 2 : NaN,
    (seeker.variance + employer.variance) / 4,
    status,
  );
}
