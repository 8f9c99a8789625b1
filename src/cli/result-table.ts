// Renders a result document as a readable Russian table for the terminal.

import { roundHalfUp, type DatasetUnit, type Methodology, type ResultDocument, type UnitKind, type ViewResult } from "../core/index.js";

const kindNames: Record<UnitKind | "country", string> = {
  region: "субъект РФ",
  managing: "управляющий ЦЗН",
  territorial: "территориальный ЦЗН",
  country: "страна",
};
const viewNames: Record<ViewResult["view"], string> = { seeker: "С", employer: "Р", combined: "сводный" };
const statusNames: Record<ViewResult["status"], string> = {
  ok: "в рейтинге",
  insufficient: "мало ответов",
  incomplete: "неполные данные",
  empty: "нет ответов",
};

const fixed = (x: number | undefined): string => (x === undefined ? "—" : roundHalfUp(x, 2).toFixed(2).replace(".", ","));

function row(entry: ViewResult, unit: DatasetUnit | undefined, starMax: number): string[] {
  const stars = entry.stars === undefined ? "—" : "★".repeat(entry.stars) + "☆".repeat(Math.max(0, starMax - entry.stars));
  return [
    unit?.id ?? "—",
    kindNames[unit?.kind ?? "country"],
    unit?.name ?? "Российская Федерация",
    viewNames[entry.view],
    String(entry.n),
    statusNames[entry.status],
    fixed(entry.index),
    fixed(entry.percent),
    entry.ci ? `[${fixed(entry.ci[0])}; ${fixed(entry.ci[1])}]` : "—",
    stars,
    entry.rank === undefined ? "—" : `${entry.rank} из ${entry.rankOf}`,
  ];
}

/** The table: one line per unit and view, then the country; columns padded to their widest cell. */
export function renderResultTable(doc: ResultDocument, units: readonly DatasetUnit[], methodology: Methodology): string {
  const byId = new Map(units.map((u) => [u.id, u]));
  const starMax = methodology.stars.thresholds.length + 1;
  const header = ["Код", "Вид", "Наименование", "Анкета", "n", "Статус", `Индекс (0–${methodology.total})`, "0–100", "Интервал 95 %", "Звёзды", "Место"];
  const rows = [
    ...doc.units.map((e) => row(e, e.id === undefined ? undefined : byId.get(e.id), starMax)),
    ...doc.country.map((e) => row(e, undefined, starMax)),
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const numeric = new Set([4, 6, 7]);
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const title = `Индекс клиентоцентричности ЦЗН за период ${doc.period} (методика ${doc.methodology})`;
  return [title, "", line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n") + "\n";
}
