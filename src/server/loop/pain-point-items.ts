// Core pain points as the routes answer them: labels from the core's one place of texts, plain arrays.
import { benchmarkTexts, priorityLabels, trendLabels, type PainComparison, type PainPoint } from "../../core/index.js";
import type { PainComparisonItem, PainPointItem } from "../../contract/pain-points.js";

function comparisonItem(c: PainComparison): PainComparisonItem {
  return {
    benchmark: c.benchmark,
    benchmarkName: benchmarkTexts[c.benchmark].name,
    share: c.share,
    valid: c.valid,
    benchmarkShare: c.benchmarkShare,
    benchmarkValid: c.benchmarkValid,
    gap: c.gap,
    interval: [c.interval[0], c.interval[1]],
    pValue: c.pValue,
    significant: c.significant,
    points: c.points,
  };
}

/** One pain point for the JSON answer. */
export function painPointItem(p: PainPoint): PainPointItem {
  return {
    indicator: p.indicator,
    name: p.name,
    group: p.group,
    view: p.view,
    part: p.part,
    share: p.share,
    benchmark: p.benchmark,
    benchmarkName: benchmarkTexts[p.benchmark].name,
    benchmarkShare: p.benchmarkShare,
    gap: p.gap,
    interval: [p.interval[0], p.interval[1]],
    points: p.points,
    priority: p.priority,
    priorityLabel: priorityLabels[p.priority],
    trend: p.trend,
    trendLabel: trendLabels[p.trend],
    sentence: p.sentence,
    comparisons: p.comparisons.map(comparisonItem),
    questions: p.questions.map((q) => ({ key: q.key, number: q.number, text: q.text, ...(q.noteKey !== undefined ? { noteKey: q.noteKey } : {}) })),
  };
}
