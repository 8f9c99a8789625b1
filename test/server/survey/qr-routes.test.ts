// QR codes and the poster over each backend: images with the right types and content, 404 for closed units.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncMethodologies } from "../../../src/cli/methodology-sync.js";
import type { Database } from "../../../src/db/index.js";
import { buildServer, loadConfig, surveyUrl, type SurveyTarget } from "../../../src/server/index.js";
import { qrSvg } from "../../../src/server/survey/qr-image.js";
import { backends, openTestDatabase } from "../../support/databases.js";

const publicUrl = "https://zvezda.example.ru";
const config = loadConfig({ LOG_LEVEL: "silent", ZVEZDA_PUBLIC_URL: publicUrl });
const pngMagic = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pages: [SurveyTarget, string][] = [
  ["start", "/s/32-02"],
  ["seeker", "/s/32-02/seeker"],
  ["employer", "/s/32-02/employer"],
];

describe.each(backends)("QR codes and poster on %s", (backend) => {
  let database: Database;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    await database.db
      .insertInto("org_units")
      .values([
        { id: "32-01", kind: "managing", name: "ГКУ «ЦЗН Брянской области»", parent_id: "32" },
        { id: "32-02", kind: "territorial", name: "ЦЗН «Клинцы» & <Север>", parent_id: "32-01" },
        { id: "32-03", kind: "territorial", name: "ЦЗН Закрытый", parent_id: "32-01", closed_at: new Date("2025-01-01T00:00:00Z") },
      ])
      .execute();
    await syncMethodologies(database.db);
    app = await buildServer({ database, config, logger: false });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it.each(pages)("serves the %s page's QR code as SVG encoding its src=qr URL", async (target, path) => {
    const response = await app.inject({ method: "GET", url: `${path}/qr.svg` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers["cache-control"]).toBe("public, max-age=86400");
    expect(response.body).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(response.body).toBe(await qrSvg(surveyUrl(publicUrl, "32-02", target, "qr"), 512));
  });

  it.each(pages)("serves the %s page's QR code as a 1024-pixel PNG", async (_target, path) => {
    const response = await app.inject({ method: "GET", url: `${path}/qr.png` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("image/png");
    expect(response.headers["cache-control"]).toBe("public, max-age=86400");
    const png = response.rawPayload;
    expect(png.subarray(0, 8).equals(pngMagic)).toBe(true);
    // IHDR: width and height right after the chunk header.
    expect(png.readUInt32BE(16)).toBe(1024);
    expect(png.readUInt32BE(20)).toBe(1024);
  });

  it.each(["/s/99-99/qr.svg", "/s/32-03/qr.png", "/s/32-03/seeker/qr.svg", "/s/99-99/employer/qr.png", "/s/32-03/poster", "/s/..%2F32-02/qr.svg"])(
    "answers %s (unknown or closed unit) with the friendly 404 page",
    async (url) => {
      const response = await app.inject({ method: "GET", url });
      expect(response.statusCode).toBe(404);
      expect(response.headers["content-type"]).toMatch(/^text\/html; charset=utf-8/);
      expect(response.headers["cache-control"]).toBeUndefined();
      expect(response.body).toContain('<html lang="ru">');
      expect(response.body).toContain("нет действующего центра занятости");
    },
  );

  it("renders a print-ready A4 poster with the centre, its region, three QR codes and the link", async () => {
    const response = await app.inject({ method: "GET", url: "/s/32-02/poster" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    const page = response.body;
    expect(page).toMatch(/^<!doctype html>\n<html lang="ru">/);
    expect(page).toContain("@page { size: A4; margin: 15mm; }");
    expect(page).toContain("@media print");
    expect(page).toContain("ЦЗН «Клинцы» &amp; &lt;Север&gt;");
    expect(page).not.toContain("<Север>");
    expect(page).toContain("Брянская область");
    expect(page).toContain("Оцените, как Вас обслужили");
    // The length the questionnaires' preambles promise («не более 10 минут»), stated once.
    expect(page).toContain("Опрос анонимный, займёт не более 10 минут.");
    expect(page).toContain(`<a class="url" href="${publicUrl}/s/32-02">${publicUrl}/s/32-02</a>`);
    expect(page.match(/<svg role="img" aria-label="QR-код [^"]+"/g)).toHaveLength(3);
    const start = await qrSvg(surveyUrl(publicUrl, "32-02", "start", "qr"));
    const seeker = await qrSvg(surveyUrl(publicUrl, "32-02", "seeker", "qr"));
    const employer = await qrSvg(surveyUrl(publicUrl, "32-02", "employer", "qr"));
    for (const svg of [start, seeker, employer]) expect(page).toContain(svg.slice("<svg ".length));
    expect(page).toContain('href="/s/32-02/qr.png"');
    expect(page).not.toMatch(/<script|onclick|javascript:/i);
  });

  it("leaves the survey's own pages to the survey", async () => {
    const response = await app.inject({ method: "GET", url: "/s/32-02/seeker/thanks" });
    expect(response.body).not.toContain("нет действующего центра занятости");
  });
});
