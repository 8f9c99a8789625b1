// The evidence behind an indicator of a unit: the answers to its questions (from the counters), its share over the
// last periods (from the results cache) and the respondents' notes on its questions.
import { indicatorQuestions, parsePeriod, periodMonths, type IndicatorDef, type Methodology, type Period, type View } from "../../core/index.js";
import { readBasisCells, readCommentedResponses, type Db } from "../../db/index.js";
import { commentedAnswer, commentQuestions } from "../dashboard/comment-questions.js";
import type { ResultsCache } from "../dashboard/results-cache.js";
import type { DashboardTarget } from "../dashboard/dashboard-scope.js";
import { unitRef } from "../dashboard/figures.js";
import { periodSeries } from "../dashboard/period-list.js";
import type { UnitDirectory } from "../dashboard/unit-directory.js";
import type { PainEvidenceResponse } from "../../contract/pain-points.js";

/** What the evidence reads. */
export interface EvidenceInput {
  db: Db;
  results: ResultsCache;
  directory: UnitDirectory;
  methodology: Methodology;
  target: DashboardTarget & { unit: NonNullable<DashboardTarget["unit"]> };
  indicator: IndicatorDef;
  period: string;
  views: readonly View[];
  trendPeriods: number;
  notesLimit?: number;
}

function isPositive(m: Methodology, indicator: IndicatorDef, value: string): boolean {
  const s = indicator.survey;
  if (!s) return false;
  if (s.kind === "scaleShare") return Number(value) >= m.scale.positiveFrom;
  if (s.kind === "optionShare") return s.positive.includes(value);
  return false;
}

async function distributions(input: EvidenceInput, unitIds: string[], months: string[]): Promise<PainEvidenceResponse["distributions"]> {
  const { methodology: m, indicator } = input;
  const asked = input.views.flatMap((view) => (indicatorQuestions(m, view).get(indicator.code) ?? []).map((q) => ({ view, q })));
  if (asked.length === 0) return [];
  const cells = await readBasisCells(input.db, months, "published", { unitIds, keys: [...new Set(asked.map((a) => a.q.key))] });
  return asked.map(({ view, q }) => {
    const counts = new Map<string, number>();
    for (const c of cells) if (c.view === view && c.key === q.key) counts.set(c.value, (counts.get(c.value) ?? 0) + c.count);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const options = q.options.map((o) => {
      const count = counts.get(o.value) ?? 0;
      return { value: o.value, label: o.label, count, share: total > 0 ? count / total : 0, positive: isPositive(m, indicator, o.value) };
    });
    return { view, key: q.key, number: q.number, text: q.text, total, options };
  });
}

async function trend(input: EvidenceInput): Promise<PainEvidenceResponse["trend"]> {
  const period = parsePeriod(input.period) as Period;
  const labels = periodSeries(period.kind, period, input.trendPeriods);
  const snapshots = await Promise.all(labels.map((label) => input.results.get(label)));
  const region = input.directory.regionOf(input.target.unit.id);
  const out: PainEvidenceResponse["trend"] = [];
  for (const s of snapshots) {
    for (const view of input.views) {
      const survey = s.unit(input.target.unit.id)?.[view].indicators?.[input.indicator.code]?.survey;
      const regional = region && region.id !== input.target.unit.id ? s.unit(region.id)?.[view].indicators?.[input.indicator.code]?.survey : undefined;
      out.push({
        period: s.period,
        view,
        valid: survey?.valid ?? 0,
        ...(survey && survey.valid > 0 ? { share: survey.positive / survey.valid, ci: [survey.ci[0], survey.ci[1]] as [number, number] } : {}),
        ...(regional && regional.valid > 0 ? { region: regional.positive / regional.valid } : {}),
      });
    }
  }
  return out;
}

async function notes(input: EvidenceInput, unitIds: string[], months: string[]): Promise<PainEvidenceResponse["notes"]> {
  const out: PainEvidenceResponse["notes"] = [];
  for (const view of input.views) {
    const keys = (indicatorQuestions(input.methodology, view).get(input.indicator.code) ?? []).flatMap((q) => (q.noteKey !== undefined ? [q.noteKey] : []));
    if (keys.length === 0) continue;
    const questions = commentQuestions(input.methodology, view);
    const rows = await readCommentedResponses(input.db, { unitIds, months, respondent: view, keys, limit: input.notesLimit ?? 50 });
    for (const r of rows) {
      const unit = input.directory.byId.get(r.unitId);
      for (const key of keys) {
        const text = r.comments[key];
        if (typeof text !== "string" || text.trim() === "") continue;
        const answer = commentedAnswer(questions.get(key), r.answers);
        out.push({
          responseId: r.id,
          submittedAt: r.submittedAt.toISOString(),
          unit: unit ? unitRef(unit) : { id: r.unitId, kind: "territorial", name: r.unitId },
          respondent: r.respondent,
          question: key,
          questionText: questions.get(key)?.text ?? key,
          ...(answer !== undefined ? { answer } : {}),
          text,
        });
      }
    }
  }
  return out.sort((a, b) => (a.submittedAt < b.submittedAt ? 1 : a.submittedAt > b.submittedAt ? -1 : 0));
}

/** Assembles the evidence. */
export async function painEvidence(input: EvidenceInput): Promise<Omit<PainEvidenceResponse, "view">> {
  const unitIds = [input.target.unit.id, ...input.directory.descendants(input.target.unit.id).map((u) => u.id)];
  const months = periodMonths(parsePeriod(input.period) as Period);
  const [d, t, n] = await Promise.all([distributions(input, unitIds, months), trend(input), notes(input, unitIds, months)]);
  return {
    unit: input.target.ref,
    period: input.period,
    indicator: { code: input.indicator.code, name: input.indicator.name, title: input.indicator.title },
    distributions: d,
    trend: t,
    notes: n,
  };
}
