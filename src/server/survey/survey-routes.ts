// The public survey: start page, questionnaires, submission, thanks — server-rendered, no JS needed.
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { View } from "../../core/index.js";
import { type ResponseChannel, type SurveyUnit } from "../../db/index.js";
import type { ServerContext } from "../server-context.js";
import { NotFoundError } from "../errors/app-errors.js";
import { cachedSurveyUnits } from "./survey-unit-cache.js";
import { activeMethodologySource } from "../methodology/active-methodology.js";
import { acceptSubmission } from "./accept-submission.js";
import { browserDeviceKey } from "./device-key.js";
import { issueFormToken, verifyFormToken } from "./form-token.js";
import { readSubmission, refusedState, type FormBody } from "./read-submission.js";
import { sendHtml } from "./html-reply.js";
import { useStrictFormBody } from "../input-policy/strict-form-body.js";
import { emptyFormState, type FormState } from "./render/form-state.js";
import { renderFormPage } from "./render/form-page.js";
import { statedMinutes } from "./render/form-wording.js";
import { renderStartPage } from "./render/start-page.js";
import { renderThanksPage } from "./render/thanks-page.js";
import { renderUnitNotFoundPage } from "./render/unit-not-found-page.js";
import { surveyAssetRoutes } from "./survey-assets.js";
import { bodyLimitBytes, submissionsPerAddress, submissionsPerDeviceHour } from "./survey-limits.js";
import { submissionLimitHook, type AddressLimits } from "./address-limits.js";

const views: readonly View[] = ["seeker", "employer"];
type Params = { unit: string; view?: string };

/** The collection channel named by `?src=`: QR codes say `qr`, everything else is a link. */
function channelOf(request: FastifyRequest): ResponseChannel {
  return (request.query as { src?: string }).src === "qr" ? "qr" : "link";
}

/** Registers the public survey routes under /s. */
export async function surveyRoutes(app: FastifyInstance, options: { context: ServerContext; addressLimits?: AddressLimits }): Promise<void> {
  const { database, secret } = options.context;
  const db = database.db;
  const methodology = activeMethodologySource(db);
  const findSurveyUnit = cachedSurveyUnits(db);
  useStrictFormBody(app, bodyLimitBytes);
  // Only for its limiters (submissionLimitHook): no route is limited by the plugin itself.
  await app.register(rateLimit, { global: false });
  await app.register(surveyAssetRoutes);

  // Asked by the rate limit and then by the handler: hashed once per request.
  const devices = new WeakMap<FastifyRequest, string>();
  const deviceOf = (request: FastifyRequest) => {
    let key = devices.get(request);
    if (key === undefined) devices.set(request, (key = browserDeviceKey(secret, request.headers["user-agent"] ?? "", request.ip)));
    return key;
  };

  async function unitOr404(id: string, reply: FastifyReply): Promise<SurveyUnit | undefined> {
    const unit = await findSurveyUnit(id);
    if (!unit) void sendHtml(reply, 404, renderUnitNotFoundPage());
    return unit;
  }
  function viewOf(params: Params): View {
    const view = views.find((v) => v === params.view);
    if (!view) throw new NotFoundError();
    return view;
  }

  async function showForm(reply: FastifyReply, status: number, unit: SurveyUnit, view: View, channel: ResponseChannel, token: string, state: FormState) {
    const m = await methodology();
    const action = `/s/${encodeURIComponent(unit.id)}/${view}${channel === "qr" ? "?src=qr" : ""}`;
    return sendHtml(reply, status, renderFormPage({ unit, view, form: m.forms[view], scale: m.scale, action, token, state }));
  }

  app.get<{ Params: Params }>("/s/:unit", async (request, reply) => {
    const unit = await unitOr404(request.params.unit, reply);
    if (!unit) return reply;
    const suffix = channelOf(request) === "qr" ? "?src=qr" : "";
    const base = `/s/${encodeURIComponent(unit.id)}`;
    const m = await methodology();
    return sendHtml(
      reply,
      200,
      renderStartPage(unit, { seeker: `${base}/seeker${suffix}`, employer: `${base}/employer${suffix}` }, statedMinutes([m.forms.seeker, m.forms.employer])),
    );
  });

  app.get<{ Params: Params }>("/s/:unit/:view", async (request, reply) => {
    const view = viewOf(request.params);
    const unit = await unitOr404(request.params.unit, reply);
    if (!unit) return reply;
    return showForm(reply, 200, unit, view, channelOf(request), issueFormToken(secret, unit.id, view), emptyFormState);
  });

  app.post<{ Params: Params; Body: FormBody }>(
    "/s/:unit/:view",
    {
      bodyLimit: bodyLimitBytes,
      onRequest: submissionLimitHook(app, {
        secret,
        limits: options.addressLimits ?? submissionsPerAddress,
        perDeviceHour: submissionsPerDeviceHour,
        deviceOf,
      }),
    },
    async (request, reply) => {
      const view = viewOf(request.params);
      const unit = await unitOr404(request.params.unit, reply);
      if (!unit) return reply;
      const m = await methodology();
      const body = (request.body ?? {}) as FormBody;
      const channel = channelOf(request);
      const token = typeof body["token"] === "string" ? body["token"] : "";
      const checked = verifyFormToken(secret, token, unit.id, view);
      const read = readSubmission(m.forms[view], m.scale, body, ["token"]);
      if (!checked.ok) {
        const formError =
          checked.reason === "expired"
            ? "Время заполнения анкеты истекло. Проверьте ответы и отправьте анкету ещё раз."
            : "Не удалось проверить анкету: обновите страницу и отправьте анкету ещё раз. Ваши ответы сохранены ниже.";
        const errors = read.ok ? new Map<string, string>() : read.errors;
        return showForm(reply, 400, unit, view, channel, issueFormToken(secret, unit.id, view), { values: read.values, errors, formError });
      }
      if (!read.ok) {
        return showForm(reply, 400, unit, view, channel, token, refusedState(read));
      }
      const now = new Date();
      await acceptSubmission(read.submission, {
        writer: options.context.responses,
        methodology: m,
        unit,
        view,
        channel,
        device: deviceOf(request),
        idempotencyKey: `f:${checked.claims.nonce}`,
        durationSec: Math.max(0, Math.round((now.getTime() - checked.claims.issuedAt) / 1000)),
        submittedAt: now,
      });
      return reply.redirect(`/s/${encodeURIComponent(unit.id)}/${view}/thanks${channel === "qr" ? "?src=qr" : ""}`, 303);
    },
  );

  app.get<{ Params: Params }>("/s/:unit/:view/thanks", async (request, reply) => {
    const view = viewOf(request.params);
    const unit = await unitOr404(request.params.unit, reply);
    if (!unit) return reply;
    const m = await methodology();
    const suffix = channelOf(request) === "qr" ? "?src=qr" : "";
    return sendHtml(reply, 200, renderThanksPage(unit, m.forms[view].thanks, `/s/${encodeURIComponent(unit.id)}${suffix}`));
  });
}
