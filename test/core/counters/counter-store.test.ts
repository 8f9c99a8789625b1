// The counters contract: which cells a response adds, the store's sums, and computing from plain cell rows.

import { describe, expect, it } from "vitest";
import { computeFromDataset, computeIndex, CounterStore, responseCells, scoringKeys, type CounterCell, type SurveyResponse } from "../../../src/core/index.js";
import { dataset, methodology, office, region } from "../support/fixtures.js";
import { plain } from "../support/result-access.js";

const response: SurveyResponse = {
  id: "r1",
  unit: "T",
  respondent: "seeker",
  submittedAt: "2025-04-03T07:15:00Z",
  answers: { q1: 9, q4: "yes", q12: "yes", q12r: 8, q13: "yes", q13ch: "через сайт", q13r: 7, q14: "other", q14other: "МФЦ", q15office: 9 },
  comments: { q1: "спасибо" },
  profile: { gender: "female", age: "30-39", categories: ["parents_0_6", "disabled"] },
};

describe("responseCells", () => {
  const cells = responseCells(response, "Europe/Moscow", methodology);

  it("adds _n, every categorical answer and every profile choice, each with count 1", () => {
    expect(cells.map((c) => `${c.key}=${c.value}`)).toEqual([
      "_n=",
      "q1=9",
      "q4=yes",
      "q12=yes",
      "q12r=8",
      "q13=yes",
      "q13r=7",
      "q14=other",
      "q15office=9",
      "profile.gender=female",
      "profile.age=30-39",
      "profile.categories=parents_0_6",
      "profile.categories=disabled",
    ]);
    for (const c of cells) expect(c).toMatchObject({ unit: "T", month: "2025-04", view: "seeker", count: 1 });
  });

  it("never counts free text", () => {
    expect(cells.some((c) => ["q13ch", "q14other"].includes(c.key) || c.value.includes("МФЦ"))).toBe(false);
  });

  it("gives nothing for an excluded response", () => {
    expect(responseCells({ ...response, excluded: true }, "Europe/Moscow", methodology)).toEqual([]);
  });

  it("uses the region's local month", () => {
    const late = { ...response, submittedAt: "2025-04-30T21:30:00Z" };
    expect(responseCells(late, "Europe/Moscow", methodology)[0]!.month).toBe("2025-05");
    expect(responseCells(late, "Europe/Kaliningrad", methodology)[0]!.month).toBe("2025-04");
  });
});

describe("CounterStore", () => {
  it("adds and subtracts cells, and sums the months of a period", () => {
    const store = new CounterStore();
    const cell = (month: string, count: number): CounterCell => ({ unit: "T", month, view: "seeker", key: "q1", value: "9", count });
    store.addAll([cell("2025-04", 2), cell("2025-05", 3), cell("2025-07", 5)]);
    store.add(cell("2025-05", 1), -1);
    expect(store.get("T", "2025-05", "seeker", "q1", "9")).toBe(2);
    expect(store.sumPeriod("2025-Q2")).toEqual([{ unit: "T", view: "seeker", key: "q1", value: "9", count: 4 }]);
    expect(store.sumPeriod("2025")).toEqual([{ unit: "T", view: "seeker", key: "q1", value: "9", count: 9 }]);
    expect(store.months()).toEqual(["2025-04", "2025-05", "2025-07"]);
    store.add(cell("2025-07", 5), -1);
    expect([...store.cells()].map((c) => c.month)).toEqual(["2025-04", "2025-05"]);
  });

  it("addResponse adds exactly the cells responseCells lists", () => {
    const a = new CounterStore(),
      b = new CounterStore();
    a.addResponse(response, "Europe/Moscow", methodology);
    b.addAll(responseCells(response, "Europe/Moscow", methodology));
    expect([...a.cells()]).toEqual([...b.cells()]);
  });

  it("computes the same result from database-style rows as from the raw responses", () => {
    const data = dataset([region("R"), office("T", "R")], [response, { ...response, id: "r2", answers: { q1: 3 }, profile: undefined, comments: undefined }]);
    const rows = data.responses.flatMap((r) => responseCells(r, "Europe/Moscow", methodology));
    const needed = new Set(scoringKeys(methodology));
    const fetched = rows.filter((r) => needed.has(r.key));
    expect(fetched.length).toBeLessThan(rows.length);
    const fromRows = computeIndex({ methodology, units: data.units, objective: data.objective, counters: fetched, period: "2025-Q2" });
    expect(plain(fromRows)).toEqual(plain(computeFromDataset(data, methodology, "2025-Q2")));
    expect(fromRows.units.find((u) => u.id === "T" && u.view === "seeker")?.indicators?.["П1"]?.survey).toMatchObject({ positive: 1, valid: 2 });
  });

  it("accepts rows already summed over the period (no month), as a GROUP BY would return them", () => {
    const april = { ...response, id: "a" },
      june = { ...response, id: "j", submittedAt: "2025-06-20T10:00:00Z", answers: { q1: 2 } };
    const data = dataset([region("R"), office("T", "R")], [april, june]);
    const store = new CounterStore();
    for (const r of data.responses) store.addResponse(r, "Europe/Moscow", methodology);
    const summed = store.sumPeriod("2025-Q2");
    expect(summed.find((c) => c.key === "_n")?.count).toBe(2);
    const fromSums = computeIndex({ methodology, units: data.units, objective: data.objective, counters: summed, period: "2025-Q2" });
    expect(plain(fromSums)).toEqual(plain(computeFromDataset(data, methodology, "2025-Q2")));
  });
});

describe("result documents", () => {
  it("read like plain data: spread, keys, JSON, structuredClone and frozen copies all carry the indicators", () => {
    const data = dataset([region("R"), office("T", "R")], [response]);
    const doc = computeFromDataset(data, methodology, "2025-Q2");
    const t = doc.units.find((u) => u.id === "T" && u.view === "seeker")!;
    expect(Object.keys(t)).toEqual(["id", "view", "n", "coverage", "groups", "indicators", "status"]);
    expect({ ...t }.indicators?.["П1"]?.survey?.positive).toBe(1);
    expect(structuredClone(t).indicators?.["П1"]?.value).toBe(1);
    const other = computeFromDataset(data, methodology, "2025-Q2").units.find((u) => u.id === "T" && u.view === "seeker")!;
    Object.freeze(other);
    expect(other.indicators?.["П1"]?.value).toBe(1);
    expect(t.indicators).toBe(t.indicators);
  });
});
