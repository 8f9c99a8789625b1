// Settings 2026.7: in a flagged inflated centre, the added forms that are high but not «uniformly good» (a mean just
// under 8.5, or one dissenting answer) are marked when their band of form means is far in excess of what the centre's
// visitors give at their own level, and their habits are the added forms'.

import { describe, expect, it } from "vitest";
import { assessQuality, validateQualitySettings, type QualityResponse } from "../../../src/core/index.js";
import { bandExcess, bandOf, sharesNearLevel } from "../../../src/core/quality/level-bands.js";
import { loadQualitySettings } from "../../../src/cli/quality-settings-files.js";
import { CENTRES, DAYS, SCALES, moscow, regionVisitor, sequence, shippedSettings, twelveCentres } from "./quality-fixtures.js";

const UNIT_CODES = new Set(["unit_texture", "unit_habits"]);
const meanOf = (a: Record<string, number | string>): number => SCALES.reduce((s, q) => s + (a[q] as number), 0) / SCALES.length;

/** A form staff add to T1 at a flattering level: uniformly good, or (`band`) with a mean from 7.5 to under 8.5. */
function added(k: number, band: boolean, next: () => number): QualityResponse {
  const answers: Record<string, number | string> = { q4: "yes", q12: "no", q13: "no", q14: "office", q15office: 9 };
  const fits = (): boolean => {
    const v = SCALES.map((q) => answers[q] as number);
    const m = meanOf(answers);
    return band ? m >= 7.5 && m < 8.5 : m >= 8.5 && Math.min(...v) >= 7 && new Set(v).size >= 2;
  };
  do for (const q of SCALES) answers[q] = band ? 5 + Math.floor(next() * 6) : 7 + Math.floor(next() * 4);
  while (!fits());
  return {
    id: `${band ? "band" : "good"}${k}`,
    unit: "T1",
    respondent: "seeker",
    submittedAt: moscow(DAYS[(k * 7) % DAYS.length] as number, 10 + Math.floor(next() * 6), Math.floor(next() * 60)),
    durationSec: 110 + Math.floor(next() * 90),
    device: `d:added${band ? "b" : "g"}${k}`,
    channel: "qr",
    answers: next() < 0.4 ? { ...answers, q15site: 9 } : answers,
    commentCount: next() < 0.15 ? 1 : 0,
  };
}

describe("quality settings 2026.7", () => {
  it("is the default, validates the new section, and 2026.6 stays without it", () => {
    expect(loadQualitySettings(undefined).id).toBe("2026.7");
    expect(shippedSettings("2026.7").unitTexture?.levelBands).toEqual({ fromMean: 7.5, minPosterior: 0.9, maxPValue: 0.0001 });
    expect(shippedSettings("2026.6").unitTexture?.levelBands).toBeUndefined();
  });

  const broken = (edit: (levelBands: Record<string, unknown>) => void) => {
    const copy = JSON.parse(JSON.stringify(shippedSettings("2026.7"))) as Record<string, Record<string, Record<string, unknown>>>;
    edit(copy["unitTexture"]?.["levelBands"] as Record<string, unknown>);
    const outcome = validateQualitySettings(copy);
    return outcome.ok ? null : outcome.problems[0];
  };

  it("refuses a wrong, missing or unknown field of the section with its path", () => {
    expect(broken((b) => (b["minPosterior"] = 0.3))).toMatchObject({ path: "unitTexture.levelBands.minPosterior" });
    expect(broken((b) => delete b["maxPValue"])).toMatchObject({ code: "missing_field", path: "unitTexture.levelBands.maxPValue" });
    expect(broken((b) => (b["fromMean"] = 8.4))).toMatchObject({ path: "unitTexture.levelBands.fromMean" });
    expect(broken((b) => (b["from"] = 7))).toMatchObject({ code: "unknown_key", path: "unitTexture.levelBands.from" });
  });
});

