// GET/POST /api/units/:id/kiosks, POST /api/kiosks/:id/revoke: a centre's office kiosks, managed from its page
// by the centre's manager and the admins above it (what `zvezda kiosk` does on the command line), audited.
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { toIso } from "../../contract/common.js";
import { createdKioskSchema, createKioskBody as createBody, kioskListSchema, kioskParams, kioskRevokedSchema, type KioskRow } from "../../contract/kiosks.js";
import { unitParams } from "../../contract/units.js";
import { findKioskUnit, findUnit, listKiosks, registerKiosk, revokeKiosk, type Db, type KioskListing } from "../../db/index.js";
import { canManage } from "../auth/access.js";
import { authOf, requireRole, requireUnitAccess } from "../auth/guards.js";
import { NotFoundError, ValidationError } from "../errors/app-errors.js";
import { qrSvg } from "../survey/qr-image.js";
import { kioskUrl } from "../survey/survey-links.js";

const tags = ["Киоски"];
const kioskNotFound = "Киоск не найден";

/** A kiosk as the API lists it (never its token). */
function kioskView(k: KioskListing): KioskRow {
  return { id: k.id, unitId: k.unitId, label: k.label, createdAt: toIso(k.createdAt), revokedAt: toIso(k.revokedAt), lastSeenAt: toIso(k.lastSeenAt) };
}

export const kioskAdminRoutes: FastifyPluginAsync<{ db: Db; publicUrl: string }> = async (plain, { db, publicUrl }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const managers = requireRole("federal_admin", "regional_admin", "unit_manager");
  const unitInScope = requireUnitAccess(db, (request: FastifyRequest) => (request.params as { id?: string }).id, canManage);

  app.get(
    "/units/:id/kiosks",
    {
      schema: { tags, summary: "Киоски центра (и отключённые)", params: unitParams, response: { 200: kioskListSchema } },
      preValidation: [managers, unitInScope],
    },
    async (request) => ({ kiosks: (await listKiosks(db, request.params.id)).map(kioskView) }),
  );

  app.post(
    "/units/:id/kiosks",
    {
      schema: {
        tags,
        summary: "Зарегистрировать киоск: адрес и QR-код показываются один раз",
        params: unitParams,
        body: createBody,
        response: { 201: createdKioskSchema },
      },
      preValidation: [managers, unitInScope],
    },
    async (request, reply) => {
      const unit = await findUnit(db, request.params.id);
      if (unit?.kind === "region") throw new ValidationError("Киоск регистрируется в центре занятости, а не в регионе");
      if (unit?.kind === "managing") throw new ValidationError("Киоск регистрируется в территориальном центре: опрос проходит там");
      if (!unit || unit.closedAt) throw new ValidationError("Киоск можно зарегистрировать только в действующем центре занятости");
      const { id, token } = await registerKiosk(db, unit.id, request.body.label, authOf(request).principal.userId);
      const url = kioskUrl(publicUrl, token);
      const [kiosk] = (await listKiosks(db, unit.id)).filter((k) => k.id === id);
      return reply.code(201).send({ kiosk: kioskView(kiosk as KioskListing), url, qrSvg: await qrSvg(url) });
    },
  );

  app.post(
    "/kiosks/:id/revoke",
    {
      schema: { tags, summary: "Отключить киоск: его адрес перестаёт работать сразу", params: kioskParams, response: { 200: kioskRevokedSchema } },
      preValidation: [
        managers,
        async (request) => {
          const unitId = await findKioskUnit(db, (request.params as { id: string }).id);
          if (unitId === undefined) throw new NotFoundError(kioskNotFound);
          (request as FastifyRequest & { kioskUnit?: string }).kioskUnit = unitId;
        },
        requireUnitAccess(db, (request) => (request as FastifyRequest & { kioskUnit?: string }).kioskUnit, canManage),
      ],
    },
    async (request) => {
      if (!(await revokeKiosk(db, request.params.id, authOf(request).principal.userId))) throw new ValidationError("Киоск уже отключён");
      return { revoked: true as const };
    },
  );
};
