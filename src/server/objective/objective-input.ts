// What staff enter as objective data (a checklist, vacancies, events, channels), its checks against the
// methodology and the period, and the payload the index reads that it becomes (methodology §3–§4).
import { parsePeriod, periodContains, type ChecklistDef, type IndicatorDef, type Methodology } from "../../core/index.js";
import { fieldMessage, findBadText } from "../input-policy/text-rules.js";
import type { ChecklistAnswer, EntryContent, UnitKind } from "../../db/index.js";

export interface ChecklistInput {
  kind: "checklist";
  checklist: string;
  answers: readonly { item: string; answer: ChecklistAnswer; comment?: string | null | undefined }[];
}
export interface VacanciesInput {
  kind: "vacancies";
  vacanciesNow: number;
  vacanciesYearAgo: number;
}
export interface EventsInput {
  kind: "events";
  events: readonly { date: string; title: string; kind: string }[];
}
export interface ChannelsInput {
  kind: "channels";
  channels: readonly string[];
}
/** One entry's content as a person enters it. */
export type ObjectiveInput = ChecklistInput | VacanciesInput | EventsInput | ChannelsInput;
export type ObjectiveInputKind = ObjectiveInput["kind"];

/** A problem with the input: the field and the Russian text a person reads. */
export interface InputIssue {
  field: string;
  message: string;
}

/** The kinds of events (П3) a centre can record. */
export const eventKinds: readonly { code: string; name: string }[] = [
  { code: "job_fair", name: "ярмарка вакансий" },
  { code: "open_day", name: "день открытых дверей" },
  { code: "career_guidance", name: "профориентационное мероприятие" },
  { code: "employer_meeting", name: "встреча с работодателями" },
  { code: "training", name: "обучающий семинар или мастер-класс" },
  { code: "other", name: "другое" },
];

/** The answers as people write them in a form or a spreadsheet. */
export const answerLabels: Record<ChecklistAnswer, string> = { yes: "да", no: "нет", na: "н/п" };

const unitKindNames: Record<UnitKind, string> = { region: "региона", managing: "управляющего ЦЗН", territorial: "территориального ЦЗН" };

/** The methodology's indicator fed by an objective source of `kind`. */
function indicatorOfKind(m: Methodology, kind: "vacancyGrowth" | "events"): IndicatorDef | undefined {
  return m.indicators.find((i) => i.objective?.kind === kind);
}

/** The checklist `code` of the methodology. */
export function checklistOf(m: Methodology, code: string): ChecklistDef | undefined {
  return m.checklists.find((c) => c.code === code);
}

/** The indicator an input feeds (null for a channel set), or undefined when the methodology has none for it. */
export function indicatorOf(m: Methodology, input: ObjectiveInput): string | null | undefined {
  switch (input.kind) {
    case "checklist":
      return checklistOf(m, input.checklist)?.indicator;
    case "vacancies":
      return indicatorOfKind(m, "vacancyGrowth")?.code;
    case "events":
      return indicatorOfKind(m, "events")?.code;
    case "channels":
      return null;
  }
}

/** Which kinds of unit may hold an input: region-level checklists only the region, office ones and events only centres. */
export function unitKindAllows(m: Methodology, input: ObjectiveInput, unitKind: UnitKind): boolean {
  if (input.kind === "checklist") {
    const scope = checklistOf(m, input.checklist)?.scope;
    return scope === "region" ? unitKind === "region" : unitKind !== "region";
  }
  if (input.kind === "events") return unitKind !== "region";
  return true;
}

const isCount = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 10_000_000;

function checkChecklist(m: Methodology, input: ChecklistInput, complete: boolean, issues: InputIssue[]): void {
  const list = checklistOf(m, input.checklist);
  if (!list) {
    issues.push({ field: "checklist", message: `В действующей методике нет чек-листа «${input.checklist}»` });
    return;
  }
  const known = new Set(list.items.map((i) => i.code));
  const seen = new Set<string>();
  for (const [i, a] of input.answers.entries()) {
    if (!known.has(a.item)) issues.push({ field: `answers[${i}].item`, message: `В чек-листе «${list.name}» нет пункта ${a.item}` });
    else if (seen.has(a.item)) issues.push({ field: `answers[${i}].item`, message: `Пункт ${a.item} указан дважды` });
    seen.add(a.item);
  }
  if (complete) {
    const missing = list.items.filter((i) => !seen.has(i.code)).map((i) => i.code);
    if (missing.length > 0) issues.push({ field: "answers", message: `Не заполнены пункты чек-листа: ${missing.join(", ")}` });
  }
}

/** The month (`year * 12 + monthIndex0`) it already is somewhere in Russia (UTC+12 at the most). */
function currentMonthIndex(now: Date): number {
  const east = new Date(now.getTime() + 12 * 3600_000);
  return east.getUTCFullYear() * 12 + east.getUTCMonth();
}