describe("an inflated centre whose added forms are not all uniformly good", () => {
  const next = sequence(5);
  const responses: QualityResponse[] = [];
  for (const unit of CENTRES) for (let k = 0; k < 400; k++) responses.push(regionVisitor(unit, k, next));
  for (let k = 0; k < 250; k++) responses.push(added(k, false, next));
  for (let k = 0; k < 150; k++) responses.push(added(k, true, next));
  const report = (id: string) => assessQuality({ units: twelveCentres(), responses }, shippedSettings(id));
  const marked = (id: string, prefix: string) => report(id).responses.filter((r) => r.id.startsWith(prefix) && r.reasons.some((x) => UNIT_CODES.has(x.code)));
  const visitorsInBand = responses.filter(
    (r) =>
      r.unit === "T1" &&
      !r.id.startsWith("band") &&
      !r.id.startsWith("good") &&
      meanOf(r.answers as Record<string, number>) >= 7.5 &&
      meanOf(r.answers as Record<string, number>) < 8.5,
  );

  it("is flagged by both versions, and only it", () => {
    expect(report("2026.6").units.map((u) => u.id)).toEqual(["T1"]);
    expect(report("2026.7").units.map((u) => u.id)).toEqual(["T1"]);
  });

  it("2026.7 marks at least 30 of the 150 added forms under 8.5 with a Russian reason; 2026.6 marked none", () => {
    expect(marked("2026.6", "band")).toHaveLength(0);
    const found = marked("2026.7", "band");
    expect(found.length).toBeGreaterThanOrEqual(30);
    expect(found[0]?.reasons.find((x) => UNIT_CODES.has(x.code))?.text).toMatch(
      /^Анкета с высокими оценками \(средняя \d,\d\) из подразделения, которое отмечено как завышающее оценки/,
    );
  });

  it("leaves T1's own visitors in those bands nearly all alone", () => {
    const ids = new Set(report("2026.7").responses.map((r) => r.id));
    expect(visitorsInBand.length).toBeGreaterThan(50);
    expect(visitorsInBand.filter((r) => ids.has(r.id)).length).toBeLessThanOrEqual(visitorsInBand.length * 0.1);
  });
});

describe("bands and their excess (level-bands.ts)", () => {
  const s = { fromMean: 7.5, minPosterior: 0.9, maxPValue: 0.0001 };

  it("puts a form in a band by its mean, a high form only with a dissenting answer", () => {
    expect(bandOf(7.6, 5, 4, 8.5, 7, s)).toBe(0);
    expect(bandOf(8.2, 6, 4, 8.5, 7, s)).toBe(1);
    expect(bandOf(9, 6, 3, 8.5, 7, s)).toBe(2);
    expect(bandOf(9, 8, 3, 8.5, 7, s)).toBe(-1);
    expect(bandOf(8, 8, 1, 8.5, 7, s)).toBe(-1);
    expect(bandOf(7, 5, 4, 8.5, 7, s)).toBe(-1);
  });

  it("takes the honest shares from the peers nearest in level, not from a line", () => {
    const peers = [6, 7, 8, 9].flatMap((level) =>
      Array.from({ length: 12 }, () => ({ level, n: 100, below: level === 8 ? 20 : 60, bands: [level === 8 ? 40 : 5, 0, 0], high: 10 })),
    );
    expect(sharesNearLevel(peers)(8).bands[0]).toBeCloseTo(0.4);
    expect(sharesNearLevel(peers)(6).bands[0]).toBeCloseTo(0.05);
  });

  it("counts as excess what the forms below the anchor do not explain", () => {
    const sharesAt = () => ({ below: 0.5, bands: [0.1, 0.1, 0.05], high: 0.1 });
    const excess = bandExcess({
      below: 200,
      belowSum: 1200,
      observed: [140, 40, 10],
      meanSums: [140 * 7.7, 40 * 8.2, 10 * 8.8],
      high: 40,
      highSum: 360,
      sharesAt,
      maxLevel: 9,
    });
    expect(excess[0]).toBeCloseTo(100);
    expect(excess[1]).toBeCloseTo(0);
    expect(excess[2]).toBeCloseTo(0);
  });
});
