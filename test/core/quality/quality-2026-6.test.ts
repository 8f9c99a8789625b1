// Settings 2026.6: an inflated centre found by its good forms' habits when its texture excess is weak, or by its volume
// when its habits fall short; honest centres whose satisfied visitors differ a little in habits stay clear.

import { describe, expect, it } from "vitest";
import { assessQuality, validateQualitySettings, type QualityResponse } from "../../../src/core/index.js";
import { habitsLead } from "../../../src/core/quality/habits-led.js";
import { buildQualityFrame } from "../../../src/core/quality/quality-frame.js";
import { compareHabits } from "../../../src/core/quality/unit-habits.js";
import { volumeLeads, volumeRatios } from "../../../src/core/quality/volume-led.js";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { evaluateHoldout } from "../../../src/cli/synthetic/quality-holdout/holdout-evaluation.js";
import { CENTRES, DAYS, SCALES, fixtureUnits, moscow, regionVisitor, sequence, shippedSettings, twelveCentres } from "./quality-fixtures.js";

/** A «uniformly good» form: mean of 8.5 or more, nothing below 7, not all equal. */
/** A visitor; T2 and T3 are big centres whose visitors share more phones. */
const visitor = (unit: string, k: number, next: () => number, lift = 0): QualityResponse =>
  regionVisitor(unit, k, next, { lift, sharedPhones: unit === "T2" || unit === "T3" ? 400 : 40 });

const uniformlyGood = (answers: Record<string, number | string>): boolean => {
  const v = SCALES.map((q) => answers[q] as number);
  return v.reduce((a, b) => a + b, 0) / v.length >= 8.5 && Math.min(...v) >= 7 && new Set(v).size >= 2;
};

/** A form staff add to T1: varied good answers, a phone never seen again, quicker than a visitor. */
function added(k: number, next: () => number): QualityResponse {
  const answers: Record<string, number | string> = { q4: "yes", q12: "no", q13: "no", q14: "office", q15office: 9 };
  do for (const q of SCALES) answers[q] = 7 + Math.floor(next() * 4);
  while (!uniformlyGood(answers));
  return {
    id: `added${k}`,
    unit: "T1",
    respondent: "seeker",
    submittedAt: moscow(DAYS[(k * 7) % DAYS.length] as number, 10 + Math.floor(next() * 6), Math.floor(next() * 60)),
    durationSec: 100 + Math.floor(next() * 60),
    device: `d:added${k}`,
    channel: "qr",
    answers,
    commentCount: 0,
  };
}

/** A form staff add to T1 as a visitor would fill it — the same phones, channels and hours, a little quicker — but good. */
function copied(k: number, next: () => number): QualityResponse {
  const v = visitor("T1", 10_000 + k, next);
  const answers = { ...v.answers } as Record<string, number | string>;
  do for (const q of SCALES) answers[q] = 7 + Math.floor(next() * 4);
  while (!uniformlyGood(answers));
  return {
    ...v,
    id: `copied${k}`,
    answers,
    durationSec: Math.round((v.durationSec ?? 200) * 0.95),
    device: next() < 0.3 ? `d:T1:shared${k % 40}` : `d:T1:copied${k}`,
  };
}

describe("quality settings 2026.6", () => {
  it("validates the new sections, and 2026.5 stays without them", () => {
    const s = shippedSettings("2026.6");
    expect(s.unitTexture?.habitsLed?.pValue).toBeGreaterThan(0);
    expect(s.unitTexture?.volumeLed?.minVolumeRatio).toBeGreaterThan(1);
    const old = shippedSettings("2026.5");
    expect(old.unitTexture?.habitsLed).toBeUndefined();
    expect(old.unitTexture?.volumeLed).toBeUndefined();
  });

  const broken = (edit: (unitTexture: Record<string, Record<string, unknown>>) => void) => {
    const copy = JSON.parse(JSON.stringify(shippedSettings("2026.6"))) as Record<string, Record<string, Record<string, unknown>>>;
    edit(copy["unitTexture"] as Record<string, Record<string, unknown>>);
    const outcome = validateQualitySettings(copy);
    return outcome.ok ? null : outcome.problems[0];
  };

  it("refuses a wrong, missing or unknown field of a new section with its path", () => {
    expect(broken((t) => ((t["habitsLed"] as Record<string, unknown>)["pValue"] = 0.5))).toMatchObject({ path: "unitTexture.habitsLed.pValue" });
    expect(broken((t) => delete (t["habitsLed"] as Record<string, unknown>)["minEffect"])).toMatchObject({
      code: "missing_field",
      path: "unitTexture.habitsLed.minEffect",
    });
    expect(broken((t) => ((t["volumeLed"] as Record<string, unknown>)["ratio"] = 2))).toMatchObject({
      code: "unknown_key",
      path: "unitTexture.volumeLed.ratio",
    });
    expect(broken((t) => ((t["volumeLed"] as Record<string, unknown>)["minVolumeRatio"] = 0.5))).toMatchObject({
      path: "unitTexture.volumeLed.minVolumeRatio",
    });
    expect(broken((t) => ((t as Record<string, unknown>)["habitsLed"] = 1))).toMatchObject({ path: "unitTexture.habitsLed" });
  });
});

