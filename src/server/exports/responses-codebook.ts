// The codebook of the responses files: what each column holds, the question's text and every answer code's label.
import { fieldQuestionText, type AnswerField, type Methodology, type View } from "../../core/index.js";
import { fixedColumns } from "./responses-csv.js";

export const codebookHeaders = ["Столбец", "Анкета", "Вопрос", "Текст", "Значения (код = ответ)"] as const;
export type CodebookRow = [string, string, string, string, string];

const formNames: Record<View, string> = { seeker: "соискатель", employer: "работодатель" };

const fixedDescriptions: Record<(typeof fixedColumns)[number], [string, string]> = {
  id: ["Идентификатор анкеты", ""],
  unit: ["Код подразделения (центра занятости), где заполнена анкета", ""],
  respondent: ["Кто отвечал", "seeker = соискатель; employer = работодатель"],
  submittedAt: ["Когда отправлена: местное время подразделения со смещением от UTC (ГГГГ-ММ-ДДТчч:мм:сс+чч:мм)", ""],
  channel: ["Как получена анкета", "qr = по QR-коду; link = по ссылке; kiosk = на планшете в офисе; paper = с бумажной анкеты; import = загружена из файла"],
  durationSec: ["Время заполнения, секунд (пусто — неизвестно)", ""],
  excluded: ["Исключена проверкой качества данных и не учитывается в индексе", "true = исключена; false = учитывается"],
};

function valuesOf(f: AnswerField, m: Methodology): string {
  if (f.type === "scale") return m.scale.labels.map((label, i) => `${m.scale.min + i} = ${label}`).join("; ");
  if (f.type === "choice") return f.options.map((o) => `${o.value} = ${o.label}`).join("; ");
  return "свободный текст";
}

/** One row per fixed column, per answer field of each form, and per comment field, in the files' column order. */
export function codebookRows(m: Methodology): CodebookRow[] {
  const rows: CodebookRow[] = fixedColumns.map((c) => [c, "обе", "", fixedDescriptions[c][0], fixedDescriptions[c][1]]);
  const comments: CodebookRow[] = [];
  for (const view of ["seeker", "employer"] as const) {
    const form = m.forms[view];
    for (const q of form.questions) {
      for (const f of q.parts) rows.push([f.key, formNames[view], String(q.number), fieldQuestionText(q, f), valuesOf(f, m)]);
      for (const note of [q.note, ...q.parts.map((p) => p.note)])
        if (note) comments.push([`comment_${note}`, formNames[view], String(q.number), `Примечание к вопросу ${q.number}`, "свободный текст"]);
    }
    comments.push([`comment_${form.closing.key}`, formNames[view], "", form.closing.text, "свободный текст"]);
  }
  const seen = new Set<string>();
  return [...rows, ...comments].filter((r) => {
    const key = `${r[0]}\u0000${r[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
