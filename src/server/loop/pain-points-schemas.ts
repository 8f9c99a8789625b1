// Request schemas of the pain-point routes (zod: they validate and document).
import { z } from "zod";
import { periodParam, viewParam } from "../api-schemas.js";
import { dashboardUnitParam } from "../dashboard/dashboard-schemas.js";

export const painPointsQuery = z.object({
  unit: dashboardUnitParam.optional().describe("Подразделение; по умолчанию — домашнее подразделение пользователя"),
  period: periodParam,
  view: viewParam.default("combined"),
});

export const painEvidenceParams = z.object({ indicator: z.string().min(1).max(16).describe("Код показателя (М6, К1, …)") });

export const heatmapQuery = z.object({
  unit: dashboardUnitParam.describe("Регион или управляющий ЦЗН"),
  period: periodParam,
  view: viewParam.default("combined"),
});

export const countryPainQuery = z.object({ period: periodParam, view: viewParam.default("combined") });
