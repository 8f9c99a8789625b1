// Since 2026.5: whether a unit's «uniformly good» forms were filled by other hands than its other forms. An excellent
// centre's good forms come from the same visitors as its lukewarm ones: they take as long, arrive by the same channels at
// the same hours, answer the optional questions as often and come from phones that also bring other forms. Forms an
// insider adds differ in those habits even when the answers imitate real ones. The unit's good forms are compared with
// its forms that are not high on habits that do not depend on satisfaction, by a permutation test (the habits are
// correlated — the kiosk, the hour, the channel — so no χ² table is trusted).

import { random } from "./answer-likeness.js";
import { relativeLogDuration, sentWhileClosed } from "./form-habits.js";
import type { QualityFrame } from "./quality-frame.js";

/** The habits compared, with how the reason names them (higher value, lower value). */
export const HABITS = [
  { code: "duration", more: "заполнены дольше", less: "заполнены быстрее" },
  { code: "durationSpread", more: "время заполнения разбросано сильнее", less: "время заполнения почти одинаковое" },
  { code: "kiosk", more: "чаще заполнены на киоске", less: "реже заполнены на киоске" },
  { code: "link", more: "чаще открыты по ссылке", less: "реже открыты по ссылке" },
  { code: "closed", more: "чаще отправлены в нерабочее время", less: "реже отправлены в нерабочее время" },
  { code: "optional", more: "чаще с ответами на необязательные вопросы", less: "реже с ответами на необязательные вопросы" },
  {
    code: "sharedDevice",
    more: "чаще отправлены с телефонов, с которых пришли и другие анкеты",
    less: "реже отправлены с телефонов, с которых пришли и другие анкеты",
  },
] as const;

/** The outcome: the permutation p-value and each habit's standardised difference (good minus the rest). */
export interface HabitDifference {
  readonly pValue: number;
  /** No relabelling was as extreme: the p-value is at its floor. */
  readonly atFloor: boolean;
  readonly z: readonly number[];
  /** Each habit's difference (good minus the rest) in units of its pooled standard deviation: how large, not how sure. */
  readonly effect: readonly number[];
}

/**
 * Compares the habits of forms `good` with those of forms `rest` (both response indexes of one unit, whose members are
 * `members`). The statistic is Σ z² over the habits, z the difference of the two groups' means in units of its standard
 * error under the pooled variance; its reference distribution comes from `permutations` random relabellings. With
 * `stopAbove`, the relabelling stops as soon as the p-value is sure to exceed it (the p-value returned is then a lower
 * bound, above `stopAbove`): a caller that only asks whether p reaches a small level need not run them all.
 */
