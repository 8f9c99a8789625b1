// The data-quality thresholds as versioned data (methodology/quality/<id>.json), and their validation.

import { fieldPath, RefusingReader } from "../json/shape-reader.js";
import { firstProblem, type Outcome } from "../problems/outcome.js";
import type { KioskSittingSettings } from "./kiosk-sittings.js";
import type { WeeklyHours } from "./quality-types.js";
import type { HabitsLedSettings } from "./habits-led.js";
import type { LevelBandsSettings } from "./level-bands.js";
import type { VolumeLedSettings } from "./volume-led.js";
import type { UnitTextureSettings } from "./unit-texture.js";

/** The settings file's format tag. */
export const QUALITY_SETTINGS_FORMAT = "zvezda-quality-settings/1";

/** Every threshold of the detection engine; weights are each signal's contribution (0..1) to a response's score. */
export interface QualitySettings {
  readonly format: typeof QUALITY_SETTINGS_FORMAT;
  readonly id: string;
  readonly title: string;
  /** A response is flagged when its score (1 − Π(1 − weight)) reaches this. */
  readonly flagThreshold: number;
  /** Hours of a unit whose tree declares none. */
  readonly defaultHours: WeeklyHours;
  /** Answer keys that are optional (their absence counts as "nothing optional answered"). */
  readonly optionalKeys: readonly string[];
  /** Completion far faster than the form's median time. */
  readonly tooFast: { readonly ratio: number; readonly weight: number; readonly weakRatio: number; readonly weakWeight: number };
  /** Several submissions from one device key in a short span. */
  readonly burst: {
    readonly windowMinutes: number;
    readonly minCount: number;
    readonly kioskMinCount: number;
    readonly kioskMaxMedianGapSec: number;
    readonly weight: number;
  };
  /** A series on one device whose gaps are too regular. */
  readonly pacedSeries: { readonly minLength: number; readonly maxGapCv: number; readonly maxGapMinutes: number; readonly weight: number };
  /** A kiosk used while its unit is closed. */
  readonly closedHours: { readonly graceBeforeMinutes: number; readonly graceAfterMinutes: number; readonly weight: number };
  /** One non-kiosk device key with many submissions in a local day. */
  readonly busyDevice: { readonly perDay: number; readonly weight: number; readonly weakPerDay: number; readonly weakWeight: number };
  /** Multi-submission device-days recurring at one unit (a staff phone whose key changes daily). */
  readonly recurringDevice: {
    readonly minDays: number;
    readonly maxPValue: number;
    readonly weight: number;
    /** Since 2026.2: count only groups of three or more and pairs more alike than this quantile of the unit's random pairs. */
    readonly pairLikeness?: number;
    /** Since 2026.2: the honest rate pooled over this lowest share of units by rate (else the mean rate below the top 10 %). */
    readonly rateKeptShare?: number;
    /** Since 2026.3: in that pool no unit weighs more than this many times the median unit's phone responses. */
    readonly rateWeightCap?: number;
    /** Since 2026.4: a second Poisson test on the groups of this many forms or more (Bonferroni-combined with the first). */
    readonly largeGroup?: number;
  };
  /** Answer vectors within a unit that are improbably close. */
  readonly nearDuplicate: {
    readonly maxDifferences: number;
    readonly minAnswered: number;
    readonly maxExpected: number;
    readonly temper: number;
    readonly weight: number;
    readonly clusterWeight: number;
    /** Since 2026.3: forms close to an established cluster's consensus are joined while at most this share of them is expected honest (absent: 0, only improbable ones). */
    readonly consensusShare?: number;
    /** Since 2026.5: agreed top answers count jointly, by how often forms give that many (see near-duplicates.ts). */
    readonly topJoint?: boolean;
    /** Since 2026.5: a unit's answer frequencies are shrunk towards its region's by this many forms (absent: 0). */
    readonly unitPrior?: number;
  };
  /** Straight-lining together with nothing optional answered, and clusters of such identical responses. */
  readonly texture: {
    readonly minScaleAnswers: number;
    readonly weight: number;
    readonly clusterSize: number;
    readonly clusterWeight: number;
    /** Since 2026.5: a cluster counts only when this many copies are this improbable (answer-texture.ts); absent: any cluster of clusterSize. */
    readonly maxClusterPValue?: number;
  };
  /** A unit diverging from its region's and the country's peers. */
  readonly unitDivergence: {
    readonly minResponses: number;
    readonly minPeers: number;
    readonly falseDiscoveryRate: number;
    readonly minStatZ: number;
    readonly responseWeight: number;
  };
  /** Dense, alike runs on an office kiosk (since 2026.2; absent: not checked). */
  readonly kioskSitting?: KioskSittingSettings;
  /** Units whose forms are uniformly good beyond what their level predicts (since 2026.2; absent: not checked). */
  readonly unitTexture?: UnitTextureSettings;
}

