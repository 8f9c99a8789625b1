// Texture: straight-lining together with nothing optional answered and no comment, and clusters of such identical responses.
//
// Straight-lining alone is common among honest, satisfied respondents, so it never flags by itself.

import type { QualityFrame } from "./quality-frame.js";
import type { QualitySettings } from "./quality-settings.js";
import type { ReasonBook } from "./reason-book.js";

/** Whether response `i` is straight-lined with nothing optional answered and no comment. */
export function isBareStraightLine(frame: QualityFrame, i: number, minScaleAnswers: number): boolean {
  return (frame.scaleCount[i] as number) >= minScaleAnswers && frame.scaleDistinct[i] === 1 && frame.optionalCount[i] === 0 && frame.commentCount[i] === 0;
}

/** Flags bare straight-lined responses; more weight when several in one unit share the same answers, follow-ups included. */
export function detectTexture(frame: QualityFrame, settings: QualitySettings, book: ReasonBook): void {
  const { minScaleAnswers, weight, clusterSize, clusterWeight } = settings.texture;
  const K = frame.keys.length;
  const clusters = new Map<string, number[]>();
  for (let i = 0; i < frame.n; i++) {
    if (!isBareStraightLine(frame, i, minScaleAnswers)) continue;
    const key = `${frame.unit[i]}|${frame.form[i]}|${frame.codes.subarray(i * K, i * K + K).join(",")}`;
    const list = clusters.get(key);
    if (list) list.push(i);
    else clusters.set(key, [i]);
  }
  for (const list of clusters.values()) {
    const clustered = list.length >= clusterSize;
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
