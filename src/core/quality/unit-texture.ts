// Inflated centres: good answers with the texture of one hand. Honest respondents of a well-rated centre still differ —
// some give all tens, some dissent on a question; a fabricator writes «9, 10, 10, 9, 8, …» form after form. The share
// of such «varied but uniformly good» forms is compared with what the unit's own level of answers predicts from its
// peers (a robust line over the region's and the country's units, shrunk towards the country), with an exact
// beta-binomial tail whose between-unit spread is estimated from the peers and shrunk towards a prior.

import { betaBinomialUpperTail } from "./beta-binomial.js";
import type { QualityFrame } from "./quality-frame.js";
import type { QualitySettings } from "./quality-settings.js";
import { benjaminiHochberg, medianOf, theilSen } from "./quality-statistics.js";
import type { QualityReason, UnitAssessment } from "./quality-types.js";
import { combinedScore, type ReasonBook } from "./reason-book.js";
import { TexturePosterior, type BandInput } from "./texture-posterior.js";
import { compareHabits, habitsInWords, type HabitDifference } from "./unit-habits.js";
import { habitsLead, habitsLedFormText, habitsLedText, largestEffect, textureAgrees, type HabitsLedSettings } from "./habits-led.js";
import { anchorBelow, BAND_COUNT, MIN_ANCHOR, bandFormText, bandOf, sharesNearLevel, type BandShares, type LevelBandsSettings } from "./level-bands.js";
import { volumeInWords, volumeLeads, volumeRatios, type VolumeLedSettings } from "./volume-led.js";

/** Settings of the check (absent in versions before 2026.2: the check does not run). */
export interface UnitTextureSettings {
  readonly minResponses: number;
  readonly minPeers: number;
  /** A form is «uniformly good» at this mean or above, with no answer below `goodFloor` and not all answers equal. */
  readonly goodMean: number;
  readonly goodFloor: number;
  /** Prior between-unit standard deviation of the share, and its weight in peer units. */
  readonly priorSpread: number;
  readonly priorWeight: number;
  readonly falseDiscoveryRate: number;
  /** The least excess share over the expected one that flags. */
  readonly minExcess: number;
  /** Among the unit's forms with a mean of `goodMean` or more, at least this share uniformly good (real respondents of a good centre also give all tens or dissent somewhere). */
  readonly minUniformity: number;
  readonly responseWeight: number;
  /**
   * Since 2026.4: a region's expected share is the country's line moved by the region's own median residual, shrunk
   * towards zero (a random intercept), instead of a line fitted on the region's few units: with a few dozen peers a
   * region's own slope, extrapolated to the top of the level range where inflated units sit, is mostly noise.
   */
  readonly regionIntercept?: boolean;
  /** Since 2026.4: only the flagged unit's good forms whose posterior of being fabricated reaches this are marked (texture-posterior.ts). */
  readonly minPosterior?: number;
  /**
   * Since 2026.5: a unit is flagged only when its good forms also differ in habits from its other forms at this
   * permutation p-value or below (unit-habits.ts): an excellent centre's good forms come from the same visitors.
   */
  readonly habitsPValue?: number;
  readonly habitPermutations?: number;
  /** Since 2026.5: the false-discovery rate of the texture test for a unit whose habits are compared too. */
  readonly habitsFalseDiscoveryRate?: number;
  /** Since 2026.5: the habits are compared only when both groups have this many forms (fewer cannot clear a unit). */
  readonly habitsMinForms?: number;
  /** Since 2026.5: the posterior of a good form also weighs its phone, its channel and its hour (texture-posterior.ts). */
  readonly habitFeatures?: boolean;
  /** Since 2026.6: a unit whose good forms' habits differ plainly is flagged on a weak texture excess (habits-led.ts). */
  readonly habitsLed?: HabitsLedSettings;
  /** Since 2026.6: a discovered unit whose habits fall short is flagged when its volume is far above its peers' (volume-led.ts). */
  readonly volumeLed?: VolumeLedSettings;
  /** Since 2026.7: a flagged unit's forms that are high but not uniformly good are marked by band of form means (level-bands.ts). */
  readonly levelBands?: LevelBandsSettings;
}