const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const hoursPattern = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/;

type Reader = (key: string, bounds?: { min?: number; max?: number }) => number;

function section(
  r: RefusingReader,
  o: Readonly<Record<string, unknown>>,
  key: string,
): { num: Reader; int: Reader; has: (k: string) => boolean; raw: (k: string) => unknown } {
  const s = r.object(r.required(o, key, ""), key);
  return {
    has: (k) => s[k] !== undefined,
    raw: (k) => s[k],
    num: (k, b = { min: 0 }) => r.number(r.required(s, k, key), fieldPath(key, k), b),
    int: (k, b = { min: 1 }) => r.integer(r.required(s, k, key), fieldPath(key, k), b),
  };
}

/** Since 2026.6: `unitTexture.habitsLed`, all four fields or none. */
function readHabitsLed(r: RefusingReader, value: unknown): HabitsLedSettings {
  const path = "unitTexture.habitsLed";
  const o = r.object(value, path);
  for (const key of Object.keys(o))
    if (!["pValue", "maxTexturePValue", "minExcess", "minEffect"].includes(key)) r.fail({ code: "unknown_key", path: fieldPath(path, key), key });
  const num = (k: string, bounds: { min: number; max: number }): number => r.number(r.required(o, k, path), fieldPath(path, k), bounds);
  return {
    pValue: num("pValue", { min: 0, max: 0.05 }),
    maxTexturePValue: num("maxTexturePValue", { min: 0, max: 0.5 }),
    minExcess: num("minExcess", { min: 0, max: 1 }),
    minEffect: num("minEffect", { min: 0, max: 5 }),
  };
}

/** Since 2026.6: `unitTexture.volumeLed`, both fields or none. */
function readVolumeLed(r: RefusingReader, value: unknown): VolumeLedSettings {
  const path = "unitTexture.volumeLed";
  const o = r.object(value, path);
  for (const key of Object.keys(o)) if (!["minVolumeRatio", "habitsPValue"].includes(key)) r.fail({ code: "unknown_key", path: fieldPath(path, key), key });
  return {
    minVolumeRatio: r.number(r.required(o, "minVolumeRatio", path), fieldPath(path, "minVolumeRatio"), { min: 1, max: 100 }),
    habitsPValue: r.number(r.required(o, "habitsPValue", path), fieldPath(path, "habitsPValue"), { min: 0, max: 1 }),
  };
}

/** Since 2026.7: `unitTexture.levelBands`, all three fields or none. */
function readLevelBands(r: RefusingReader, value: unknown, goodMean: number): LevelBandsSettings {
  const path = "unitTexture.levelBands";
  const o = r.object(value, path);
  for (const key of Object.keys(o))
    if (!["fromMean", "minPosterior", "maxPValue"].includes(key)) r.fail({ code: "unknown_key", path: fieldPath(path, key), key });
  return {
    // Both bands under goodMean must be able to hold forms.
    fromMean: r.number(r.required(o, "fromMean", path), fieldPath(path, "fromMean"), { min: 2, max: goodMean - 0.5 }),
    minPosterior: r.number(r.required(o, "minPosterior", path), fieldPath(path, "minPosterior"), { min: 0.5, max: 1 }),
    maxPValue: r.number(r.required(o, "maxPValue", path), fieldPath(path, "maxPValue"), { min: 0, max: 1 }),
  };
}

function readHours(r: RefusingReader, value: unknown, path: string): WeeklyHours {
  const o = r.object(value, path);
  const out = {} as Record<(typeof weekdays)[number], string | null>;
  for (const key of Object.keys(o)) if (!(weekdays as readonly string[]).includes(key)) r.fail({ code: "unknown_key", path: fieldPath(path, key), key });
  for (const day of weekdays) {
    const v = o[day];
    if (v === null || v === undefined) out[day] = null;
    else if (typeof v !== "string" || !hoursPattern.test(v)) r.fail({ code: "bad_hours", path: fieldPath(path, day), value: String(v) });
    else out[day] = v;
  }
  return out;
}

