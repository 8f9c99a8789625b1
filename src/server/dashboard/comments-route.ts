// GET /api/dashboard/unit/:id/comments: free-text comments of the subtree's responses in a period, newest first.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { parsePeriod, periodMonths, type Period } from "../../core/index.js";
import { readCommentedResponses, type CommentCursor } from "../../db/index.js";
import { authOf, requireAuth } from "../auth/guards.js";
import type { ServerContext } from "../server-context.js";
import { BadRequestError } from "../errors/app-errors.js";
import { commentedAnswer, commentQuestions } from "./comment-questions.js";
import { requireDashboardUnit, resolveTarget } from "./dashboard-scope.js";
import { commentsQuery, unitParams } from "./dashboard-schemas.js";
import { commentsResponseSchema, type CommentsResponse } from "../../contract/dashboard.js";
import { unitRef } from "./figures.js";

/** `ISO` or `ISO|responseId` (what nextBefore gives), else a Russian 400. */
export function parseCommentCursor(text: string): CommentCursor {
  const bar = text.indexOf("|");
  const at = new Date(bar < 0 ? text : text.slice(0, bar));
  if (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    throw new BadRequestError("Параметр before: ожидается момент времени ISO 8601 (значение nextBefore предыдущей страницы)");
  }
  return bar < 0 ? { at } : { at, id: text.slice(bar + 1) };
}

export const commentsRoute: FastifyPluginAsync<{ context: ServerContext }> = async (plain, { context }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const { results, database } = context;
  app.get(
    "/unit/:id/comments",
    {
      schema: {
        tags: ["Панель"],
        summary: "Комментарии анкет подразделения за период (сначала новые, по страницам)",
        params: unitParams,
        querystring: commentsQuery,
        response: { 200: commentsResponseSchema },
      },
      preValidation: [
        requireAuth,
        requireDashboardUnit(
          database.db,
          () => results.units(),
          (request) => (request.params as { id: string }).id,
        ),
      ],
    },
    async (request): Promise<CommentsResponse> => {
      const { period, view, limit, before } = request.query;
      const cursor = before === undefined ? undefined : parseCommentCursor(before);
      const [directory, m] = await Promise.all([results.units(), results.methodology()]);
      const target = resolveTarget(authOf(request).principal, directory, request.params.id);
      const unitIds = target.unit ? [target.unit.id, ...directory.descendants(target.unit.id).map((u) => u.id)] : undefined;
      const rows = await readCommentedResponses(database.db, {
        unitIds,
        months: periodMonths(parsePeriod(period) as Period),
        respondent: view,
        before: cursor,
        limit,
      });
      const comments: CommentsResponse["comments"] = [];
      for (const r of rows) {
        const questions = commentQuestions(m, r.respondent);
        const unit = directory.byId.get(r.unitId);
        for (const [key, text] of Object.entries(r.comments)) {
          if (typeof text !== "string" || text.trim() === "") continue;
          const question = questions.get(key);
          const answer = commentedAnswer(question, r.answers);
          comments.push({
            responseId: r.id,
            submittedAt: r.submittedAt.toISOString(),
            unit: unit ? unitRef(unit) : { id: r.unitId, kind: "territorial", name: r.unitId },
            respondent: r.respondent,
            question: key,
            questionText: question?.text ?? key,
            ...(answer !== undefined ? { answer } : {}),
            text,
          });
        }
      }
      const tail = rows[rows.length - 1];
      return { comments, ...(rows.length === limit && tail ? { nextBefore: `${tail.submittedAt.toISOString()}|${tail.id}` } : {}) };
    },
  );
};
