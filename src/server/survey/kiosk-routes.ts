// The office kiosk: `/k/<token>` opens the survey of the kiosk's unit; submissions are keyed by the
// kiosk and a client-made idempotency key, so a queue sent again after a lost connection counts once.
import { randomBytes } from "node:crypto";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { View } from "../../core/index.js";
import { findKioskByToken, touchKiosk, type SurveyUnit } from "../../db/index.js";
import type { ServerContext } from "../server-context.js";
import { BadRequestError, NotFoundError, TooManyRequestsError } from "../errors/app-errors.js";
import { cachedSurveyUnits } from "./survey-unit-cache.js";
import { activeMethodologySource } from "../methodology/active-methodology.js";
import { acceptSubmission } from "./accept-submission.js";
import { kioskDeviceKey } from "./device-key.js";
import { readSubmission, refusedState, type FormBody } from "./read-submission.js";
import { sendHtml } from "./html-reply.js";
import { useStrictFormBody } from "../input-policy/strict-form-body.js";
import { renderFormPage } from "./render/form-page.js";
import { emptyFormState, type FormState } from "./render/form-state.js";
import { renderKioskPage } from "./render/kiosk-page.js";
import { renderUnitNotFoundPage } from "./render/unit-not-found-page.js";
import { bodyLimitBytes, kioskIdleSeconds, submissionsPerKioskHour } from "./survey-limits.js";

type Params = { token: string; view?: string };
const views: readonly View[] = ["seeker", "employer"];
const keyPattern = /^[A-Za-z0-9_-]{16,64}$/;
const newKey = () => randomBytes(16).toString("hex");
const maxQueueAgeMs = 7 * 24 * 3600 * 1000;

/** When the visitor pressed «Отправить»: the kiosk's clock if plausible (queued offline), else now. */
function submittedAt(clientTime: string | undefined, now: Date): Date {
  const t = clientTime ? Date.parse(clientTime) : NaN;
  return Number.isFinite(t) && t <= now.getTime() + 5 * 60_000 && now.getTime() - t <= maxQueueAgeMs ? new Date(Math.min(t, now.getTime())) : now;
}

/** Registers /k/<token> routes. */
export async function kioskRoutes(app: FastifyInstance, options: { context: ServerContext }): Promise<void> {
  const db = options.context.database.db;
  const methodology = activeMethodologySource(db);
  const findSurveyUnit = cachedSurveyUnits(db);
  useStrictFormBody(app, bodyLimitBytes);
  await app.register(rateLimit, { global: false, errorResponseBuilder: () => new TooManyRequestsError() });

  const html = (reply: FastifyReply, status: number, body: string) => sendHtml(reply.header("referrer-policy", "no-referrer"), status, body);

  async function kioskOr404(token: string, reply: FastifyReply): Promise<{ id: string; unit: SurveyUnit; home: string } | undefined> {
    const kiosk = await findKioskByToken(db, token);
    const unit = kiosk && (await findSurveyUnit(kiosk.unitId));
    if (!kiosk || !unit) {
      void html(reply, 404, renderUnitNotFoundPage());
      return undefined;
    }
    return { id: kiosk.id, unit, home: `/k/${encodeURIComponent(token)}` };
  }
  const viewOf = (params: Params): View => {
    const view = views.find((v) => v === params.view);
    if (!view) throw new NotFoundError();
    return view;
  };

  app.get<{ Params: Params; Querystring: { sent?: string } }>("/k/:token", async (request, reply) => {
    const kiosk = await kioskOr404(request.params.token, reply);
    if (!kiosk) return reply;
    await touchKiosk(db, kiosk.id);
    const m = await methodology();
    return html(
      reply,
      200,
      renderKioskPage({
        unit: kiosk.unit,
        methodology: m,
        home: kiosk.home,
        idleSeconds: kioskIdleSeconds,
        keys: { seeker: newKey(), employer: newKey() },
        sent: request.query.sent === "1",
      }),
    );
  });

  async function showForm(reply: FastifyReply, status: number, kiosk: { unit: SurveyUnit; home: string }, view: View, key: string, state: FormState) {
    const m = await methodology();
    return html(
      reply,
      status,
      renderFormPage({
        unit: kiosk.unit,
        view,
        form: m.forms[view],
        scale: m.scale,
        action: `${kiosk.home}/${view}`,
        token: key,
        state,
        kiosk: { home: kiosk.home, idleSeconds: kioskIdleSeconds },
        hidden: ["duration", "clientTime"],
      }),
    );
  }

  app.get<{ Params: Params }>("/k/:token/:view", async (request, reply) => {
    const view = viewOf(request.params);
    const kiosk = await kioskOr404(request.params.token, reply);
    if (!kiosk) return reply;
    return showForm(reply, 200, kiosk, view, newKey(), emptyFormState);
  });

  app.post<{ Params: Params; Body: FormBody }>(
    "/k/:token/:view",
    {
      bodyLimit: bodyLimitBytes,
      config: { rateLimit: { max: submissionsPerKioskHour, timeWindow: "1 hour", keyGenerator: (r) => `kiosk:${(r.params as Params).token}` } },
    },
    async (request, reply) => {
      const view = viewOf(request.params);
      const kiosk = await kioskOr404(request.params.token, reply);
      if (!kiosk) return reply;
      const body = (request.body ?? {}) as FormBody;
      const key = typeof body["token"] === "string" ? body["token"] : "";
      if (!keyPattern.test(key)) throw new BadRequestError("Анкета отправлена без ключа: обновите страницу киоска");
      const m = await methodology();
      const read = readSubmission(m.forms[view], m.scale, body, ["token", "duration", "clientTime"]);
      if (!read.ok) {
        return showForm(reply, 400, kiosk, view, key, refusedState(read));
      }
      const duration = Number(typeof body["duration"] === "string" ? body["duration"] : "");
      const clientTime = typeof body["clientTime"] === "string" ? body["clientTime"] : undefined;
      await acceptSubmission(read.submission, {
        writer: options.context.responses,
        methodology: m,
        unit: kiosk.unit,
        view,
        channel: "kiosk",
        device: kioskDeviceKey(kiosk.id),
        idempotencyKey: `k:${kiosk.id}:${key}`,
        durationSec: Number.isInteger(duration) && duration >= 0 && duration <= 86_400 && body["duration"] !== "" ? duration : null,
        submittedAt: submittedAt(clientTime, new Date()),
      });
      return reply.redirect(`${kiosk.home}?sent=1`, 303);
    },
  );
}
