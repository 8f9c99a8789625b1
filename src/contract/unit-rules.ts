// The plain rules of unit codes and opening hours, shared by the server's checks and the web's forms (no zod: the web imports it whole).

/** A unit code as the database takes it (also the survey link's path segment). */
export const unitCodePattern = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/;
export const unitCodeMessage = "Код: латинские буквы, цифры и знаки . _ - (до 64 символов, первый — буква или цифра)";

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];
/** The dataset reader's pattern for one day's hours. */
export const dayHoursPattern = /^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const dayHoursMessage = "Часы работы: «ЧЧ:ММ-ЧЧ:ММ», начало раньше конца (например 09:00-18:00), или null — выходной";

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** One day's hours `HH:MM-HH:MM` with the opening before the closing (`18:00-09:00` is refused). */
export function isDayHours(text: string): boolean {
  return dayHoursPattern.test(text) && minutesOf(text.slice(0, 5)) < minutesOf(text.slice(6, 11));
}

/** Opening hours as the server keeps them: "09:00-18:00" or null (a day off) per weekday. */
export type WeekHours = Record<Weekday, string | null>;