/** Validates parsed settings; refuses at the first problem with its path (`burst.minCount`). */
export function validateQualitySettings(value: unknown): Outcome<QualitySettings> {
  return firstProblem(() => {
    const r = new RefusingReader();
    const o = r.object(value, "");
    const format = r.required(o, "format", "");
    if (format !== QUALITY_SETTINGS_FORMAT) r.fail({ code: "wrong_format", path: "format", expected: QUALITY_SETTINGS_FORMAT, found: JSON.stringify(format) });
    const share = { min: 0, max: 1 };
    const optional = r.array(r.required(o, "optionalKeys", ""), "optionalKeys").map((k, i) => r.string(k, `optionalKeys[${i}]`));
    const fast = section(r, o, "tooFast"),
      burst = section(r, o, "burst"),
      paced = section(r, o, "pacedSeries");
    const closed = section(r, o, "closedHours"),
      busy = section(r, o, "busyDevice"),
      recurring = section(r, o, "recurringDevice");
    const dup = section(r, o, "nearDuplicate"),
      texture = section(r, o, "texture"),
      unit = section(r, o, "unitDivergence");
    const sitting = o["kioskSitting"] === undefined ? undefined : section(r, o, "kioskSitting");
    const unitTexture = o["unitTexture"] === undefined ? undefined : section(r, o, "unitTexture");
    return {
      format: QUALITY_SETTINGS_FORMAT,
      id: r.string(r.required(o, "id", ""), "id"),
      title: r.string(r.required(o, "title", ""), "title"),
      flagThreshold: r.number(r.required(o, "flagThreshold", ""), "flagThreshold", { min: 0.01, max: 1 }),
      defaultHours: readHours(r, r.required(o, "defaultHours", ""), "defaultHours"),
      optionalKeys: optional,
      tooFast: {
        ratio: fast.num("ratio", share),
        weight: fast.num("weight", share),
        weakRatio: fast.num("weakRatio", share),
        weakWeight: fast.num("weakWeight", share),
      },
      burst: {
        windowMinutes: burst.num("windowMinutes", { min: 1 }),
        minCount: burst.int("minCount", { min: 2 }),
        kioskMinCount: burst.int("kioskMinCount", { min: 2 }),
        kioskMaxMedianGapSec: burst.num("kioskMaxMedianGapSec"),
        weight: burst.num("weight", share),
      },
      pacedSeries: {
        minLength: paced.int("minLength", { min: 4 }),
        maxGapCv: paced.num("maxGapCv", share),
        maxGapMinutes: paced.num("maxGapMinutes", { min: 1 }),
        weight: paced.num("weight", share),
      },
      closedHours: {
        graceBeforeMinutes: closed.num("graceBeforeMinutes"),
        graceAfterMinutes: closed.num("graceAfterMinutes"),
        weight: closed.num("weight", share),
      },
      busyDevice: {
        perDay: busy.int("perDay", { min: 2 }),
        weight: busy.num("weight", share),
        weakPerDay: busy.int("weakPerDay", { min: 2 }),
        weakWeight: busy.num("weakWeight", share),
      },
      recurringDevice: {
        minDays: recurring.int("minDays", { min: 2 }),
        maxPValue: recurring.num("maxPValue", share),
        weight: recurring.num("weight", share),
        ...(recurring.has("pairLikeness") && { pairLikeness: recurring.num("pairLikeness", share) }),
        ...(recurring.has("rateKeptShare") && { rateKeptShare: recurring.num("rateKeptShare", { min: 0.1, max: 1 }) }),
        ...(recurring.has("rateWeightCap") && { rateWeightCap: recurring.num("rateWeightCap", { min: 0.1, max: 100 }) }),
        ...(recurring.has("largeGroup") && { largeGroup: recurring.int("largeGroup", { min: 3, max: 20 }) }),
      },
      nearDuplicate: {
        maxDifferences: dup.int("maxDifferences", { min: 0, max: 6 }),
        minAnswered: dup.int("minAnswered"),
        maxExpected: dup.num("maxExpected"),
        temper: dup.num("temper", { min: 0.1, max: 1 }),
        weight: dup.num("weight", share),
        clusterWeight: dup.num("clusterWeight", share),
        ...(dup.has("consensusShare") && { consensusShare: dup.num("consensusShare", { min: 0, max: 0.2 }) }),
        ...(dup.has("topJoint") && { topJoint: r.boolean(dup.raw("topJoint"), "nearDuplicate.topJoint") }),
        ...(dup.has("unitPrior") && { unitPrior: dup.num("unitPrior", { min: 0, max: 10_000 }) }),
      },
      texture: {
        minScaleAnswers: texture.int("minScaleAnswers"),
        weight: texture.num("weight", share),
        clusterSize: texture.int("clusterSize", { min: 2 }),
        clusterWeight: texture.num("clusterWeight", share),
        ...(texture.has("maxClusterPValue") && { maxClusterPValue: texture.num("maxClusterPValue", share) }),
      },
      unitDivergence: {
        minResponses: unit.int("minResponses", { min: 5 }),
        minPeers: unit.int("minPeers", { min: 2 }),
        falseDiscoveryRate: unit.num("falseDiscoveryRate", share),
        minStatZ: unit.num("minStatZ"),
        responseWeight: unit.num("responseWeight", share),
      },
      ...(sitting && {
        kioskSitting: {
          maxGapMinutes: sitting.num("maxGapMinutes", { min: 1 }),
          minRun: sitting.int("minRun", { min: 3 }),
          maxRun: sitting.int("maxRun", { min: 3, max: 100 }),
          maxDensityPValue: sitting.num("maxDensityPValue", share),
          permutations: sitting.int("permutations", { min: 19, max: 10_000 }),
          maxLikenessPValue: sitting.num("maxLikenessPValue", share),
          weight: sitting.num("weight", share),
          ...(sitting.has("withLevel") && { withLevel: r.boolean(sitting.raw("withLevel"), "kioskSitting.withLevel") }),
          ...(sitting.has("referenceWithoutRuns") && {
            referenceWithoutRuns: r.boolean(sitting.raw("referenceWithoutRuns"), "kioskSitting.referenceWithoutRuns"),
          }),
          // Since 2026.7: looser than the first sitting's bound, and never loose.
          ...(sitting.has("repeatPValue") && { repeatPValue: sitting.num("repeatPValue", { min: sitting.num("maxLikenessPValue", share), max: 0.2 }) }),
        },
      }),
      ...(unitTexture && {
        unitTexture: {
          minResponses: unitTexture.int("minResponses", { min: 5 }),
          minPeers: unitTexture.int("minPeers", { min: 2 }),
          goodMean: unitTexture.num("goodMean", { min: 1, max: 10 }),
          goodFloor: unitTexture.int("goodFloor", { min: 1, max: 10 }),
          priorSpread: unitTexture.num("priorSpread", share),
          priorWeight: unitTexture.num("priorWeight"),
          falseDiscoveryRate: unitTexture.num("falseDiscoveryRate", share),
          minExcess: unitTexture.num("minExcess", share),
          minUniformity: unitTexture.num("minUniformity", share),
          responseWeight: unitTexture.num("responseWeight", share),
          ...(unitTexture.has("minPosterior") && { minPosterior: unitTexture.num("minPosterior", share) }),
          ...(unitTexture.has("habitsPValue") && { habitsPValue: unitTexture.num("habitsPValue", share) }),
          ...(unitTexture.has("habitsFalseDiscoveryRate") && { habitsFalseDiscoveryRate: unitTexture.num("habitsFalseDiscoveryRate", share) }),
          ...(unitTexture.has("habitFeatures") && { habitFeatures: r.boolean(unitTexture.raw("habitFeatures"), "unitTexture.habitFeatures") }),
          ...(unitTexture.has("habitsMinForms") && { habitsMinForms: unitTexture.int("habitsMinForms", { min: 2 }) }),
          ...(unitTexture.has("habitPermutations") && { habitPermutations: unitTexture.int("habitPermutations", { min: 19, max: 10_000 }) }),
          ...(unitTexture.has("regionIntercept") && { regionIntercept: r.boolean(unitTexture.raw("regionIntercept"), "unitTexture.regionIntercept") }),
          ...(unitTexture.has("habitsLed") && { habitsLed: readHabitsLed(r, unitTexture.raw("habitsLed")) }),
          ...(unitTexture.has("volumeLed") && { volumeLed: readVolumeLed(r, unitTexture.raw("volumeLed")) }),
          ...(unitTexture.has("levelBands") && {
            levelBands: readLevelBands(r, unitTexture.raw("levelBands"), unitTexture.num("goodMean", { min: 1, max: 10 })),
          }),
        },
      }),
    };
  });
}