describe("an inflated centre with a weak texture excess but plainly other hands (habits-led)", () => {
  const next = sequence(3);
  const units = twelveCentres();
  const responses: QualityResponse[] = [];
  // Twelve honest centres; T2 ten times as busy as the others.
  for (const unit of CENTRES) for (let k = 0; k < (unit === "T2" ? 3000 : 300); k++) responses.push(visitor(unit, k, next));
  // Staff add 40 good forms to T1's 300: a texture excess with p ≈ 0.02 before any correction across twelve units.
  for (let k = 0; k < 40; k++) responses.push(added(k, next));
  const flaggedUnits = (id: string) => assessQuality({ units, responses }, shippedSettings(id)).units;

  it("is flagged by 2026.6, with a Russian reason naming the habits, and its added forms marked", () => {
    const report = assessQuality({ units, responses }, shippedSettings("2026.6"));
    const unit = report.units.find((u) => u.id === "T1");
    expect(unit?.reasons[0]?.code).toBe("unit_habits");
    expect(unit?.reasons[0]?.text).toMatch(/заполнены иначе.*реже отправлены с телефонов, с которых пришли и другие анкеты/);
    expect(unit?.stats?.["habitsEffect"]).toBeGreaterThanOrEqual(0.15);
    const marked = report.responses.filter((r) => r.id.startsWith("added") && r.reasons.some((x) => x.code === "unit_habits"));
    expect(marked.length).toBeGreaterThanOrEqual(25);
  });

  it("was missed by 2026.5: the texture alone is too weak across twelve units", () => {
    expect(flaggedUnits("2026.5").map((u) => u.id)).not.toContain("T1");
  });

  it("leaves every honest centre alone, the busy one too", () => {
    expect(flaggedUnits("2026.6").map((u) => u.id)).toEqual(["T1"]);
  });
});

describe("a small honest difference in habits over thousands of forms (the effect-size bound)", () => {
  // Satisfied visitors of a big centre answer from home by link a little more often (24.5 % against 20 %): real, tiny,
  // and with 2,000 good forms against 6,000 others beyond anything relabelling produces.
  let next = sequence(17);
  const form = (id: string, good: boolean, k: number, fresh: boolean): QualityResponse => ({
    id,
    unit: "T1",
    respondent: "seeker",
    submittedAt: moscow(1 + (k % 20), 9 + Math.floor(next() * 8), Math.floor(next() * 60)),
    durationSec: Math.round((fresh ? 110 : 200) * Math.exp(0.4 * (next() - 0.5))),
    device: fresh || next() > 0.35 ? `d:${id}` : `d:shared${k % 500}`,
    channel: next() < (good ? 0.245 : 0.2) ? "link" : "qr",
    answers: { q1: 9 },
    commentCount: 0,
  });
  const habits = (fresh: boolean) => {
    next = sequence(17);
    const responses = [
      ...Array.from({ length: 2000 }, (_, k) => form(`g${k}`, true, k, fresh)),
      ...Array.from({ length: 6000 }, (_, k) => form(`r${k}`, false, k, false)),
    ];
    const frame = buildQualityFrame({ units: fixtureUnits(), responses }, []);
    const members = Array.from({ length: responses.length }, (_, i) => i);
    const good = members.filter((i) => responses[i]?.id.startsWith("g"));
    const rest = members.filter((i) => responses[i]?.id.startsWith("r"));
    return { ...compareHabits(frame, members, good, rest, 499), compared: true };
  };
  const led = shippedSettings("2026.6").unitTexture?.habitsLed;

  it("reaches the permutation floor but does not lead: no habit differs by 0.15 of its spread", () => {
    const honest = habits(false);
    expect(honest.pValue).toBeLessThanOrEqual(0.002);
    expect(led && habitsLead(honest, led)).toBe(false);
  });

  it("while other hands (quicker, on phones never seen again) do lead", () => {
    const other = habits(true);
    expect(led && habitsLead(other, led)).toBe(true);
  });

  it("stops relabelling as soon as the p-value cannot reach the level asked", () => {
    const responses = Array.from({ length: 400 }, (_, k) => form(k % 2 ? `g${k}` : `r${k}`, false, k, false));
    const frame = buildQualityFrame({ units: fixtureUnits(), responses }, []);
    const members = Array.from({ length: responses.length }, (_, i) => i);
    const good = members.filter((i) => responses[i]?.id.startsWith("g"));
    const rest = members.filter((i) => responses[i]?.id.startsWith("r"));
    const full = compareHabits(frame, members, good, rest, 499);
    const stopped = compareHabits(frame, members, good, rest, 499, 0.002);
    expect(full.pValue).toBeGreaterThan(0.002);
    expect(stopped.pValue).toBeGreaterThan(0.002);
    expect(stopped.pValue).toBeLessThanOrEqual(full.pValue);
  });
});

