// Period codes (2026-Q3, 2026-H1, 2026, 2026-09) as Russian labels, grouped by length for the picker.

const months = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
const romans = ["I", "II", "III", "IV"];

export type PeriodKind = "quarter" | "half" | "year" | "month";

export function periodKind(code: string): PeriodKind | undefined {
  if (/^\d{4}-Q[1-4]$/.test(code)) return "quarter";
  if (/^\d{4}-H[12]$/.test(code)) return "half";
  if (/^\d{4}$/.test(code)) return "year";
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(code)) return "month";
  return undefined;
}

/** «III квартал 2026», «1-е полугодие 2026», «2026 год», «сентябрь 2026». */
export function periodLabel(code: string): string {
  const year = code.slice(0, 4);
  switch (periodKind(code)) {
    case "quarter":
      return `${romans[Number(code.slice(6)) - 1]} квартал ${year}`;
    case "half":
      return `${code.slice(6)}-е полугодие ${year}`;
    case "year":
      return `${year} год`;
    case "month":
      return `${months[Number(code.slice(5)) - 1]} ${year}`;
    default:
      return code;
  }
}

const groupOrder: { kind: PeriodKind; label: string }[] = [
  { kind: "quarter", label: "Кварталы" },
  { kind: "half", label: "Полугодия" },
  { kind: "year", label: "Годы" },
  { kind: "month", label: "Месяцы" },
];

/** The periods grouped for a select: quarters, half-years, years, months (each newest first, as given). */
export function groupPeriods(periods: readonly string[]): { group: string; items: { value: string; label: string }[] }[] {
  return groupOrder
    .map(({ kind, label }) => ({ group: label, items: periods.filter((p) => periodKind(p) === kind).map((p) => ({ value: p, label: periodLabel(p) })) }))
    .filter((group) => group.items.length > 0);
}
