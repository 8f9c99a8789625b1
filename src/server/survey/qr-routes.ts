// QR codes (SVG, PNG) of a unit's survey pages and its printable A4 poster, under /s/<unit>/.
import type { FastifyPluginAsync } from "fastify";
import { findSurveyUnit, findUnitRegion, type Database, type SurveyUnit } from "../../db/index.js";
import type { ServerConfig } from "../config.js";
import { NotFoundError } from "../errors/app-errors.js";
import { qrPng, qrSvg } from "./qr-image.js";
import { activeMethodologySource } from "../methodology/active-methodology.js";
import { statedMinutes } from "./render/form-wording.js";
import { renderPosterPage } from "./render/poster-page.js";
import { qrImagePath, surveyTargets, surveyUrl, typedSurveyUrl, type SurveyTarget } from "./survey-links.js";

export interface QrRoutesOptions {
  database: Database;
  config: ServerConfig;
}

/** QR images change only with the unit code and the public URL: let browsers and proxies keep them a day. */
const imageCaching = "public, max-age=86400";
// The shape org_units.id allows; anything else cannot be a unit, so no query is made.
const unitCode = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/;

type UnitParams = { Params: { unit: string } };

/**
 * `GET /s/:unit/qr.svg|png` (start page), `/s/:unit/seeker/qr.svg|png`, `/s/:unit/employer/qr.svg|png`
 * and `GET /s/:unit/poster`. The codes encode the pages with `src=qr`. An unknown or closed unit
 * gets the catalogue's 404 (the friendly HTML page).
 */
export const qrRoutes: FastifyPluginAsync<QrRoutesOptions> = async (app, { database, config }) => {
  const methodology = activeMethodologySource(database.db);
  async function openUnit(code: string): Promise<SurveyUnit> {
    const unit = unitCode.test(code) ? await findSurveyUnit(database.db, code) : undefined;
    if (!unit) throw new NotFoundError("По этому адресу нет действующего центра занятости: возможно, в адресе опечатка или центр закрыт.");
    return unit;
  }
  const qrText = (unit: SurveyUnit, target: SurveyTarget) => surveyUrl(config.publicUrl, unit.id, target, "qr");
  const fileName = (unit: SurveyUnit, target: SurveyTarget, format: string) =>
    `inline; filename="zvezda-qr-${unit.id}${target === "start" ? "" : `-${target}`}.${format}"`;

  for (const target of surveyTargets) {
    const page = target === "start" ? "/s/:unit" : `/s/:unit/${target}`;
    app.get<UnitParams>(`${page}/qr.svg`, async (request, reply) => {
      const unit = await openUnit(request.params.unit);
      const svg = await qrSvg(qrText(unit, target), 512);
      return reply
        .type("image/svg+xml; charset=utf-8")
        .header("cache-control", imageCaching)
        .header("content-disposition", fileName(unit, target, "svg"))
        .send(svg);
    });
    app.get<UnitParams>(`${page}/qr.png`, async (request, reply) => {
      const unit = await openUnit(request.params.unit);
      const png = await qrPng(qrText(unit, target));
      return reply
        .type("image/png")
        .header("cache-control", imageCaching)
        .header("content-disposition", fileName(unit, target, "png"))
        .send(png);
    });
  }

  app.get<UnitParams>("/s/:unit/poster", async (request, reply) => {
    const unit = await openUnit(request.params.unit);
    const [m, region, start, seeker, employer] = await Promise.all([
      methodology(),
      findUnitRegion(database.db, unit.id),
      qrSvg(qrText(unit, "start")),
      qrSvg(qrText(unit, "seeker")),
      qrSvg(qrText(unit, "employer")),
    ]);
    const page = renderPosterPage({
      unit,
      regionName: region?.name,
      typedUrl: typedSurveyUrl(config.publicUrl, unit.id, "start"),
      qr: { start, seeker, employer },
      minutes: statedMinutes([m.forms.seeker, m.forms.employer]),
      downloads: { svg: qrImagePath(unit.id, "start", "svg"), png: qrImagePath(unit.id, "start", "png") },
    });
    return reply.type("text/html; charset=utf-8").send(page);
  });
};

export default qrRoutes;