describe("an inflated centre whose added forms imitate its visitors' habits (volume-led)", () => {
  const next = sequence(21);
  const responses: QualityResponse[] = [];
  // T3 is an excellent centre three times as busy as its peers: its good forms come from its own visitors.
  for (const unit of CENTRES) for (let k = 0; k < (unit === "T3" ? 900 : 300); k++) responses.push(visitor(unit, k, next, unit === "T3" ? 2 : 0));
  // Staff more than double T1's quarter with good forms whose habits differ only a little from its visitors'.
  for (let k = 0; k < 400; k++) responses.push(copied(k, next));
  const report = (id: string) => assessQuality({ units: twelveCentres(), responses }, shippedSettings(id));

  it("is flagged by 2026.6 on its volume, and the reason says so; 2026.5 let the habits (p ≈ 0.02) clear it", () => {
    const unit = report("2026.6").units.find((u) => u.id === "T1");
    expect(unit?.reasons[0]?.code).toBe("unit_texture");
    expect(unit?.reasons[0]?.text).toMatch(/Анкет здесь в 2,\d раза больше, чем у типичного подразделения региона/);
    expect(unit?.stats?.["volumeRatio"]).toBeGreaterThanOrEqual(2);
    expect(unit?.stats?.["habitsPValue"]).toBeGreaterThan(0.01);
    expect(report("2026.5").units.map((u) => u.id)).not.toContain("T1");
  });

  it("leaves the busy excellent centre alone", () => {
    expect(report("2026.6").units.map((u) => u.id)).toEqual(["T1"]);
  });
});

describe("volume against the region's peers (volume-led)", () => {
  it("measures each unit against its region's median, or the country's when the region has few units", () => {
    const units = [...[100, 120, 80, 110, 90].map((n) => ({ region: 1, n })), { region: 1, n: 400 }, { region: 2, n: 300 }];
    const ratios = volumeRatios(units, 4);
    expect(ratios[5]).toBeCloseTo(400 / 105);
    // Region 2 has one unit: the country's median of all seven (110) is its yardstick.
    expect(ratios[6]).toBeCloseTo(300 / 110);
  });

  it("flags on volume only with the habits leaning the same way", () => {
    const s = { minVolumeRatio: 2, habitsPValue: 0.05 };
    expect(volumeLeads(3.5, 0.03, s)).toBe(true);
    expect(volumeLeads(3.5, 0.08, s)).toBe(false);
    expect(volumeLeads(1.2, 0.03, s)).toBe(false);
  });
});

describe("the held-out generator's inflated centres (quarter t1, 40 centres)", { timeout: 120_000 }, () => {
  const m = loadDefaultMethodology();
  const run = (id: string) => evaluateHoldout({ seeds: ["t1"], centres: 40, patterns: ["inflated_centre"] }, m, shippedSettings(id))[0];

  it("2026.6 flags two more of the six than 2026.5, and still no honest centre and under 1 % of honest forms", () => {
    const before = run("2026.5"),
      after = run("2026.6");
    expect(before?.inflatedFlagged).toBe(2);
    expect(after?.inflatedFlagged).toBe(4);
    expect(after?.honestUnits).toBe(0);
    expect(after?.falseFlags).toBeLessThanOrEqual(0.01);
  });
});
