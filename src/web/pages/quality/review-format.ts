// How the review screens write states, times and shares.
import type { FlagStatus } from "../../api/quality-api";

export const statusLabels: Record<FlagStatus, string> = { pending: "ожидает решения", confirmed: "подтверждено, исключено", cleared: "отметка снята" };

export const statusColors: Record<FlagStatus, string> = { pending: "red.9", confirmed: "dark", cleared: "gray.7" };

/** A moment to the second: in the reader's time, or in `zone` with its offset («03:15:00 GMT+10») — a respondent's time in the unit's zone, as the reasons state it. */
export const time = (iso: string | null, zone?: string): string =>
  iso
    ? new Date(iso).toLocaleString("ru-RU", zone ? { dateStyle: "short", timeStyle: "long", timeZone: zone } : { dateStyle: "short", timeStyle: "medium" })
    : "—";

/** A share (0..1) as a percent with one decimal, or a dash. */
export const share = (x: number | null | undefined): string =>
  x === null || x === undefined ? "—" : `${(x * 100).toLocaleString("ru-RU", { maximumFractionDigits: 1 })} %`;
