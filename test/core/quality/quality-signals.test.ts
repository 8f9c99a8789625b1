// Each signal of the data-quality engine on small hand-made inputs, through the public `assessQuality`.

import { describe, expect, it } from "vitest";
import { assessQuality, type QualityResponse } from "../../../src/core/index.js";
import { fixtureUnits, honestBackground, moscow, sequence, shippedSettings, variedAnswers } from "./quality-fixtures.js";

const settings = shippedSettings();
const units = fixtureUnits();
const assess = (extra: QualityResponse[], background = honestBackground(80)) => assessQuality({ units, responses: [...background, ...extra] }, settings);
const codesOf = (report: ReturnType<typeof assess>, id: string): string[] => report.responses.find((r) => r.id === id)?.reasons.map((r) => r.code) ?? [];
const base = (id: string, at: number, over: Partial<QualityResponse> = {}): QualityResponse => ({
  id,
  unit: "T1",
  respondent: "seeker",
  submittedAt: at,
  durationSec: 240,
  device: `d:${id}`,
  channel: "qr",
  answers: variedAnswers(sequence([...id].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261))),
  commentCount: 0,
  ...over,
});

describe("data-quality signals", () => {
  it("leaves an honest background alone", () => {
    const report = assess([]);
    expect(report.settings).toBe("2026.1");
    expect(report.responses).toEqual([]);
    expect(report.units).toEqual([]);
  });

  it("too_fast: far below the form's median time, with a Russian explanation", () => {
    const report = assess([base("fast", moscow(2, 11), { durationSec: 25 }), base("slowish", moscow(2, 12), { durationSec: 150 })]);
    expect(codesOf(report, "fast")).toContain("too_fast");
    expect(report.responses.find((r) => r.id === "fast")?.reasons[0]?.text).toMatch(/Анкета заполнена за 25 с/);
    expect(codesOf(report, "slowish")).toEqual([]);
  });

  it("burst: five forms from one phone within minutes; a couple on one phone is normal", () => {
    const burst = [0, 3, 6, 9, 12].map((m, k) => base(`b${k}`, moscow(3, 10, m), { device: "d:staff", durationSec: 170 }));
    const couple = [base("c1", moscow(3, 14, 0), { device: "d:couple" }), base("c2", moscow(3, 14, 6), { device: "d:couple" })];
    const report = assess([...burst, ...couple]);
    for (const r of burst) expect(codesOf(report, r.id)).toContain("burst");
    expect(report.responses.find((r) => r.id === "b0")?.reasons.find((x) => x.code === "burst")?.related).toHaveLength(5);
    expect(codesOf(report, "c1")).toEqual([]);
    expect(codesOf(report, "c2")).toEqual([]);
  });

  it("paced_series: a kiosk series like clockwork; an irregular kiosk queue is not", () => {
    const paced = Array.from({ length: 9 }, (_, k) =>
      base(`p${k}`, moscow(8, 10, 0, 0) + k * 300_000 + (k % 3) * 4000, { device: "kiosk:T1", channel: "kiosk" }),
    );
    const gaps = [4, 11, 6, 19, 5, 8, 14, 7, 25, 5];
    let t = moscow(9, 10);
    const queue = gaps.map((g, k) => base(`q${k}`, (t += g * 60_000), { device: "kiosk:T2", channel: "kiosk", unit: "T2" }));
    const report = assess([...paced, ...queue]);
    for (const r of paced) expect(codesOf(report, r.id)).toContain("paced_series");
    for (const r of queue) expect(codesOf(report, r.id)).toEqual([]);
  });

  it("closed_hours_kiosk: the office tablet at night or at the weekend, not in opening hours", () => {
    const report = assess([
      base("night", moscow(8, 22, 30), { channel: "kiosk", device: "kiosk:T1" }),
      base("sunday", moscow(6, 12), { channel: "kiosk", device: "kiosk:T1" }),
      base("day", moscow(9, 11), { channel: "kiosk", device: "kiosk:T1" }),
      base("phone-night", moscow(8, 22, 40), { channel: "qr" }),
    ]);
    expect(codesOf(report, "night")).toEqual(["closed_hours_kiosk"]);
    expect(report.responses.find((r) => r.id === "night")?.reasons[0]?.text).toMatch(/22:30 по местному времени, когда офис закрыт/);
    expect(codesOf(report, "sunday")).toEqual(["closed_hours_kiosk"]);
    expect(codesOf(report, "day")).toEqual([]);
    expect(codesOf(report, "phone-night")).toEqual([]);
  });

  it("busy_device: one phone sending many forms over a day", () => {
    const busy = [9, 11, 13, 15, 17].map((h, k) => base(`d${k}`, moscow(10, h), { device: "d:busy" }));
    const report = assess(busy);
    for (const r of busy) expect(codesOf(report, r.id)).toContain("busy_device");
  });

  it("near_duplicate: small edits of one template from many devices; honest «all 10» answers are not near-duplicates", () => {
    const next = sequence(99);
    const template = variedAnswers(next);
    const copies = Array.from({ length: 6 }, (_, k) => {
      const answers = { ...template };
      if (k % 2) answers["q3"] = (answers["q3"] as number) >= 10 ? 9 : (answers["q3"] as number) + 1;
      return base(`n${k}`, moscow(14 + (k % 4), 10 + k), { answers, device: `d:n${k}` });
    });
    const tens = Array.from({ length: 6 }, (_, k) => {
      const answers: Record<string, number | string> = { q4: "yes", q12: "no", q13: "no", q14: "office", q15office: 10, q15site: 10 };
      for (const q of ["q1", "q2", "q3", "q5", "q6", "q7", "q8", "q9", "q10", "q11"]) answers[q] = 10;
      return base(`t${k}`, moscow(14 + (k % 4), 11 + k), { answers, commentCount: k % 2 });
    });
    const report = assess([...copies, ...tens], honestBackground(200));
    for (const r of copies) expect(codesOf(report, r.id)).toContain("near_duplicate");
    for (const r of tens) expect(codesOf(report, r.id)).not.toContain("near_duplicate");
  });

  it("texture: straight-lining without optional answers never flags alone; identical ones in a cluster do", () => {
    const flat = (id: string, day: number, comment = 0): QualityResponse => {
      const answers: Record<string, number | string> = { q4: "yes", q12: "no", q13: "no", q14: "office" };
      for (const q of ["q1", "q2", "q3", "q5", "q6", "q7", "q8", "q9", "q10", "q11"]) answers[q] = 10;
      return base(id, moscow(day, 12), { answers, commentCount: comment, unit: id.startsWith("s") ? "T2" : "T1" });
    };
    const report = assess([flat("single", 15), flat("x1", 15), flat("x2", 16), flat("x3", 17), flat("x4", 18)]);
    expect(codesOf(report, "single")).toEqual([]);
    for (const id of ["x1", "x2", "x3", "x4"]) expect(codesOf(report, id)).toEqual(["texture"]);
  });

  it("reports every flagged response with a score at or above the threshold and reasons in Russian", () => {
    const report = assess([base("fast", moscow(2, 11), { durationSec: 20 })]);
    for (const r of report.responses) {
      expect(r.score).toBeGreaterThanOrEqual(settings.flagThreshold);
      for (const reason of r.reasons) expect(reason.text).toMatch(/[а-я]/);
    }
  });
});
