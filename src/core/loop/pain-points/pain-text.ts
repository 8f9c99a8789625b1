// Every Russian label and sentence of pain points, in one place.

import { roundHalfUp } from "../../measures/measures.js";
import type { PainPriority, PainTrend } from "./pain-types.js";
import type { Benchmark } from "./pain-settings.js";

/** What each benchmark is called: compared with («против 74 % по региону») and reached («на уровень региона»). */
export const benchmarkTexts: Record<Benchmark | "target", { readonly name: string; readonly against: string; readonly level: string }> = {
  region: { name: "Регион", against: "по региону", level: "при выходе на уровень региона" },
  peers: { name: "Центры того же типа", against: "у центров того же типа", level: "при выходе на уровень центров того же типа" },
  country: { name: "Страна", against: "по стране", level: "при выходе на уровень страны" },
  previous: { name: "Прошлый период", against: "в прошлом периоде", level: "при возврате к уровню прошлого периода" },
  target: { name: "Норматив", against: "по нормативу", level: "при полном выполнении" },
};

export const priorityLabels: Record<PainPriority, string> = { now: "сейчас", later: "позже" };

export const trendLabels: Record<PainTrend, string> = {
  up: "растёт к прошлому периоду",
  down: "падает к прошлому периоду",
  flat: "без значимых изменений",
  unknown: "нет данных прошлого периода",
};

const MINUS = "\u2212";

/** A whole number with a Russian minus sign: «−16», «8». */
export function signedWhole(x: number): string {
  const r = Math.round(x);
  return r < 0 ? `${MINUS}${-r}` : String(r === 0 ? 0 : r);
}

/** A share as whole percent: «58 %». */
export function wholePercent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** Index points with a Russian comma: one decimal from 0,1 on, two below («0,9», «0,05»). */
export function pointsText(points: number): string {
  const decimals = points >= 0.095 ? 1 : 2;
  return roundHalfUp(points, decimals).toFixed(decimals).replace(".", ",");
}

/** «балл», «балла», «баллов» for a figure as printed. */
export function pointsWord(printed: string): string {
  if (printed.includes(",")) return "балла";
  const n = Number(printed) % 100;
  if (n >= 11 && n <= 14) return "баллов";
  const last = n % 10;
  return last === 1 ? "балл" : last >= 2 && last <= 4 ? "балла" : "баллов";
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** «Удобство ожидания: 58 % довольных против 74 % по региону (−16 п. п., 95 % ДИ −24…−8); при выходе на уровень региона индекс +0,9 балла». */
export function surveySentence(
  name: string,
  share: number,
  benchmark: Benchmark,
  benchmarkShare: number,
  interval: readonly [number, number],
  points: number,
): string {
  const t = benchmarkTexts[benchmark];
  const gap = signedWhole((share - benchmarkShare) * 100);
  const printed = pointsText(points);
  return (
    `${capitalised(name)}: ${wholePercent(share)} довольных против ${wholePercent(benchmarkShare)} ${t.against} ` +
    `(${gap} п. п., 95 % ДИ ${signedWhole(interval[0] * 100)}…${signedWhole(interval[1] * 100)}); ${t.level} индекс +${printed} ${pointsWord(printed)}`
  );
}

/** «Информация в офисе: объективная часть выполнена на 60 % (норматив 100 %); при полном выполнении индекс +0,4 балла». */
export function objectiveSentence(name: string, value: number, target: number, points: number): string {
  const printed = pointsText(points);
  return `${capitalised(name)}: объективная часть выполнена на ${wholePercent(value)} (норматив ${wholePercent(target)}); ${benchmarkTexts.target.level} индекс +${printed} ${pointsWord(printed)}`;
}
