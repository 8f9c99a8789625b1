// Request schemas of the dashboard and export routes (zod: they validate and document).
import { z } from "zod";
import { counterBases } from "../../db/index.js";
import { periodParam, unitIdParam, viewParam } from "../api-schemas.js";

/** A unit code or "country" (federal roles only). */
export const dashboardUnitParam = unitIdParam.describe("Код подразделения или country — вся страна");

export const unitKindParam = z.enum(["region", "managing", "territorial"]).describe("Вид подразделений: регионы, управляющие или территориальные ЦЗН");
export const networkParam = z.enum(["centralized", "decentralized"]).describe("Тип сети: централизованная или децентрализованная");

/** Which responses the figures count (unit managers may ask only for published). */
export const basisParam = z
  .enum(counterBases)
  .default("published")
  .describe("Какие анкеты учитывать: published — без исключённых (по умолчанию), raw — все, confirmed_pending — как если бы ожидающие отметки подтвердили");

export const ratingQuery = z.object({
  unit: dashboardUnitParam.optional().describe("Внутри какого подразделения; по умолчанию — домашнее подразделение пользователя"),
  period: periodParam,
  view: viewParam.default("combined"),
  kind: unitKindParam.optional(),
  network: networkParam.optional(),
  region: unitIdParam.optional().describe("Только подразделения этого региона (места остаются местами в рейтинге unit)"),
  columns: z.enum(["groups", "indicators"]).default("groups").describe("indicators — добавить каждой строке все показатели методики (% положительных; только соискатели или работодатели)"),
  basis: basisParam,
});

export const unitParams = z.object({ id: dashboardUnitParam });

export const unitPageQuery = z.object({ period: periodParam, view: viewParam.default("combined"), basis: basisParam });

export const trendQuery = z.object({
  view: viewParam.default("combined"),
  granularity: z.enum(["quarter", "month", "half", "year"]).default("quarter").describe("Шаг: квартал, месяц, полугодие или год"),
  count: z.coerce.number().int().min(1).max(24).default(8).describe("Сколько периодов (1–24)"),
  period: periodParam.optional().describe("Последний период ряда; по умолчанию — последний с данными"),
  measure: z
    .string()
    .regex(/^[\p{L}\p{N}_.-]{1,32}$/u, "код группы или показателя методики, либо index")
    .default("index")
    .describe("Что показывать: index — индекс (по умолчанию), код группы (доля от максимума, %) или код показателя (доля положительных, %; только соискатели или работодатели)"),
  basis: basisParam,
});

export const commentsQuery = z.object({
  period: periodParam,
  view: z.enum(["seeker", "employer"]).optional().describe("Только соискатели или только работодатели"),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe("Анкет на страницу (1–200)"),
  before: z.string().max(200).optional().describe("Продолжение: значение nextBefore предыдущей страницы"),
});
