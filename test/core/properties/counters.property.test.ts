// Properties of counters and pooling: counters equal a recount of raw responses, order never matters, n adds up,
// removing what was added restores the counters, and a positive answer never lowers a share.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeFromDataset,
  computeIndex,
  CounterStore,
  parsePeriod,
  periodMonths,
  responseCells,
  type Dataset,
  type ResultDocument,
  type SurveyResponse,
  type View,
} from "../../../src/core/index.js";
import { dataset, methodology } from "../support/fixtures.js";
import { entry, plain } from "../support/result-access.js";
import { objective, period, response, responseList, scaleKeys, timezoneOf, units } from "./arbitraries.js";

const runs = { numRuns: 60 };
const children: Record<string, string[]> = { R1: ["M1"], M1: ["T1", "T2"], T1: [], T2: [], R2: ["T3"], T3: [] };
const subtree = (id: string | undefined): string[] => (id === undefined ? ["R1", "R2"].flatMap(subtree) : [id, ...(children[id] ?? []).flatMap(subtree)]);

/** The local month of an instant, by an independent route (Intl's own formatting). */
const localMonth = (iso: string, zone: string): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit" }).format(new Date(iso)).slice(0, 7);

function recount(rs: readonly SurveyResponse[], unitId: string | undefined, view: View, p: string): { n: number; positive: number; valid: number } {
  const months = new Set(periodMonths(parsePeriod(p)!));
  const inScope = rs.filter(
    (r) => !r.excluded && r.respondent === view && subtree(unitId).includes(r.unit) && months.has(localMonth(r.submittedAt, timezoneOf[r.unit]!)),
  );
  const answered = inScope.map((r) => r.answers["q10"]).filter((v): v is number => typeof v === "number");
  return { n: inScope.length, positive: answered.filter((v) => v >= 8).length, valid: answered.length };
}

const build = (rs: SurveyResponse[], entries: Dataset["objective"] = []): Dataset => dataset(units, rs, [...entries]);

describe("counter properties", () => {
  it("counters give the same figures as a recount of the raw responses", () => {
    fc.assert(
      fc.property(responseList(40), period, (rs, p) => {
        const doc = computeFromDataset(build(rs), methodology, p);
        for (const id of ["R1", "M1", "T1", "T3", "R2", undefined]) {
          for (const view of ["seeker", "employer"] as const) {
            const e = entry(doc, id, view);
            const want = recount(rs, id, view, p);
            expect(e.n).toBe(want.n);
            const d1 = e.indicators?.["Д1"]?.survey;
            expect(d1 ? { positive: d1.positive, valid: d1.valid } : { positive: 0, valid: 0 }).toEqual({ positive: want.positive, valid: want.valid });
          }
        }
      }),
      runs,
    );
  });

  it("counter cells (the database contract) and the store's fast path compute the same document", () => {
    fc.assert(
      fc.property(responseList(30), objective, period, (rs, entries, p) => {
        const data = build(rs, entries);
        const cells = data.responses.flatMap((r) => responseCells(r, timezoneOf[r.unit]!, methodology));
        const viaCells = computeIndex({ methodology, units: data.units, objective: data.objective, counters: cells, period: p });
        expect(plain(viaCells)).toEqual(plain(computeFromDataset(data, methodology, p)));
      }),
      { numRuns: 40 },
    );
  });

  it("the order of responses does not matter", () => {
    fc.assert(
      fc.property(responseList(30), objective, period, fc.integer(), (rs, entries, p, seed) => {
        const shuffled = [...rs];
        let state = seed >>> 0;
        for (let i = shuffled.length - 1; i > 0; i--) {
          state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
          const j = state % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        expect(plain(computeFromDataset(build(shuffled, entries), methodology, p))).toEqual(plain(computeFromDataset(build(rs, entries), methodology, p)));
      }),
      { numRuns: 40 },
    );
  });

  it("a unit's n is its own responses plus its children's n", () => {
    fc.assert(
      fc.property(responseList(40), period, (rs, p) => {
        const doc: ResultDocument = computeFromDataset(build(rs), methodology, p);
        const months = new Set(periodMonths(parsePeriod(p)!));
        for (const view of ["seeker", "employer"] as const) {
          for (const u of units) {
            const own = rs.filter(
              (r) => r.unit === u.id && r.respondent === view && !r.excluded && months.has(localMonth(r.submittedAt, timezoneOf[r.unit] ?? "Europe/Moscow")),
            ).length;
            const fromChildren = (children[u.id] ?? []).reduce((s, c) => s + entry(doc, c, view).n, 0);
            expect(entry(doc, u.id, view).n).toBe(own + fromChildren);
          }
          expect(entry(doc, undefined, view).n).toBe(entry(doc, "R1", view).n + entry(doc, "R2", view).n);
        }
      }),
      runs,
    );
  });

  it("removing what was added restores the counters exactly", () => {
    fc.assert(
      fc.property(responseList(20), response, (base, extra) => {
        const data = build([...base, { ...extra, id: "extra", excluded: false }]);
        const x = data.responses[data.responses.length - 1]!;
        const store = new CounterStore();
        for (const r of data.responses.slice(0, -1)) store.addResponse(r, timezoneOf[r.unit]!, methodology);
        const before = [...store.cells()];
        store.addResponse(x, timezoneOf[x.unit]!, methodology);
        expect([...store.cells()]).not.toEqual(before);
        store.addAll(responseCells(x, timezoneOf[x.unit]!, methodology), -1);
        expect([...store.cells()]).toEqual(before);
      }),
      runs,
    );
  });

  it("adding a response with every answer positive never lowers a share along its path", () => {
    const path: Record<string, string[]> = { M1: ["M1", "R1"], T1: ["T1", "M1", "R1"], T2: ["T2", "M1", "R1"], T3: ["T3", "R2"] };
    const scaleIndicators = methodology.indicators.filter((i) => i.survey?.kind === "scaleShare").map((i) => i.code);
    fc.assert(
      fc.property(responseList(30), fc.constantFrom("M1", "T1", "T2", "T3"), fc.constantFrom("seeker" as const, "employer" as const), (rs, unit, view) => {
        const positive: SurveyResponse = {
          id: "plus",
          unit,
          respondent: view,
          submittedAt: "2025-05-15T03:00:00Z",
          answers: { ...Object.fromEntries(scaleKeys.map((k) => [k, 10])), q12: "yes", q12r: 10, q13: "yes", q13r: 10 },
        };
        const before = computeFromDataset(build(rs), methodology, "2025-Q2");
        const after = computeFromDataset(build([...rs, positive]), methodology, "2025-Q2");
        for (const id of [...path[unit]!, undefined]) {
          for (const code of scaleIndicators) {
            const was = entry(before, id, view).indicators?.[code]?.survey;
            const now = entry(after, id, view).indicators?.[code]?.survey;
            expect(now).toBeDefined();
            if (was) expect(now!.positive / now!.valid).toBeGreaterThanOrEqual(was.positive / was.valid);
          }
        }
      }),
      runs,
    );
  });
});
