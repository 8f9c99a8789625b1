// /api/units/:id/kiosks and /api/kiosks/:id/revoke: a centre's office kiosks.
import { apiRequest } from "./http";

export interface KioskRow {
  id: string;
  unitId: string;
  label: string;
  createdAt: string;
  revokedAt: string | null;
  lastSeenAt: string | null;
}

/** A new kiosk with its address and QR code (SVG markup made by the server), shown once. */
export interface CreatedKiosk {
  kiosk: KioskRow;
  url: string;
  qrSvg: string;
}

export const fetchKiosks = (unit: string) => apiRequest<{ kiosks: KioskRow[] }>("GET", `/api/units/${encodeURIComponent(unit)}/kiosks`);
export const createKiosk = (unit: string, label: string) => apiRequest<CreatedKiosk>("POST", `/api/units/${encodeURIComponent(unit)}/kiosks`, { label });
export const revokeKiosk = (id: string) => apiRequest<{ revoked: true }>("POST", `/api/kiosks/${encodeURIComponent(id)}/revoke`);
