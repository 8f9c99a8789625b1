// /api/quality: detection runs, review decisions (confirm, clear, reopen; bulk for a group), and the
// reviewer's reads (quality-review-routes.ts). Regional and federal levels only.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  decideResponseFlags,
  decideUnitFlag,
  findUnitAncestry,
  readFlagStates,
  readGroupMembers,
  UnknownFlagError,
  writeAudit,
  type Db,
  type Json,
} from "../../db/index.js";
import { decisionOutcomeSchema, decisionSchema, qualityRunSummarySchema } from "../../contract/quality.js";
import { periodParam, unitIdParam } from "../api-schemas.js";
import { canRead, type Principal } from "../auth/access.js";
import { authOf, requireAuth, requireRole, requireUnitAccess, unitNotFoundMessage } from "../auth/guards.js";
import type { ServerContext } from "../server-context.js";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors/app-errors.js";
import { activeMethodologySource } from "../methodology/active-methodology.js";
import { canDecide, deciderRoles } from "./quality-access.js";
import { qualityReviewRoutes } from "./quality-review-routes.js";
import { runQualityScan } from "./quality-scan.js";
import { defaultQualitySettings } from "./quality-settings-file.js";

const tags = ["Качество данных"];
const runBody = z.object({ period: periodParam, unit: unitIdParam.optional().describe("Поддерево; по умолчанию — вся зона доступа") });
/** The shortest reason a reviewer may give for excluding responses. */
const minExclusionNote = 3;
const decisionBody = z
  .object({
    responseIds: z.array(z.string().min(1).max(200)).min(1).max(5_000).optional().describe("Анкеты, по которым принимается решение"),
    group: z.string().min(1).max(300).optional().describe("Вся группа (всплеск, серия, копии) разом"),
    unitFlag: z.object({ unit: unitIdParam, period: periodParam }).optional().describe("Отметка подразделения"),
    decision: decisionSchema,
    note: z.string().max(2_000).optional().describe("Комментарий проверяющего"),
  })
  .refine((b) => [b.responseIds, b.group, b.unitFlag].filter((x) => x !== undefined).length === 1, "Укажите ровно одно: responseIds, group или unitFlag")
  .refine((b) => b.decision !== "confirm" || b.unitFlag !== undefined || (b.note?.trim().length ?? 0) >= minExclusionNote, {
    message: "Укажите, почему анкеты исключаются: комментарий к исключению обязателен",
    path: ["note"],
  });

/** 404 for units the principal cannot see, 403 for those it sees but may not decide (its own unit's data). */
async function assertDecidable(db: Db, principal: Principal, unitIds: Iterable<string>): Promise<void> {
  for (const unitId of new Set(unitIds)) {
    const path = await findUnitAncestry(db, unitId);
    if (!canRead(principal, path)) throw new NotFoundError(unitNotFoundMessage);
    if (!canDecide(principal, path)) throw new ForbiddenError("Решение по данным подразделения принимает вышестоящий уровень");
  }
}

/** Mounted inside the /api scope with prefix /quality. */
export const qualityRoutes: FastifyPluginAsync<{ context: ServerContext }> = async (plain, { context }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = context.database.db;
  const methodology = activeMethodologySource(db);
  const deciders = [requireAuth, requireRole(...deciderRoles)];
  // One run at a time per server: two runs over one period would race for the same flags.
  let running: Promise<unknown> = Promise.resolve();

  await app.register(qualityReviewRoutes, { db });

  app.post(
    "/runs",
    {
      schema: {
        tags,
        summary: "Запустить проверку качества данных за период (по всей стране; отметки сохраняются в зоне доступа)",
        body: runBody,
        response: { 200: qualityRunSummarySchema },
      },
      preValidation: [...deciders, requireUnitAccess(db, (request) => (request.body as { unit?: string } | undefined)?.unit)],
    },
    async (request) => {
      const { principal } = authOf(request);
      const scopeUnitId = request.body.unit ?? principal.scopeUnitId;
      const settings = defaultQualitySettings();
      const m = await methodology();
      const result = running.then(() =>
        runQualityScan(db, { period: request.body.period, scopeUnitId, startedBy: principal.userId, settings, methodology: m }),
      );
      running = result.catch(() => undefined);
      const summary = await result;
      await writeAudit(db, {
        actorId: principal.userId,
        action: "quality.run",
        entity: "quality_run",
        entityId: String(summary.runId),
        unitId: scopeUnitId,
        after: summary as unknown as Json,
      });
      return summary;
    },
  );

  app.post(
    "/decisions",
    {
      schema: {
        tags,
        summary: "Решение проверяющего: подтвердить (анкеты исключаются из расчёта), снять отметку или вернуть к рассмотрению",
        body: decisionBody,
        response: { 200: decisionOutcomeSchema },
      },
      preValidation: deciders,
    },
    async (request) => {
      const { principal } = authOf(request);
      const { decision, note } = request.body;
      if (request.body.unitFlag) {
        const { unit, period } = request.body.unitFlag;
        await assertDecidable(db, principal, [unit]);
        const before = await decideUnitFlag(db, { unitId: unit, period, decision, actorId: principal.userId, ...(note !== undefined ? { note } : {}) });
        if (before === undefined) throw new NotFoundError("Отметка не найдена");
        return {
          unitFlag: {
            unit,
            period,
            from: before,
            to: decision === "confirm" ? ("confirmed" as const) : decision === "clear" ? ("cleared" as const) : ("pending" as const),
          },
        };
      }
      const ids = request.body.group !== undefined ? await readGroupMembers(db, request.body.group) : (request.body.responseIds ?? []);
      const flags = await readFlagStates(db, ids);
      if (ids.length === 0 || flags.length < new Set(ids).size) throw new NotFoundError("Отметка не найдена");
      await assertDecidable(
        db,
        principal,
        flags.map((f) => f.unitId),
      );
      if (flags.length > 5_000) throw new ValidationError("Слишком много анкет в одном решении (не более 5000)");
      const outcome = await decideResponseFlags(db, { responseIds: ids, decision, actorId: principal.userId, ...(note !== undefined ? { note } : {}) }).catch(
        (error: unknown) => {
          // A run withdrew a pending flag between the check and the decision.
          throw error instanceof UnknownFlagError ? new NotFoundError("Отметка снята повторной проверкой") : error;
        },
      );
      return outcome;
    },
  );
};
