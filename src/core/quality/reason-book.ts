// Collects the reasons each response is suspected for, one per signal code, and turns them into scores.

import type { QualityReason } from "./quality-types.js";

/** Reasons per response index; a signal that fires twice for one response keeps its stronger reason. */
export class ReasonBook {
  private readonly byResponse = new Map<number, QualityReason[]>();

  add(response: number, reason: QualityReason): void {
    const list = this.byResponse.get(response);
    if (!list) {
      this.byResponse.set(response, [reason]);
      return;
    }
    const at = list.findIndex((r) => r.code === reason.code);
    if (at < 0) list.push(reason);
    else if ((list[at] as QualityReason).weight < reason.weight) list[at] = reason;
  }

  reasons(response: number): readonly QualityReason[] {
    return this.byResponse.get(response) ?? [];
  }

  /** Every response with at least one reason. */
  entries(): IterableIterator<[number, QualityReason[]]> {
    return this.byResponse.entries();
  }
}

/** Independent evidence combined: 1 − Π(1 − weight). */
export function combinedScore(reasons: readonly QualityReason[]): number {
  let keep = 1;
  for (const r of reasons) keep *= 1 - Math.min(1, Math.max(0, r.weight));
  return 1 - keep;
}