interface Unit {
  readonly unit: number;
  readonly region: number;
  readonly n: number;
  readonly good: number;
  readonly high: number;
  readonly level: number;
  readonly share: number;
  readonly lowShare: number;
  readonly commentShare: number;
  readonly bands: readonly number[];
  readonly below: number;
}

const COUNTRY_SAMPLE = 240;
/** The share of units, from the lowest level up, the expected line is fitted on. */
const BULK = 0.7;

/** Whether response `i` is a «uniformly good» form (high, no dissent, not straight-lined). */
export function isUniformlyGood(frame: QualityFrame, i: number, s: UnitTextureSettings): boolean {
  return (
    (frame.scaleCount[i] as number) >= 5 &&
    (frame.scaleMean[i] as number) >= s.goodMean &&
    (frame.scaleMin[i] as number) >= s.goodFloor &&
    (frame.scaleDistinct[i] as number) >= 2
  );
}

type Line = { slope: number; intercept: number };
const predict = (line: Line, x: number): number => Math.min(0.98, Math.max(0.01, line.intercept + line.slope * x));

/**
 * A robust line of the share on the level over the units up to the BULK quantile of the level (inflated units sit at
 * the top, where honest ones are few: they must not teach the line), at most COUNTRY_SAMPLE of them evenly spaced.
 */
function fitLine(units: readonly Unit[], y: (u: Unit) => number = (u) => u.share): Line {
  const sorted = [...units].sort((a, b) => a.level - b.level);
  const bulk = sorted.slice(0, Math.max(3, Math.ceil(sorted.length * BULK)));
  const step = Math.max(1, bulk.length / COUNTRY_SAMPLE);
  const picked: Unit[] = [];
  for (let k = 0; k < bulk.length; k += step) picked.push(bulk[Math.floor(k)] as Unit);
  return theilSen(
    picked.map((u) => u.level),
    picked.map(y),
  );
}

/** The between-unit variance of the share beyond sampling, from the peers' residuals, shrunk towards the prior. */
function spreadOf(units: readonly Unit[], expected: (u: Unit) => number, s: UnitTextureSettings): number {
  const residuals = units.map((u) => u.share - expected(u));
  const centre = medianOf(residuals);
  const mad = 1.4826 * medianOf(residuals.map((r) => Math.abs(r - centre)));
  const sampling = medianOf(units.map((u) => (expected(u) * (1 - expected(u))) / u.n));
  const observed = Math.max(0, mad * mad - sampling);
  return (units.length * observed + s.priorWeight * s.priorSpread ** 2) / (units.length + s.priorWeight);
}

const percent = (x: number): string => `${Math.round(x * 100)} %`;
const decimal = (x: number): string => x.toFixed(1).replace(".", ",");

