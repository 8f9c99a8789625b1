// The column a row error of a structure file is about, read from the server's Russian message (the server names rows, not columns).
import type { ImportRowError } from "../../../api/units-admin-api";

const columnPatterns: [RegExp, string][] = [
  [/код родителя/i, "Код родителя"],
  [/код|подразделение с кодом/i, "Код"],
  [/вид/i, "Вид"],
  [/наименование/i, "Наименование"],
];

/** «Пн» for «… в столбце «Пн» …», «Код родителя» for a parent problem, «—» when the message names no column. */
export function columnOf(error: ImportRowError): string {
  if (error.column) return error.column;
  const named = /в столбце «([^»]+)»/.exec(error.message);
  if (named?.[1]) return named[1];
  return columnPatterns.find(([pattern]) => pattern.test(error.message))?.[1] ?? "—";
}
