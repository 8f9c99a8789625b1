// GET /api/voice/summary: a unit's themes in a period with their trend and «новые темы периода».
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { periodMonths } from "../../core/index.js";
import { tallyThemes, themeMonths } from "../../db/index.js";
import { authOf, requireAuth } from "../auth/guards.js";
import type { ServerContext } from "../server-context.js";
import { requireDashboardUnit } from "../dashboard/dashboard-scope.js";
import { assembleThemeSummary, trailingPeriods } from "./theme-summary.js";
import { voiceBasis } from "./voice-context.js";
import { voiceFilterOf } from "./voice-filter.js";
import { voiceSummaryQuery } from "./voice-schemas.js";
import { unitThemeSummarySchema, type UnitThemeSummary } from "../../contract/voice-texts.js";

export const voiceSummaryRoute: FastifyPluginAsync<{ context: ServerContext }> = async (plain, { context }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const { results, database } = context;
  app.get(
    "/summary",
    {
      schema: {
        tags: ["Голос клиента"],
        summary: "Темы текстов подразделения за период: число, доля, доля среди негативных, динамика, новые темы периода",
        querystring: voiceSummaryQuery,
        response: { 200: unitThemeSummarySchema },
        description:
          "Тексты исключённых анкет не учитываются. Новая тема периода — доля выросла значимо (односторонний z-тест двух долей, поправка Бенджамини–Хохберга 5 %, не меньше 5 текстов, рост в 1,5 раза).",
      },
      preValidation: [
        requireAuth,
        requireDashboardUnit(
          database.db,
          () => results.units(),
          (request: FastifyRequest) => (request.query as { unit?: string }).unit,
        ),
      ],
    },
    async (request): Promise<UnitThemeSummary> => {
      const basis = await voiceBasis(results);
      const { filter, period, target } = voiceFilterOf(request.query, authOf(request).principal, basis.directory, basis.methodology, basis.taxonomy);
      const periods = trailingPeriods(period, request.query.trend);
      const [tally, months] = await Promise.all([
        tallyThemes(database.db, filter),
        themeMonths(database.db, { ...filter, months: periods.flatMap((p) => periodMonths(p)) }),
      ]);
      return { unit: target.ref, ...assembleThemeSummary(basis.taxonomy, periods, tally, months) };
    },
  );
};
