// A tolerant reading of a stored methodology document for the summary: the fields people look at, whatever else it holds.

export interface IndicatorSummary {
  code: string;
  name: string;
  max: number | undefined;
  /** The survey's share of the indicator's points when it also has objective data. */
  surveyWeight: number | undefined;
  survey: string | undefined;
  objective: string | undefined;
}

export interface MethodologySummaryData {
  total: number | undefined;
  scale: string;
  minSample: number | undefined;
  starThresholds: number[];
  groups: { code: string; name: string; max: number | undefined; indicators: IndicatorSummary[] }[];
}

type Json = Record<string, unknown>;
const record = (value: unknown): Json => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const num = (value: unknown) => (typeof value === "number" ? value : undefined);
const str = (value: unknown) => (typeof value === "string" ? value : undefined);

export function readMethodology(body: Json): MethodologySummaryData {
  const scale = record(body.scale);
  const indicators = list(body.indicators).map(record);
  const indicatorOf = (i: Json): IndicatorSummary => ({
    code: str(i.code) ?? "?",
    name: str(i.title) ?? str(i.name) ?? "",
    max: num(i.max),
    surveyWeight: num(i.surveyWeight),
    survey: str(record(i.survey).kind),
    objective: str(record(i.objective).kind),
  });
  return {
    total: num(body.total),
    scale: num(scale.min) !== undefined && num(scale.max) !== undefined ? `${scale.min}–${scale.max}, положительные от ${scale.positiveFrom ?? "—"}` : "—",
    minSample: num(record(body.sample).minSample),
    starThresholds: list(record(body.stars).thresholds).filter((t): t is number => typeof t === "number"),
    groups: list(body.groups)
      .map(record)
      .map((g) => ({
        code: str(g.code) ?? "?",
        name: str(g.name) ?? "",
        max: num(g.max),
        indicators: indicators.filter((i) => i.group === g.code).map(indicatorOf),
      })),
  };
}

/** «опрос», «опрос и объективные данные», «объективные данные». */
export function sourceText(indicator: IndicatorSummary): string {
  if (indicator.survey && indicator.objective) return "опрос и объективные данные";
  if (indicator.objective) return "объективные данные";
  return indicator.survey ? "опрос" : "—";
}
