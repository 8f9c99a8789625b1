// The opening-hours editor's state: per weekday a day off or open–close times, checked before sending.
import type { AdminUnit } from "../../../api/units-admin-api";
import { weekdays, type Weekday, type WeekHours } from "../../../../contract/unit-rules";

export interface DayForm {
  off: boolean;
  open: string;
  close: string;
}

export interface HoursForm {
  /** Hours as the nearest ancestor's (the server's null). */
  inherit: boolean;
  days: Record<Weekday, DayForm>;
}

export const weekdayNames: Record<Weekday, string> = {
  mon: "Понедельник",
  tue: "Вторник",
  wed: "Среда",
  thu: "Четверг",
  fri: "Пятница",
  sat: "Суббота",
  sun: "Воскресенье",
};

const openPattern = /^([01]\d|2[0-3]):[0-5]\d$/;
const closePattern = /^([01]\d|2[0-4]):[0-5]\d$/;
const workday: DayForm = { off: false, open: "09:00", close: "18:00" };
const dayOff: DayForm = { off: true, open: "09:00", close: "18:00" };

/** The default of a new unit: Monday to Friday 09:00–18:00, the weekend off. */
export function defaultHoursForm(): HoursForm {
  return { inherit: false, days: Object.fromEntries(weekdays.map((d) => [d, d === "sat" || d === "sun" ? dayOff : workday])) as Record<Weekday, DayForm> };
}

/** The form for stored hours (null: inherited, shown over the default week). */
export function hoursFormOf(hours: AdminUnit["hours"]): HoursForm {
  if (hours === null) return { ...defaultHoursForm(), inherit: true };
  const days = Object.fromEntries(
    weekdays.map((d) => {
      const [open, close] = (hours[d] ?? "").split("-");
      return [d, open && close ? { off: false, open, close } : dayOff];
    }),
  ) as Record<Weekday, DayForm>;
  return { inherit: false, days };
}

/** A day's problem, in Russian, and the input it is shown under. */
export interface DayProblem {
  field: "open" | "close";
  message: string;
}

/** What is wrong with each day (none: the form can be sent). */
export function hoursProblems(form: HoursForm): Partial<Record<Weekday, DayProblem>> {
  if (form.inherit) return {};
  const problems: Partial<Record<Weekday, DayProblem>> = {};
  for (const d of weekdays) {
    const { off, open, close } = form.days[d];
    if (off) continue;
    if (!openPattern.test(open)) problems[d] = { field: "open", message: "Время открытия — ЧЧ:ММ, например 09:00" };
    else if (!closePattern.test(close)) problems[d] = { field: "close", message: "Время закрытия — ЧЧ:ММ, например 18:00" };
    else if (close <= open) problems[d] = { field: "close", message: "Закрытие должно быть позже открытия" };
  }
  return problems;
}

/** The hours to send: null when inherited, else "ЧЧ:ММ-ЧЧ:ММ" or null per day. */
export function hoursOf(form: HoursForm): WeekHours | null {
  if (form.inherit) return null;
  return Object.fromEntries(weekdays.map((d) => [d, form.days[d].off ? null : `${form.days[d].open}-${form.days[d].close}`])) as WeekHours;
}

/** «Пн–Пт 09:00–18:00»-like summary for the details panel: each day with its hours. */
export function hoursText(hours: AdminUnit["hours"]): string {
  if (hours === null) return "как у вышестоящего подразделения";
  const short: Record<Weekday, string> = { mon: "Пн", tue: "Вт", wed: "Ср", thu: "Чт", fri: "Пт", sat: "Сб", sun: "Вс" };
  return weekdays.map((d) => `${short[d]} ${hours[d] ? hours[d].replace("-", "–") : "выходной"}`).join(", ");
}
