// Exports: the rating and passport XLSX re-read with exceljs equal the JSON API; the responses CSV streams every response once.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { roundHalfUp, type SurveyResponse } from "../../../src/core/index.js";
import type { RatingResponse, UnitPage } from "../../../src/contract/dashboard.js";
import { indicatorHeaders } from "../../../src/server/exports/passport-workbook.js";
import { ratingHeaders } from "../../../src/server/exports/rating-workbook.js";
import { signIn, startAuthServer, type TestLogin } from "../../support/auth-server.js";
import { seedDashboardData } from "../../support/dashboard-data.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";

const m = loadDefaultMethodology();
const round = (x: number | undefined) => (x === undefined ? null : roundHalfUp(x, 2));
/** A row with the empty cells exceljs leaves out at its end. */
const padded = (row: unknown[] | undefined, width: number): unknown[] => [...(row ?? []), ...Array<null>(Math.max(0, width - (row?.length ?? 0))).fill(null)];

async function readSheet(body: Buffer, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as unknown[];
    rows.push(Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => values[i + 1] ?? null));
  });
  return rows;
}

/** Splits a `;` CSV (quoted fields may hold `;`, quotes and line breaks) into rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [],
    field = "",
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (c !== "\r") field += c;
  }
  return rows;
}

describe.each(backends)("exports on %s", (backend) => {
  let server: SurveyServer;
  let responses: SurveyResponse[];
  const cookies = new Map<string, string>();
  beforeAll(async () => {
    server = await startAuthServer(backend, { loginRateLimit: { max: 1000, timeWindowMs: 60_000 } });
    responses = await seedDashboardData(server.database.db);
  });
  afterAll(async () => server?.close());

  const get = async (login: TestLogin, url: string) => {
    if (!cookies.has(login)) cookies.set(login, (await signIn(server.app, login)).cookie);
    return server.app.inject({ method: "GET", url, headers: { cookie: cookies.get(login) as string } });
  };

  it("writes the rating as XLSX with the JSON API's values rounded to 2 decimals, numbers as numbers", async () => {
    const query = "period=2025-Q2&view=seeker&kind=territorial";
    const rating = (await get("fadmin", `/api/dashboard/rating?${query}`)).json<RatingResponse>();
    const response = await get("fadmin", `/api/exports/rating.xlsx?${query}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    expect(String(response.headers["content-disposition"])).toMatch(/^attachment; filename="[^"]+\.xlsx"; filename\*=UTF-8''%D0%A0%D0%B5%D0%B9/);
    const rows = await readSheet(response.rawPayload, "Рейтинг");
    expect(rows[1]).toEqual(ratingHeaders(m));
    const listed = [...rating.rows, ...rating.apart];
    expect(rows.slice(2)).toHaveLength(listed.length);
    listed.forEach((row, i) => {
      const line = padded(rows[i + 2], ratingHeaders(m).length);
      const f = row.figures;
      expect(line.slice(0, 11)).toEqual([
        row.rankInList ?? null,
        f.rank ?? null,
        row.name,
        row.id,
        round(f.index),
        round(f.percent),
        f.stars ?? null,
        f.n,
        round(f.ci?.[0]),
        round(f.ci?.[1]),
        round(row.change),
      ]);
      expect(line.slice(11, 16)).toEqual(m.groups.map((g) => round(f.groups[g.code])));
      expect(line[16]).toBe(row.reason ?? "в рейтинге");
    });
    expect(typeof (rows[2] as unknown[])[4]).toBe("number");
  });

  it("writes a unit's passport with the star values and the 20 indicators of the unit page", async () => {
    const page = (await get("radmin", "/api/dashboard/unit/32-01?period=2025-Q2&view=seeker")).json<UnitPage>();
    const response = await get("radmin", "/api/exports/unit/32-01/passport.xlsx?period=2025-Q2&view=seeker");
    expect(response.statusCode).toBe(200);
    const passport = await readSheet(response.rawPayload, "Паспорт");
    expect(padded(passport[2], 4)).toEqual(["Индекс (0–50)", round(page.figures.index), round(page.country.index), round(page.previous?.index)]);
    expect(padded(passport[4], 4)).toEqual(["Звёзды", page.figures.stars, page.country.stars, page.previous?.stars]);
    expect(padded(passport[5], 4)).toEqual(["Ответов (n)", page.figures.n, page.country.n, page.previous?.n]);
    const indicators = await readSheet(response.rawPayload, "Показатели");
    expect(indicators[0]).toEqual([...indicatorHeaders]);
    expect(indicators.slice(1)).toHaveLength(20);
    page.indicators.forEach((row, i) => {
      expect(padded(indicators[i + 1], indicatorHeaders.length)).toEqual([
        row.code,
        row.name,
        row.group,
        row.max,
        round(row.value),
        round(row.points),
        round(row.survey?.share),
        row.survey?.valid ?? null,
        round(row.survey?.ci[0]),
        round(row.survey?.ci[1]),
        round(row.objective),
        round(row.country),
      ]);
    });
    const combined = await get("radmin", "/api/exports/unit/32/passport.xlsx?period=2025-Q2");
    expect((await readSheet(combined.rawPayload, "Показатели — работодатели")).slice(1)).toHaveLength(20);
    expect((await get("radmin", "/api/exports/unit/25-01/passport.xlsx?period=2025-Q2")).statusCode).toBe(404);
  });

  it("streams every response of the period and scope once as CSV for Russian Excel", async () => {
    const response = await get("radmin", "/api/exports/responses.csv?period=2025-Q2");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(String(response.headers["content-disposition"])).toContain("filename*=UTF-8''");
    const text = response.body;
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(text.slice(1));
    const header = rows[0] as string[];
    expect(header.slice(0, 7)).toEqual(["id", "unit", "respondent", "submittedAt", "channel", "durationSec", "excluded"]);
    expect(header).toContain("q15phone");
    expect(header).toContain("comment_suggestions");
    expect(header.some((h) => /device|ip/i.test(h))).toBe(false);
    const expected = responses.filter((r) => r.id.startsWith("t-2025-Q2-32-"));
    const ids = rows.slice(1).map((r) => r[0]);
    expect(ids.sort()).toEqual(expected.map((r) => r.id).sort());
    expect(rows.slice(1).every((r) => r.length === header.length)).toBe(true);
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    for (const r of expected) {
      const line = byId.get(r.id) as string[];
      expect(line[1]).toBe(r.unit);
      expect(line[header.indexOf("q1")]).toBe(r.answers["q1"] === undefined ? "" : String(r.answers["q1"]));
      expect(line[header.indexOf("comment_suggestions")]).toBe(r.comments?.["suggestions"] ?? "");
    }
    const own = parseCsv((await get("umanager", "/api/exports/responses.csv?period=2025-Q2")).body.slice(1));
    expect(new Set(own.slice(1).map((r) => r[1]))).toEqual(new Set(["32-01"]));
    expect((await get("umanager", "/api/exports/responses.csv?period=2025-Q2&unit=32-03")).statusCode).toBe(404);
    const all = parseCsv((await get("fadmin", "/api/exports/responses.csv?period=2025-Q2&unit=country")).body.slice(1));
    expect(all.length - 1).toBe(responses.filter((r) => r.id.startsWith("t-2025-Q2-")).length);
  });

  it("refuses a bad period with a Russian 400", async () => {
    for (const url of ["/api/exports/responses.csv?period=весна", "/api/exports/rating.xlsx?period=2025-Q9", "/api/exports/unit/32/passport.xlsx"]) {
      const response = await get("fadmin", url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.message).toMatch(/[а-яё]/i);
    }
  });
});