/** Flags units whose uniformly good forms far exceed what their level predicts, and those forms. */
export function assessUnitTexture(frame: QualityFrame, settings: QualitySettings, book: ReasonBook): UnitAssessment[] {
  const s = settings.unitTexture;
  if (!s) return [];
  const flaggedAlready = (i: number): boolean => combinedScore(book.reasons(i)) >= settings.flagThreshold;
  const bandOfForm = (i: number, b: LevelBandsSettings): number =>
    (frame.scaleCount[i] as number) < 5
      ? -1
      : bandOf(frame.scaleMean[i] as number, frame.scaleMin[i] as number, frame.scaleDistinct[i] as number, s.goodMean, s.goodFloor, b);
  const units: Unit[] = [];
  for (let u = 0; u < frame.units.length; u++) {
    let n = 0,
      good = 0,
      high = 0,
      sum = 0,
      low = 0,
      comments = 0;
    const bands = new Array<number>(s.levelBands ? BAND_COUNT : 0).fill(0);
    let below = 0;
    for (let k = frame.unitStart[u] as number; k < (frame.unitStart[u + 1] as number); k++) {
      const i = frame.byUnit[k] as number;
      if ((frame.scaleCount[i] as number) < 5 || flaggedAlready(i)) continue;
      n++;
      sum += frame.scaleMean[i] as number;
      if (isUniformlyGood(frame, i, s)) good++;
      if ((frame.scaleMean[i] as number) >= s.goodMean) high++;
      if ((frame.scaleMin[i] as number) < s.goodFloor) low++;
      if ((frame.commentCount[i] as number) > 0) comments++;
      const band = s.levelBands ? bandOfForm(i, s.levelBands) : -1;
      if (band >= 0) bands[band] = (bands[band] as number) + 1;
      if (s.levelBands && (frame.scaleMean[i] as number) < anchorBelow(s.levelBands)) below++;
    }
    if (n >= s.minResponses)
      units.push({
        unit: u,
        region: frame.regionOfUnit[u] as number,
        n,
        good,
        high,
        level: sum / n,
        share: good / n,
        lowShare: low / n,
        commentShare: comments / n,
        bands,
        below,
      });
  }
  if (units.length < s.minPeers + 1) return [];
  const country = fitLine(units);
  const regions = new Map<number, Unit[]>();
  for (const u of units) regions.set(u.region, [...(regions.get(u.region) ?? []), u]);
  const regionLines = new Map<number, Line>();
  for (const [r, list] of regions) if (list.length >= s.minPeers) regionLines.set(r, fitLine(list));
  // Since 2026.4: the region's residual median over its bulk units (the lower BULK by level), shrunk by its count.
  const regionShift = new Map<number, number>();
  if (s.regionIntercept) {
    for (const [r, list] of regions) {
      const others = [...list].sort((a, b) => a.level - b.level).slice(0, Math.max(1, Math.ceil(list.length * BULK)));
      const k = others.length;
      regionShift.set(r, (k / (k + s.priorWeight)) * medianOf(others.map((u) => u.share - predict(country, u.level))));
    }
  }
  const expected = (u: Unit): number => {
    if (s.regionIntercept) return Math.min(0.98, Math.max(0.01, predict(country, u.level) + (regionShift.get(u.region) ?? 0)));
    const own = regionLines.get(u.region);
    const peers = (regions.get(u.region)?.length ?? 1) - 1;
    const w = own ? peers / (peers + s.priorWeight) : 0;
    return w * predict(own ?? country, u.level) + (1 - w) * predict(country, u.level);
  };
  const tau2 = spreadOf(units, expected, s);
  const medianLevel = medianOf(units.map((u) => u.level));
  const tests = units.map((u) => {
    const mu = expected(u);
    const rho = Math.min(0.5, tau2 / Math.max(1e-6, mu * (1 - mu)));
    const above = u.level > medianLevel;
    return { u, mu, rho, p: above ? betaBinomialUpperTail(u.good, u.n, mu, rho) : 1 };
  });
  const discoveries = benjaminiHochberg(
    tests.map((t) => t.p),
    s.falseDiscoveryRate,
  );
  // Since 2026.5: a unit whose habits can be compared needs both tests, each at its own level — the texture at the
  // looser false-discovery rate, the habits at habitsPValue (excellent centres pass the first and fail the second).
  const looser =
    s.habitsFalseDiscoveryRate === undefined
      ? discoveries
      : benjaminiHochberg(
          tests.map((t) => t.p),
          s.habitsFalseDiscoveryRate,
        );
  const flagged: UnitAssessment[] = [];
  const volume = s.volumeLed ? volumeRatios(units, s.minPeers) : [];
  // The share of high forms (mean of goodMean or more) the level predicts: how many of a unit's forms are in excess.
  const highLine = fitLine(units, (u) => u.high / u.n);
  const posterior =
    s.minPosterior === undefined
      ? undefined
      : new TexturePosterior(
          frame,
          (i) => isUniformlyGood(frame, i, s),
          (i) => (frame.scaleMean[i] as number) >= s.goodMean,
          flaggedAlready,
          s.habitFeatures ?? false,
        );
  // Since 2026.7: the honest share of each band of form means at a level, from the peers nearest in level.
  const sharesAt = s.levelBands ? sharesNearLevel(units) : undefined;
  const bandInput = (levelBands: LevelBandsSettings, shares: (level: number) => BandShares): BandInput => ({
    of: (i: number) => bandOfForm(i, levelBands),
    sharesAt: shares,
    count: BAND_COUNT,
    anchorBelow: anchorBelow(levelBands),
    maxPValue: levelBands.maxPValue,
    minAnchor: MIN_ANCHOR,
  });
  /** Marks the unit's uniformly good forms whose posterior of being fabricated reaches minPosterior (all without one), and since 2026.7 its band forms. */
  const markGoodForms = (t: { u: Unit; mu: number }, members: ArrayLike<number>, reason: QualityReason): void => {
    const chance = posterior?.posteriors(
      members,
      (level) => expected({ ...t.u, level }),
      (level) => predict(highLine, level),
      s.levelBands && sharesAt && bandInput(s.levelBands, sharesAt),
    );
    for (let k = 0; k < members.length; k++) {
      const i = members[k] as number;
      if (!isUniformlyGood(frame, i, s)) continue;
      if (chance && s.minPosterior !== undefined && (chance.good.get(i) ?? 1) < s.minPosterior) continue;
      book.add(i, reason);
    }
    if (!chance || !s.levelBands) return;
    for (const [i, { posterior: p, band }] of chance.band) {
      if (p < s.levelBands.minPosterior) continue;
      const text = bandFormText(frame.scaleMean[i] as number, chance.observed[band] as number, chance.expected[band] as number);
      book.add(i, { ...reason, text });
    }
  };

  /** Since 2026.6: the unit flagged by its good forms' habits, with a texture excess that only agrees. */
  const flagHabitsLed = (t: { u: Unit; mu: number }, p: number, habits: HabitDifference, unitId: string, members: ArrayLike<number>): void => {
    const text = habitsLedText(habits, { share: t.u.share, expected: t.mu, pValue: p, goodFloor: s.goodFloor, goodMean: s.goodMean });
    const reason: QualityReason = { code: "unit_habits", text, weight: Math.min(1, 1 - habits.pValue), group: `habits-unit:${unitId}` };
    flagged.push({
      id: unitId,
      score: reason.weight,
      reasons: [reason],
      stats: {
        responses: t.u.n,
        uniformlyGood: t.u.share,
        uniformlyGoodExpected: t.mu,
        meanAnswer: t.u.level,
        pValue: p,
        habitsPValue: habits.pValue,
        habitsEffect: largestEffect(habits),
      },
    });
    const responseText = habitsLedFormText(t.u.share, t.mu);
    markGoodForms(t, members, { code: "unit_habits", text: responseText, weight: s.responseWeight, group: `habits-unit:${unitId}` });
  };
  tests.forEach((t, k) => {
    const excess = t.u.share - t.mu;
    const byTexture = (discoveries[k] || looser[k]) && excess >= s.minExcess;
    // Since 2026.6: the texture's own tail, also for a unit below the median level, uncorrected across units.
    const led = s.habitsLed;
    const ownP = led && !byTexture && excess >= led.minExcess ? betaBinomialUpperTail(t.u.good, t.u.n, t.mu, t.rho) : 1;
    const mayLead = led !== undefined && !byTexture && textureAgrees(ownP, excess, led);
    if (!byTexture && !mayLead) return;
    const members = frame.byUnit.subarray(frame.unitStart[t.u.unit] as number, frame.unitStart[t.u.unit + 1] as number);
    // A unit the habits must lead is only asked whether they reach that level (habits-led.ts).
    const habits = s.habitsPValue === undefined && !mayLead ? undefined : habitsOf(frame, members, s, flaggedAlready, mayLead ? led?.pValue : undefined);
    const unitId = frame.units[t.u.unit]?.id as string;
    if (mayLead) {
      if (led && habits && habitsLead(habits, led)) flagHabitsLed(t, ownP, habits, unitId, members);
      return;
    }
    // The habits, when they can be compared, tell an excellent centre from one hand; else the good forms' uniformity must.
    let byVolume = false;
    if (habits?.compared && s.habitsPValue !== undefined) {
      if (habits.pValue > s.habitsPValue) {
        // Since 2026.6: unless the unit's volume is far above its peers' (an excellent centre's is not).
        byVolume = s.volumeLed !== undefined && discoveries[k] === true && volumeLeads(volume[k] as number, habits.pValue, s.volumeLed);
        if (!byVolume) return;
      }
    } else if (!discoveries[k] || t.u.good < s.minUniformity * t.u.high) return;
    const text = `В подразделении ${percent(t.u.share)} анкет «ровно хорошие»: все оценки не ниже ${s.goodFloor}, средняя не ниже ${decimal(s.goodMean)}, но не все одинаковые — так обычно заполняет один человек. При таком уровне оценок (в среднем ${decimal(t.u.level)} балла) у подразделений региона и страны таких анкет около ${percent(t.mu)}; среди анкет со средней оценкой от ${decimal(s.goodMean)} «ровно хорошие» здесь ${percent(t.u.good / Math.max(1, t.u.high))}, тогда как у настоящих посетителей хорошего центра много и сплошных «10», и несогласных с отдельными вопросами (здесь оценки ниже ${s.goodFloor} в ${percent(t.u.lowShare)} анкет, комментарии в ${percent(t.u.commentShare)}). Вероятность такого расхождения случайно p = ${t.p.toExponential(1).replace(".", ",")} (бета-биномиальный хвост, поправка Бенджамини — Хохберга по всем подразделениям).${habits?.compared ? ` ${habitsInWords(habits)}` : ""}${byVolume ? ` ${volumeInWords(volume[k] as number)}` : ""}`;
    const reason: QualityReason = { code: "unit_texture", text, weight: Math.min(1, 1 - t.p), group: `texture-unit:${unitId}` };
    flagged.push({
      id: unitId,
      score: reason.weight,
      reasons: [reason],
      stats: {
        responses: t.u.n,
        uniformlyGood: t.u.share,
        uniformityOfGood: t.u.good / Math.max(1, t.u.high),
        uniformlyGoodExpected: t.mu,
        meanAnswer: t.u.level,
        lowAnswers: t.u.lowShare,
        comments: t.u.commentShare,
        pValue: t.p,
        ...(habits?.compared && { habitsPValue: habits.pValue }),
        ...(s.volumeLed && { volumeRatio: volume[k] as number }),
      },
    });
    const responseText = `Анкета «ровно хорошая» (все оценки высокие, но не одинаковые) из подразделения, где таких анкет намного больше, чем у сопоставимых подразделений (${percent(t.u.share)} при ожидаемых ${percent(t.mu)}).`;
    markGoodForms(t, members, { code: "unit_texture", text: responseText, weight: s.responseWeight, group: `texture-unit:${unitId}` });
  });
  return flagged;
}

/** The unit's good forms against its forms that are not high, on habits (unit-habits.ts). */
function habitsOf(
  frame: QualityFrame,
  members: ArrayLike<number>,
  s: UnitTextureSettings,
  leftOut: (i: number) => boolean,
  stopAbove?: number,
): HabitDifference & { readonly compared: boolean } {
  const good: number[] = [],
    rest: number[] = [];
  for (let k = 0; k < members.length; k++) {
    const i = members[k] as number;
    if ((frame.scaleCount[i] as number) < 5 || leftOut(i)) continue;
    if (isUniformlyGood(frame, i, s)) good.push(i);
    else if ((frame.scaleMean[i] as number) < s.goodMean) rest.push(i);
  }
  if (Math.min(good.length, rest.length) < (s.habitsMinForms ?? 2)) return { pValue: 1, atFloor: false, z: [], effect: [], compared: false };
  return { ...compareHabits(frame, members, good, rest, s.habitPermutations ?? 499, stopAbove), compared: true };
}
