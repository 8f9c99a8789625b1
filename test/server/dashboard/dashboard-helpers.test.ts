// Pure helpers of the dashboard and exports: reasons apart, periods with data, file names, CSV fields.
import { describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import type { ViewResult } from "../../../src/core/index.js";
import { apartReason } from "../../../src/server/dashboard/apart-reason.js";
import { defaultPeriodOf, periodSeries, periodsWithData } from "../../../src/server/dashboard/period-list.js";
import { attachmentDisposition } from "../../../src/server/exports/content-disposition.js";
import { csvField } from "../../../src/server/exports/responses-csv.js";
import { parsePeriod } from "../../../src/core/index.js";

const m = loadDefaultMethodology();
const view = (v: ViewResult["view"], n: number, status: ViewResult["status"], groups: Record<string, number> = {}): ViewResult =>
  ({ view: v, n, status, coverage: 0, groups }) as unknown as ViewResult;

describe("apartReason", () => {
  it("names the missing groups, too few responses or none, in Russian", () => {
    const incomplete = view("seeker", 40, "incomplete", { Д: 1, П: 1, М: 1, А: 1 });
    const triple = { seeker: incomplete, employer: view("employer", 0, "empty"), combined: view("combined", 40, "empty") };
    expect(apartReason(triple, "seeker", m)).toBe("нет данных по группе «Показатели внешнего комфорта и удобства»");
    expect(apartReason({ ...triple, seeker: view("seeker", 40, "incomplete", { Д: 1, П: 1, М: 1 }) }, "seeker", m)).toBe(
      "нет данных по группам «Показатели адресности и персонализации взаимодействия с клиентом», «Показатели внешнего комфорта и удобства»",
    );
    expect(apartReason({ ...triple, employer: view("employer", 12, "insufficient") }, "employer", m)).toBe("мало ответов: 12 из 30");
    expect(apartReason(triple, "employer", m)).toBe("нет ответов");
    expect(apartReason(triple, "combined", m)).toBe("нет ответов работодателей");
    expect(apartReason({ ...triple, employer: view("employer", 12, "insufficient"), combined: view("combined", 52, "incomplete") }, "combined", m)).toBe(
      "нет данных по группе «Показатели внешнего комфорта и удобства» (соискателей)",
    );
  });
});

describe("periods", () => {
  it("lists quarters, half-years, years and months with data, newest first", () => {
    expect(periodsWithData(["2025-11", "2026-01", "2026-02"])).toEqual([
      "2026-Q1",
      "2025-Q4",
      "2026-H1",
      "2025-H2",
      "2026",
      "2025",
      "2026-02",
      "2026-01",
      "2025-11",
    ]);
    expect(defaultPeriodOf(["2025-11", "2026-02"])).toBe("2026-Q1");
    expect(defaultPeriodOf([], new Date("2025-08-10T00:00:00Z"))).toBe("2025-Q3");
    expect(periodSeries("quarter", parsePeriod("2026-Q1")!, 3)).toEqual(["2025-Q3", "2025-Q4", "2026-Q1"]);
    expect(periodSeries("month", parsePeriod("2026-01")!, 2)).toEqual(["2025-12", "2026-01"]);
  });
});

describe("export helpers", () => {
  it("gives a Russian file name by RFC 5987 with an ASCII fallback", () => {
    expect(attachmentDisposition("Рейтинг 2025-Q2.xlsx")).toBe(
      `attachment; filename="_______ 2025-Q2.xlsx"; filename*=UTF-8''%D0%A0%D0%B5%D0%B9%D1%82%D0%B8%D0%BD%D0%B3%202025-Q2.xlsx`,
    );
  });

  it("quotes CSV fields that need it and defuses formulas", () => {
    expect(csvField(9)).toBe("9");
    expect(csvField(null)).toBe("");
    expect(csvField("да; нет")).toBe('"да; нет"');
    expect(csvField('«цитата» "x"')).toBe('"«цитата» ""x"""');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("строка\nвторая")).toBe('"строка\nвторая"');
  });
});
