// fast-check arbitraries: valid responses (answers within their domains, follow-ups only after «да») over a fixed tree.

import fc from "fast-check";
import type { AnswerValue, DatasetUnit, ObjectiveEntry, SurveyResponse } from "../../../src/core/index.js";
import { managing, office, region } from "../support/fixtures.js";

/** R1 (centralised, Vladivostok) → M1 → T1, T2; R2 (decentralised, no zone: Moscow by default) → T3. */
export const units: DatasetUnit[] = [
  region("R1", { network: "centralized", timezone: "Asia/Vladivostok" }),
  managing("M1", "R1"),
  office("T1", "M1"),
  office("T2", "M1"),
  { id: "R2", kind: "region", name: "Регион R2", parent: null, network: "decentralized" },
  office("T3", "R2"),
];
export const serving = ["M1", "T1", "T2", "T3"];
export const timezoneOf: Record<string, string> = { M1: "Asia/Vladivostok", T1: "Asia/Vladivostok", T2: "Asia/Vladivostok", T3: "Europe/Moscow" };
export const scaleKeys = ["q1", "q2", "q3", "q5", "q6", "q7", "q8", "q9", "q10", "q11", "q15office", "q15site", "q15social", "q15phone"];

const scale = fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined, freq: 4 });

/** Answers valid for both forms. */
export const answers: fc.Arbitrary<Record<string, AnswerValue>> = fc
  .record({
    scales: fc.tuple(...scaleKeys.map(() => scale)),
    q4: fc.option(fc.constantFrom("yes", "dont_know", "no"), { nil: undefined }),
    q12: fc.option(fc.constantFrom("yes", "no"), { nil: undefined }),
    q12r: scale,
    q13: fc.option(fc.constantFrom("yes", "no"), { nil: undefined }),
    q13r: scale,
    q14: fc.option(fc.constantFrom("office", "site", "social", "phone", "other"), { nil: undefined }),
  })
  .map((a) => {
    const out: Record<string, AnswerValue> = {};
    scaleKeys.forEach((k, i) => {
      const v = a.scales[i];
      if (v !== undefined) out[k] = v;
    });
    if (a.q4) out["q4"] = a.q4;
    if (a.q12) out["q12"] = a.q12;
    if (a.q12 === "yes" && a.q12r !== undefined) out["q12r"] = a.q12r;
    if (a.q13) out["q13"] = a.q13;
    if (a.q13 === "yes") out["q13ch"] = "через сайт";
    if (a.q13 === "yes" && a.q13r !== undefined) out["q13r"] = a.q13r;
    if (a.q14) out["q14"] = a.q14;
    if (a.q14 === "other") out["q14other"] = "МФЦ";
    return out;
  });

const start2025 = Date.UTC(2025, 0, 1) - 12 * 3_600_000;
const end2025 = Date.UTC(2026, 0, 1) + 12 * 3_600_000;

/** A response at one of the serving units, some time around 2025, sometimes excluded. */
export const response: fc.Arbitrary<Omit<SurveyResponse, "id">> = fc.record({
  unit: fc.constantFrom(...serving),
  respondent: fc.constantFrom("seeker" as const, "employer" as const),
  submittedAt: fc.integer({ min: start2025, max: end2025 }).map((t) => new Date(Math.floor(t / 1000) * 1000).toISOString().replace(".000Z", "Z")),
  answers,
  excluded: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
});

/** Several responses with unique ids. */
export const responseList = (maxLength: number): fc.Arbitrary<SurveyResponse[]> =>
  fc.array(response, { maxLength }).map((list) => list.map((r, i) => ({ ...r, id: `p${i}` })));

/** Some objective data: channel sets and К1 checklists in 2025-Q2. */
export const objective: fc.Arbitrary<ObjectiveEntry[]> = fc
  .record({
    r1Channels: fc.option(fc.subarray(["office", "site", "social", "phone", "portal"]), { nil: undefined }),
    t2Channels: fc.option(fc.subarray(["office", "phone"]), { nil: undefined }),
    k1: fc.option(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })), { nil: undefined }),
  })
  .map(({ r1Channels, t2Channels, k1 }) => {
    const out: ObjectiveEntry[] = [];
    if (r1Channels) out.push({ unit: "R1", period: "2025-Q2", channels: r1Channels });
    if (t2Channels) out.push({ unit: "T2", period: "2025-Q2", channels: t2Channels });
    if (k1) out.push({ unit: "T1", period: "2025-Q2", indicator: "К1", met: Math.min(...k1), applicable: Math.max(...k1) });
    return out;
  });

/** The periods the properties are checked for. */
export const period = fc.constantFrom("2025-Q1", "2025-Q2", "2025-H1", "2025", "2025-04", "2025-12");
