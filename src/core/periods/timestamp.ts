// Submission times: RFC 3339 date-times that must carry `Z` or an offset.

/** Why a timestamp was not read. */
export type TimestampError = "no_zone" | "malformed";

const full = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:\d{2})?$/;
const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

const digit = (text: string, i: number): number => text.charCodeAt(i) - 48;
const two = (text: string, i: number): number => digit(text, i) * 10 + digit(text, i + 1);

/** The common `YYYY-MM-DDTHH:MM:SSZ` form without a regular expression; undefined when the text has another form. */
function fastUtc(text: string): number | undefined {
  if (text.length !== 20 || text.charCodeAt(19) !== 90 || text.charCodeAt(10) !== 84) return undefined;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]) {
    const d = digit(text, i);
    if (d < 0 || d > 9) return undefined;
  }
  if (text[4] !== "-" || text[7] !== "-" || text[13] !== ":" || text[16] !== ":") return undefined;
  const y = two(text, 0) * 100 + two(text, 2),
    mo = two(text, 5),
    d = two(text, 8),
    h = two(text, 11),
    mi = two(text, 14),
    s = two(text, 17);
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 59) return undefined;
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

/** Milliseconds since the epoch of a zoned timestamp, or why it cannot be read (a naive or date-only time has no zone). */
export function parseTimestamp(text: string): number | TimestampError {
  const fast = fastUtc(text);
  if (fast !== undefined) return fast;
  const m = full.exec(text);
  if (!m) return dateOnly.test(text) ? "no_zone" : "malformed";
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  const s = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 59) return "malformed";
  const zone = m[8];
  if (zone === undefined) return "no_zone";
  let offsetMinutes = 0;
  if (zone !== "Z" && zone !== "z") {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) return "malformed";
    offsetMinutes = (zone[0] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  return Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMinutes * 60_000;
}
