// Texture: straight-lining together with nothing optional answered and no comment, and clusters of such identical responses.
//
// Straight-lining alone is common among honest, satisfied respondents, so it never flags by itself. Since 2026.5
// (maxClusterPValue) a cluster counts only when that many identical copies are improbable: a unit's bare straight-lines
// are compared with how often the same answers occur among the bare straight-lines of its region's other units and of
// the country's («all 10», «yes», «no» is one of the commonest forms of all, and a satisfied centre has many).

import type { QualityFrame } from "./quality-frame.js";
import type { QualitySettings } from "./quality-settings.js";
import { poissonUpperTail } from "./quality-statistics.js";
import type { ReasonBook } from "./reason-book.js";

/** Whether response `i` is straight-lined with nothing optional answered and no comment. */
export function isBareStraightLine(frame: QualityFrame, i: number, minScaleAnswers: number): boolean {
  return (frame.scaleCount[i] as number) >= minScaleAnswers && frame.scaleDistinct[i] === 1 && frame.optionalCount[i] === 0 && frame.commentCount[i] === 0;
}

/** Flags bare straight-lined responses; more weight when several in one unit share the same answers, follow-ups included. */
export function detectTexture(frame: QualityFrame, settings: QualitySettings, book: ReasonBook): void {
  const { minScaleAnswers, weight, clusterSize, clusterWeight, maxClusterPValue } = settings.texture;
  const K = frame.keys.length;
  const clusters = new Map<string, number[]>();
  const seen = new Tally();
  for (let i = 0; i < frame.n; i++) {
    if (!isBareStraightLine(frame, i, minScaleAnswers)) continue;
    const vector = `${frame.form[i]}|${frame.codes.subarray(i * K, i * K + K).join(",")}`;
    const key = `${frame.unit[i]}|${vector}`;
    const list = clusters.get(key);
    if (list) list.push(i);
    else clusters.set(key, [i]);
    seen.add(frame, i, vector);
  }
  for (const list of clusters.values()) {
    const clustered = list.length >= clusterSize && (maxClusterPValue === undefined || seen.clusterPValue(frame, list) <= maxClusterPValue);
    const ids = list.map((i) => frame.responses[i]?.id as string);
    for (const i of list) {
      const base = "Во всех вопросах со шкалой выбран один и тот же балл, ни на один необязательный вопрос нет ответа и нет ни одного комментария";
      const text = clustered
        ? `${base}; ещё ${list.length - 1} анкет этого подразделения совпадают с этой полностью, включая уточняющие вопросы.`
        : `${base} (само по себе так отвечают и честные респонденты, поэтому признак учитывается вместе с другими).`;
      book.add(i, {
        code: "texture",
        text,
        weight: clustered ? 1 - (1 - weight) * (1 - clusterWeight) : weight,
        ...(clustered && { related: ids.slice(0, 20), group: `texture:${ids[0]}` }),
      });
    }
  }
}

/** Bare straight-lined forms by answers, per region and country, to say how common one vector is outside a unit. */
class Tally {
  private readonly counts = new Map<string, number>();
  private readonly totals = new Map<string, number>();
  private readonly unitTotals = new Map<string, number>();

  add(frame: QualityFrame, i: number, vector: string): void {
    const region = frame.regionOfUnit[frame.unit[i] as number] as number,
      form = frame.form[i] as number;
    for (const key of [`r${region}|${vector}`, `c|${vector}`]) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    for (const key of [`r${region}|${form}`, `c|${form}`, `u${frame.unit[i]}|${form}`]) {
      const totals = key.startsWith("u") ? this.unitTotals : this.totals;
      totals.set(key, (totals.get(key) ?? 0) + 1);
    }
  }

  /**
   * The chance of at least `list.length − 1` more copies of the first form among the unit's other bare straight-lines,
   * each one a copy with the vector's share outside the unit (the higher of the region's and the country's, add-one).
   */
  clusterPValue(frame: QualityFrame, list: readonly number[]): number {
    const i = list[0] as number,
      K = frame.keys.length;
    const vector = `${frame.form[i]}|${frame.codes.subarray(i * K, i * K + K).join(",")}`;
    const region = frame.regionOfUnit[frame.unit[i] as number] as number,
      form = frame.form[i] as number;
    const own = this.unitTotals.get(`u${frame.unit[i]}|${form}`) ?? list.length;
    const share = (scope: string): number =>
      ((this.counts.get(`${scope}|${vector}`) ?? 0) - list.length + 1) / ((this.totals.get(`${scope}|${form}`) ?? 0) - own + 2);
    const q = Math.min(1, Math.max(share(`r${region}`), share("c")));
    return poissonUpperTail(list.length - 1, (own - 1) * q);
  }
}
