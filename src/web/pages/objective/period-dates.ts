// The first and last day (ГГГГ-ММ-ДД) of a period code: 2026, 2026-H1, 2026-Q3, 2026-04.

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period's first and last months (1–12), or undefined for an unknown code. */
function months(code: string): { year: number; from: number; to: number } | undefined {
  const match = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{2}))?$/.exec(code);
  if (!match) return undefined;
  const year = Number(match[1]);
  const part = match[2];
  if (!part) return { year, from: 1, to: 12 };
  if (part.startsWith("H")) return part === "H1" ? { year, from: 1, to: 6 } : { year, from: 7, to: 12 };
  if (part.startsWith("Q")) {
    const q = Number(part.slice(1));
    return { year, from: q * 3 - 2, to: q * 3 };
  }
  const month = Number(part);
  return month >= 1 && month <= 12 ? { year, from: month, to: month } : undefined;
}

export function periodDates(code: string): { first: string; last: string } | undefined {
  const m = months(code);
  if (!m) return undefined;
  return { first: `${m.year}-${pad(m.from)}-01`, last: `${m.year}-${pad(m.to)}-${pad(lastDay(m.year, m.to))}` };
}
