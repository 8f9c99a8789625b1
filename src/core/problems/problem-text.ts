// The one place where problems become Russian text a person reads.

import type { ExpectedType, Problem } from "./problem.js";

const typeNames: Record<ExpectedType, string> = {
  object: "объект",
  array: "массив",
  string: "строка",
  boolean: "логическое значение (true/false)",
  integer: "целое число",
  number: "число",
  null: "null",
};

const list = (values: readonly string[]): string => values.map((v) => `«${v}»`).join(", ");

/** The Russian description of a problem, without its path. */
export function problemText(p: Problem): string {
  switch (p.code) {
    case "invalid_json":
      return `файл не является корректным JSON: ${p.detail}`;
    case "missing_field":
      return "обязательное поле отсутствует";
    case "wrong_type":
      return `ожидается ${typeNames[p.expected]}, получено ${p.found}`;
    case "wrong_format":
      return `ожидается «${p.expected}», получено ${p.found}`;
    case "not_in_list":
      return `недопустимое значение ${p.value}; допустимы: ${list(p.allowed)}`;
    case "empty_string":
      return "пустая строка недопустима";
    case "out_of_range":
      return `значение ${p.value} вне допустимого диапазона${range(p.min, p.max)}`;
    case "duplicate_id":
      return `повторяющийся идентификатор «${p.id}»`;
    case "duplicate_value":
      return `значение ${p.value} повторяется`;
    case "unknown_unit":
      return `неизвестное подразделение «${p.id}»`;
    case "unknown_parent":
      return `неизвестное вышестоящее подразделение «${p.id}»`;
    case "cycle":
      return `цикл в дереве подразделений через «${p.id}»`;
    case "region_with_parent":
      return "у субъекта РФ (kind = region) поле parent должно быть null";
    case "parent_required":
      return "parent = null допустим только у субъекта РФ (kind = region)";
    case "bad_parent_kind":
      return `подразделение вида «${p.kind}» не может подчиняться подразделению вида «${p.parentKind}»`;
    case "managing_outside_centralized":
      return `управляющий ЦЗН возможен только в централизованной сети, а сеть субъекта «${p.region}» децентрализованная`;
    case "only_on_regions":
      return "поле допустимо только у субъекта РФ (kind = region)";
    case "unknown_time_zone":
      return `неизвестный часовой пояс «${p.value}» (нужно имя IANA, например Europe/Moscow)`;
    case "bad_timestamp":
      return `некорректная дата и время «${p.value}» (нужен формат ISO 8601, например 2025-04-03T07:15:00Z)`;
    case "timestamp_without_zone":
      return `у времени «${p.value}» нет часового пояса: нужен суффикс Z или смещение вида +03:00`;
    case "bad_period":
      return `период «${p.value}» не распознан (допустимо: 2025, 2025-H1, 2025-Q2, 2025-04)`;
    case "bad_hours":
      return `часы работы «${p.value}» не распознаны (нужно «ЧЧ:ММ-ЧЧ:ММ» или null)`;
    case "unknown_answer_key":
      return `неизвестный ключ ответа «${p.key}» для анкеты ${p.view === "seeker" ? "соискателя" : "работодателя"}`;
    case "answer_out_of_range":
      return `значение ${p.value} вне шкалы: нужно целое число от ${p.min} до ${p.max}`;
    case "unknown_option":
      return `недопустимый вариант ответа ${p.value}; допустимы: ${list(p.allowed)}`;
    case "not_text":
      return `ожидается текст, получено ${p.value}`;
    case "condition_not_met":
      return `ответ дан, хотя условие не выполнено: вопрос задаётся только при ${p.requires.key} = «${p.requires.equals}»`;
    case "exclusive_option":
      return `вариант «${p.value}» нельзя сочетать с другими`;
    case "unknown_key":
      return `неизвестное поле «${p.key}»`;
    case "bad_count":
      return `значение ${p.value} недопустимо: нужно неотрицательное целое число`;
    case "met_exceeds_applicable":
      return `выполнено пунктов (${p.met}) больше, чем применимо (${p.applicable})`;
    case "indicator_and_channels":
      return "у записи объективных данных не может быть одновременно indicator и channels";
    case "indicator_or_channels_missing":
      return "у записи объективных данных должно быть поле indicator или channels";
    case "unknown_indicator":
      return `неизвестный показатель ${p.value}`;
    case "indicator_without_entries":
      return `у показателя «${p.indicator}» нет объективной части: записи для него не принимаются`;
    case "indicator_takes_channels":
      return `объективная часть показателя «${p.indicator}» вводится записью с полем channels, без indicator`;
    case "field_not_expected":
      return `поле не относится к записям показателя «${p.indicator}»`;
    case "unknown_channel":
      return `неизвестный канал ${p.value}`;
    case "objective_overlap":
      return `период записи пересекается с записью ${p.other} того же подразделения и показателя`;
    case "duplicate_code":
      return `код ${p.value} повторяется`;
    case "unknown_group":
      return `неизвестная группа ${p.value}`;
    case "unknown_question_key":
      return `в анкете ${p.view === "seeker" ? "соискателя" : "работодателя"} нет вопроса с ключом «${p.key}»`;
    case "wrong_question_type":
      return `вопрос «${p.key}» анкеты ${p.view === "seeker" ? "соискателя" : "работодателя"} не подходит: нужен вопрос вида ${p.expected}`;
    case "unknown_checklist":
      return `неизвестный чек-лист «${p.value}»`;
    case "checklist_mismatch":
      return `чек-лист «${p.checklist}» и показатель «${p.indicator}» не ссылаются друг на друга`;
    case "group_max_mismatch":
      return `максимум группы «${p.group}» (${p.declared}) не равен сумме максимумов её показателей (${p.sum})`;
    case "total_mismatch":
      return `заявленный максимум индекса (${p.declared}) не равен сумме максимумов групп (${p.sum})`;
    case "weight_out_of_range":
      return `вес ${p.value} вне отрезка [0, 1]`;
    case "not_descending":
      return "пороги должны строго убывать";
    case "bounds_not_increasing":
      return "нижняя граница должна быть меньше верхней";
    case "labels_count":
      return `нужно ${p.expected} подписей шкалы, дано ${p.found}`;
    case "indicator_without_parts":
      return "у показателя нет ни опросной, ни объективной части";
    case "inherits_without_objective":
      return "наследование (inherits) имеет смысл только для показателя с объективной частью";
    case "bad_condition":
      return `условие ссылается на «${p.key}», но это не вопрос с вариантами ответа выше по анкете или нет такого варианта`;
    case "end_before_start":
      return `дата окончания ${p.end} раньше даты начала ${p.start}`;
    case "indicator_without_survey":
      return `у показателя ${p.indicator} нет опросной части: эффект меры по нему не измерить`;
  }
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` [${min}; ${max}]`;
  if (min !== undefined) return ` (не меньше ${min})`;
  if (max !== undefined) return ` (не больше ${max})`;
  return "";
}

/** One line naming the element first: `responses[17].answers.q12r — …`. */
export function formatProblem(p: Problem): string {
  return `${p.path || "(файл)"} — ${problemText(p)}`;
}

/** The first problem of a refusal as one line, with how many more there are. */
export function formatProblems(problems: readonly Problem[]): string {
  const [first] = problems;
  if (!first) return "(нет описания проблемы)";
  return problems.length > 1 ? `${formatProblem(first)} (и ещё проблем: ${problems.length - 1})` : formatProblem(first);
}