/**
 * Every problem of `input` for a unit of `unitKind` and `period` under methodology `m`; empty when it can be saved.
 * `complete`: the entry is being submitted, so a checklist must answer every item.
 */
export function checkObjectiveInput(
  m: Methodology,
  input: ObjectiveInput,
  period: string,
  unitKind: UnitKind,
  complete: boolean,
  now = new Date(),
): InputIssue[] {
  const issues: InputIssue[] = [];
  const p = parsePeriod(period);
  if (!p) return [{ field: "period", message: "Период указывается как 2025, 2025-H1, 2025-Q2 или 2025-04" }];
  if (p.start > currentMonthIndex(now))
    return [{ field: "period", message: `Период ${period} ещё не начался: объективные данные вводятся за текущий или прошедшие периоды` }];
  const badText = findBadText(input, "");
  if (badText) issues.push({ field: badText.field, message: fieldMessage(badText.field, badText.problem) });
  if (indicatorOf(m, input) === undefined && input.kind !== "checklist")
    issues.push({ field: "kind", message: "Действующая методика не использует эти данные" });
  if (!unitKindAllows(m, input, unitKind)) {
    const what = input.kind === "events" ? "Мероприятия вводятся" : "Этот чек-лист заполняется";
    const where =
      input.kind === "checklist" && checklistOf(m, input.checklist)?.scope === "region" ? "один раз для региона" : "для центров занятости, а не для региона";
    issues.push({ field: "unit", message: `${what} ${where}; выбранное подразделение — уровня ${unitKindNames[unitKind]}` });
  }
  switch (input.kind) {
    case "checklist":
      checkChecklist(m, input, complete, issues);
      break;
    case "vacancies":
      for (const field of ["vacanciesNow", "vacanciesYearAgo"] as const) {
        if (!isCount(input[field]))
          issues.push({
            field,
            message: `${field === "vacanciesNow" ? "Число вакансий на конец периода" : "Число вакансий годом ранее"} должно быть целым неотрицательным числом`,
          });
      }
      break;
    case "events":
      for (const [i, e] of input.events.entries()) {
        const month = /^(\d{4})-(\d{2})-(\d{2})$/.exec(e.date);
        const valid = month !== null && !Number.isNaN(Date.parse(`${e.date}T00:00:00Z`)) && new Date(`${e.date}T00:00:00Z`).toISOString().startsWith(e.date);
        const day = valid ? parsePeriod(`${month[1]}-${month[2]}`) : null;
        if (!day) issues.push({ field: `events[${i}].date`, message: `Мероприятие ${i + 1}: дата ${e.date || "(пусто)"} указана неверно (нужно ГГГГ-ММ-ДД)` });
        else if (!periodContains(p, day))
          issues.push({ field: `events[${i}].date`, message: `Мероприятие ${i + 1}: дата ${e.date} лежит вне периода ${period}` });
        if (e.title.trim() === "" || e.title.length > 300)
          issues.push({ field: `events[${i}].title`, message: `Мероприятие ${i + 1}: укажите название (не длиннее 300 знаков)` });
        if (!eventKinds.some((k) => k.code === e.kind))
          issues.push({
            field: `events[${i}].kind`,
            message: `Мероприятие ${i + 1}: неизвестный вид «${e.kind}»; допустимы: ${eventKinds.map((k) => k.name).join(", ")}`,
          });
      }
      break;
    case "channels": {
      const known = new Set(m.channels.map((c) => c.code));
      const seen = new Set<string>();
      for (const [i, c] of input.channels.entries()) {
        if (!known.has(c))
          issues.push({ field: `channels[${i}]`, message: `Неизвестный канал «${c}»; допустимы: ${m.channels.map((x) => x.code).join(", ")}` });
        else if (seen.has(c)) issues.push({ field: `channels[${i}]`, message: `Канал «${c}» указан дважды` });
        seen.add(c);
      }
      break;
    }
  }
  return issues;
}

/** The stored content of a checked input: the payload the index reads and the details behind it. */
export function contentOf(input: ObjectiveInput): EntryContent {
  switch (input.kind) {
    case "checklist": {
      const met = input.answers.filter((a) => a.answer === "yes").length;
      const applicable = met + input.answers.filter((a) => a.answer === "no").length;
      const answers = input.answers.map((a) => ({ item: a.item, answer: a.answer, comment: a.comment?.trim() ? a.comment.trim() : null }));
      return { payload: { met, applicable }, answers };
    }
    case "vacancies":
      return { payload: { vacanciesNow: input.vacanciesNow, vacanciesYearAgo: input.vacanciesYearAgo } };
    case "events":
      return { payload: { events: input.events.length }, events: input.events.map((e) => ({ date: e.date, title: e.title.trim(), kind: e.kind })) };
    case "channels":
      return { payload: { channels: [...input.channels] } };
  }
}
