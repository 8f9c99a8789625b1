// /api/units/:id/kiosks and /api/kiosks/:id/revoke: a centre's office kiosks.
import type { CreatedKiosk, KioskList, KioskRevoked } from "../../contract/kiosks";
import { apiRequest } from "./http";

export type { CreatedKiosk, KioskRow } from "../../contract/kiosks";

export const fetchKiosks = (unit: string) => apiRequest<KioskList>("GET", `/api/units/${encodeURIComponent(unit)}/kiosks`);
export const createKiosk = (unit: string, label: string) => apiRequest<CreatedKiosk>("POST", `/api/units/${encodeURIComponent(unit)}/kiosks`, { label });
export const revokeKiosk = (id: string) => apiRequest<KioskRevoked>("POST", `/api/kiosks/${encodeURIComponent(id)}/revoke`);