export function compareHabits(
  frame: QualityFrame,
  members: ArrayLike<number>,
  good: readonly number[],
  rest: readonly number[],
  permutations: number,
  stopAbove?: number,
): HabitDifference {
  const F = HABITS.length;
  const all = [...good, ...rest];
  const n = all.length,
    g = good.length;
  if (g < 2 || rest.length < 2) return { pValue: 1, atFloor: false, z: new Array<number>(F).fill(0), effect: new Array<number>(F).fill(0) };
  const x = habitMatrix(frame, members, all);
  const mean = new Float64Array(F),
    scale = new Float64Array(F);
  for (let j = 0; j < F; j++) {
    let sum = 0,
      sq = 0;
    for (let r = 0; r < n; r++) {
      const v = x[r * F + j] as number;
      sum += v;
      sq += v * v;
    }
    mean[j] = sum / n;
    const variance = Math.max(0, sq / n - (sum / n) ** 2);
    // The standard error of (mean of g) − (mean of the rest) under the pooled variance.
    scale[j] = variance > 1e-12 ? Math.sqrt((variance * n) / (g * (n - g))) : 0;
  }
  const sums = new Float64Array(F);
  const statistic = (chosen: ArrayLike<number>, z?: number[]): number => {
    sums.fill(0);
    for (let k = 0; k < g; k++) {
      const o = (chosen[k] as number) * F;
      for (let j = 0; j < F; j++) sums[j] = (sums[j] as number) + (x[o + j] as number);
    }
    let t = 0;
    for (let j = 0; j < F; j++) {
      if (scale[j] === 0) continue;
      // mean(good) − mean(rest) = (sum_g − g·mean) · n / (g·(n − g))
      const diff = (((sums[j] as number) - g * (mean[j] as number)) * n) / (g * (n - g));
      const zj = diff / (scale[j] as number);
      if (z) z[j] = zj;
      t += zj * zj;
    }
    return t;
  };
  const z = new Array<number>(F).fill(0);
  const observed = statistic(
    Array.from({ length: g }, (_, k) => k),
    z,
  );
  const order = Int32Array.from({ length: n }, (_, k) => k);
  const next = random(n * 2654435761 + g);
  let atLeast = 0;
  for (let b = 0; b < permutations; b++) {
    for (let k = 0; k < g; k++) {
      const pick = k + Math.floor(next() * (n - k));
      const held = order[k] as number;
      order[k] = order[pick] as number;
      order[pick] = held;
    }
    if (statistic(order) >= observed) atLeast++;
    if (stopAbove !== undefined && (atLeast + 1) / (permutations + 1) > stopAbove) break;
  }
  // z = diff / (sd·√(1/g + 1/(n − g))), so diff / sd = z·√(1/g + 1/(n − g)).
  const effect = z.map((zj) => zj * Math.sqrt(1 / g + 1 / (n - g)));
  return { pValue: (atLeast + 1) / (permutations + 1), atFloor: atLeast === 0 && permutations > 0, z, effect };
}

/** Row-major habits of the forms `rows` (duration relative to the form's median, its spread, channels, hours, optional, phone). */
function habitMatrix(frame: QualityFrame, members: ArrayLike<number>, rows: readonly number[]): Float64Array {
  const F = HABITS.length;
  const onDevice = new Map<number, number>();
  for (let k = 0; k < members.length; k++) {
    const d = frame.device[members[k] as number] as number;
    if (d >= 0) onDevice.set(d, (onDevice.get(d) ?? 0) + 1);
  }
  const logDuration = rows.map((i) => relativeLogDuration(frame, i));
  const known = logDuration.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const centre = known.length > 0 ? (known[Math.floor(known.length / 2)] as number) : 0;
  const x = new Float64Array(rows.length * F);
  rows.forEach((i, r) => {
    const d = logDuration[r] as number;
    const kiosk = frame.kiosk[i] === 1;
    const device = frame.device[i] as number;
    const row = [
      Number.isNaN(d) ? centre : d,
      Number.isNaN(d) ? 0 : Math.abs(d - centre),
      kiosk ? 1 : 0,
      frame.responses[i]?.channel === "link" ? 1 : 0,
      sentWhileClosed(frame, i) ? 1 : 0,
      (frame.optionalCount[i] as number) > 0 ? 1 : 0,
      !kiosk && device >= 0 && (onDevice.get(device) ?? 0) > 1 ? 1 : 0,
    ];
    for (let j = 0; j < F; j++) x[r * F + j] = row[j] as number;
  });
  return x;
}

/** The habits in which the good forms differ most, in words (`first`: the sentence opens the reason). */
export function habitsInWords(h: HabitDifference, first = false): string {
  const named = h.z
    .map((z, j) => ({ z, habit: HABITS[j] }))
    .filter((x) => Math.abs(x.z) >= 2 && x.habit)
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z))
    .slice(0, 3)
    .map((x) => (x.z > 0 ? x.habit?.more : x.habit?.less));
  // With no relabelling as extreme, the p-value is its floor 1 / (permutations + 1).
  const p = `p ${h.atFloor ? "≤" : "="} ${h.pValue.toPrecision(1).replace(".", ",")}`;
  return `${first ? "«Ровно хорошие»" : "Кроме того, «ровно хорошие»"} анкеты заполнены иначе, чем остальные анкеты подразделения${named.length > 0 ? `: ${named.join(", ")}` : ""} — у настоящих посетителей одного центра привычки заполнения не зависят от оценки (перестановочный тест по времени заполнения, каналу, часам, необязательным вопросам и телефонам, ${p}).`;
}
