// /api/units/:id/kiosks and /api/kiosks/:id/revoke: a centre's office kiosks.
import { z } from "zod";
import { isoDateTime } from "./common.js";

export const kioskParams = z.object({
  id: z
    .string()
    .regex(/^k[A-Za-z0-9_-]{4,40}$/, "Неверный идентификатор киоска")
    .describe("Идентификатор киоска"),
});
export const createKioskBody = z.object({
  label: z
    .string()
    .trim()
    .min(1, "Укажите название киоска")
    .max(100, "Название киоска — не длиннее 100 символов")
    .describe("Где стоит планшет, например «Планшет у входа»"),
});

/** A kiosk as the API lists it (never its token). */
export const kioskRowSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  label: z.string(),
  createdAt: isoDateTime,
  revokedAt: isoDateTime.nullable(),
  lastSeenAt: isoDateTime.nullable(),
});
export type KioskRow = z.infer<typeof kioskRowSchema>;

export const kioskListSchema = z.object({ kiosks: z.array(kioskRowSchema) });
export type KioskList = z.infer<typeof kioskListSchema>;

/** A new kiosk with its address and QR code (SVG markup made by the server), shown once. */
export const createdKioskSchema = z.object({ kiosk: kioskRowSchema, url: z.string(), qrSvg: z.string().describe("QR-код адреса, SVG") });
export type CreatedKiosk = z.infer<typeof createdKioskSchema>;

export const kioskRevokedSchema = z.object({ revoked: z.literal(true) });
export type KioskRevoked = z.infer<typeof kioskRevokedSchema>;
