// Since 2026.6: an inflated centre found by its habits first. A fabricator who inflates only part of a centre's
// quarter leaves a modest excess of «uniformly good» forms — too little for the texture test across all units — but
// those forms come from other hands: phones that never bring a second form, other channels, other times. When the good
// forms' habits differ from the rest's beyond anything the permutations produce, the texture needs only to point the
// same way. Alone the habits are not enough: with thousands of forms a small honest difference between satisfied and
// unsatisfied visitors (evening answers from home, couples on one phone, a kiosk queue) reaches the permutation floor
// too, so the difference must also be large against the habit's spread (an effect size, not only a p-value).

import { habitsInWords, type HabitDifference } from "./unit-habits.js";

/** Settings of the habits-led test (`unitTexture.habitsLed`; absent before 2026.6: the test does not run). */
export interface HabitsLedSettings {
  /** The habits p-value at or below which the habits lead (the permutation floor with 499 permutations is 0.002). */
  readonly pValue: number;
  /** The texture p-value (beta-binomial tail, not corrected across units) at or below which the texture agrees. */
  readonly maxTexturePValue: number;
  /** The least excess share of uniformly good forms over the expected one. */
  readonly minExcess: number;
  /** The least difference, in the habit's pooled standard deviations, of at least one habit. */
  readonly minEffect: number;
}

/** The largest difference of one habit between the good forms and the rest, in its pooled standard deviations. */
export function largestEffect(h: HabitDifference): number {
  return h.effect.reduce((most, d) => Math.max(most, Math.abs(d)), 0);
}

/** Whether the texture is weak but agrees enough for the habits to lead (checked before the habits are compared). */
export function textureAgrees(texturePValue: number, excess: number, s: HabitsLedSettings): boolean {
  return texturePValue <= s.maxTexturePValue && excess >= s.minExcess;
}

/** Whether the habits, once compared, flag the unit on their own strength. */
export function habitsLead(h: HabitDifference & { readonly compared: boolean }, s: HabitsLedSettings): boolean {
  return h.compared && h.pValue <= s.pValue && largestEffect(h) >= s.minEffect;
}

const percent = (x: number): string => `${Math.round(x * 100)} %`;
const decimal = (x: number, digits = 1): string => x.toFixed(digits).replace(".", ",");

/** The unit's reason, in Russian: the habits first, then the texture that agrees and the size of the difference. */
export function habitsLedText(
  h: HabitDifference,
  t: { readonly share: number; readonly expected: number; readonly pValue: number; readonly goodFloor: number; readonly goodMean: number },
): string {
  return `${habitsInWords(h, true)} При этом «ровно хороших» анкет (все оценки не ниже ${t.goodFloor}, средняя не ниже ${decimal(t.goodMean)}, но не все одинаковые) здесь ${percent(t.share)}, а у сопоставимых подразделений около ${percent(t.expected)} (p = ${t.pValue.toExponential(1).replace(".", ",")}, бета-биномиальный хвост): само по себе это расхождение невелико, но вместе с другими привычками заполнения похоже на анкеты, добавленные другими людьми. Разница в привычках не только надёжна, но и велика: наибольшая — ${decimal(largestEffect(h), 2)} стандартного отклонения привычки.`;
}

/** A marked form's reason, in Russian. */
export function habitsLedFormText(share: number, expected: number): string {
  return `Анкета «ровно хорошая» (все оценки высокие, но не одинаковые) из подразделения, где такие анкеты заполнены иначе, чем остальные (другие телефоны, каналы, часы или время заполнения), и их больше, чем у сопоставимых подразделений (${percent(share)} при ожидаемых ${percent(expected)}).`;
}
