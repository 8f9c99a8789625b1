// Reads the shape of a methodology file (types and required fields); consistency is checked separately.

import { fieldPath, itemPath, type ShapeReader } from "../json/shape-reader.js";
import { isIanaTimeZone } from "../periods/time-zone.js";
import type {
  ChecklistDef, GroupDef, IndicatorDef, Methodology, ObjectiveSource, PeriodRule, ScaleSettings, SurveySource,
} from "./methodology-types.js";
import { optionalString, readForm, readList } from "./read-form.js";

type Obj = Readonly<Record<string, unknown>>;
const periodRules: readonly PeriodRule[] = ["insideOrContaining", "insideOnly"];

const str = (r: ShapeReader, o: Obj, key: string, path: string): string | undefined => r.string(r.required(o, key, path), fieldPath(path, key));
const num = (r: ShapeReader, o: Obj, key: string, path: string, min?: number, max?: number): number | undefined =>
  r.number(r.required(o, key, path), fieldPath(path, key), { min, max });
const int = (r: ShapeReader, o: Obj, key: string, path: string, min?: number, max?: number): number | undefined =>
  r.integer(r.required(o, key, path), fieldPath(path, key), { min, max });
const sub = (r: ShapeReader, o: Obj, key: string, path: string): Obj | undefined => r.object(r.required(o, key, path), fieldPath(path, key));
const defined = (...values: unknown[]): boolean => values.every((v) => v !== undefined);

function readScale(r: ShapeReader, o: Obj, path: string): ScaleSettings | undefined {
  const min = int(r, o, "min", path), max = int(r, o, "max", path);
  const positiveFrom = int(r, o, "positiveFrom", path), undecidedValue = int(r, o, "undecidedValue", path);
  const undecidedCounts = r.boolean(r.required(o, "undecidedCounts", path), fieldPath(path, "undecidedCounts"));
  const list = r.array(r.required(o, "labels", path), fieldPath(path, "labels"));
  const labels = list?.map((v, i) => r.string(v, itemPath(fieldPath(path, "labels"), i)));
  if (!defined(min, max, positiveFrom, undecidedValue, undecidedCounts) || !labels || labels.some((l) => l === undefined)) return undefined;
  return { min: min!, max: max!, positiveFrom: positiveFrom!, undecidedValue: undecidedValue!, undecidedCounts: undecidedCounts!, labels: labels as string[] };
}

function readSurvey(r: ShapeReader, o: Obj, path: string): SurveySource | undefined {
  const kind = r.oneOf(r.required(o, "kind", path), fieldPath(path, "kind"), ["scaleShare", "optionShare", "channelMatch"] as const);
  const key = str(r, o, "key", path);
  if (kind === undefined || key === undefined) return undefined;
  if (kind !== "optionShare") return { kind, key };
  const list = r.array(r.required(o, "positive", path), fieldPath(path, "positive"));
  const positive = list?.map((v, i) => r.string(v, itemPath(fieldPath(path, "positive"), i)));
  return positive && positive.every((p) => p !== undefined) ? { kind, key, positive: positive as string[] } : undefined;
}

function readObjective(r: ShapeReader, o: Obj, path: string): ObjectiveSource | undefined {
  const kind = r.oneOf(r.required(o, "kind", path), fieldPath(path, "kind"), ["checklist", "vacancyGrowth", "events", "channelCoverage"] as const);
  const periodRule = r.oneOf(r.required(o, "periodRule", path), fieldPath(path, "periodRule"), periodRules);
  if (kind === undefined || periodRule === undefined) return undefined;
  switch (kind) {
    case "checklist": {
      const checklist = str(r, o, "checklist", path);
      return checklist === undefined ? undefined : { kind, checklist, periodRule };
    }
    case "vacancyGrowth": {
      const low = num(r, o, "low", path), high = num(r, o, "high", path);
      if (low === undefined || high === undefined) return undefined;
      if (high > low) return { kind, low, high, periodRule };
      r.report({ code: "bounds_not_increasing", path: fieldPath(path, "low") });
      return undefined;
    }
    case "events": {
      const perMonth = num(r, o, "perMonth", path, Number.MIN_VALUE);
      return perMonth === undefined ? undefined : { kind, perMonth, periodRule };
    }
    case "channelCoverage": {
      const fullAt = int(r, o, "fullAt", path, 1);
      return fullAt === undefined ? undefined : { kind, fullAt, periodRule };
    }
  }
}

function readIndicator(r: ShapeReader, o: Obj, path: string): IndicatorDef | undefined {
  const code = str(r, o, "code", path), group = str(r, o, "group", path), name = str(r, o, "name", path), title = str(r, o, "title", path);
  const max = num(r, o, "max", path, Number.MIN_VALUE);
  const weightRaw = r.number(r.required(o, "surveyWeight", path), fieldPath(path, "surveyWeight"));
  if (weightRaw !== undefined && !(weightRaw >= 0 && weightRaw <= 1)) r.report({ code: "weight_out_of_range", path: fieldPath(path, "surveyWeight"), value: weightRaw });
  const surveyObj = o["survey"] == null ? undefined : r.object(o["survey"], fieldPath(path, "survey"));
  const survey = surveyObj && readSurvey(r, surveyObj, fieldPath(path, "survey"));
  const objectiveObj = o["objective"] == null ? undefined : r.object(o["objective"], fieldPath(path, "objective"));
  const objective = objectiveObj && readObjective(r, objectiveObj, fieldPath(path, "objective"));
  const inherits = o["inherits"] == null ? false : r.boolean(o["inherits"], fieldPath(path, "inherits"));
  if (o["survey"] == null && o["objective"] == null) r.report({ code: "indicator_without_parts", path });
  if (inherits && o["objective"] == null) r.report({ code: "inherits_without_objective", path: fieldPath(path, "inherits") });
  if (!defined(code, group, name, title, max, weightRaw, inherits) || (surveyObj && !survey) || (objectiveObj && !objective)) return undefined;
  if (!(weightRaw! >= 0 && weightRaw! <= 1) || (!survey && !objective) || (inherits && !objective)) return undefined;
  return {
    code: code!, group: group!, name: name!, title: title!, max: max!,
    ...(survey && { survey }), ...(objective && { objective }),
    inherits: inherits!, surveyWeight: weightRaw!,
  };
}

function readChecklist(r: ShapeReader, o: Obj, path: string): ChecklistDef | undefined {
  const code = str(r, o, "code", path), name = str(r, o, "name", path), indicator = str(r, o, "indicator", path);
  const scope = r.oneOf(r.required(o, "scope", path), fieldPath(path, "scope"), ["office", "region"] as const);
  const items = readList(r, o, "items", path, (item, p) => {
    const c = str(r, item, "code", p), t = str(r, item, "text", p);
    return c === undefined || t === undefined ? undefined : { code: c, text: t };
  });
  if (!defined(code, name, indicator, scope) || !items) return undefined;
  return { code: code!, name: name!, indicator: indicator!, scope: scope!, items };
}

/** Reads every field of a methodology; undefined when any has a problem (all of them reported). */
export function readMethodology(r: ShapeReader, value: unknown): Methodology | undefined {
  const o = r.object(value, "");
  if (!o) return undefined;
  const format = o["format"] === "zvezda-methodology/1" ? ("zvezda-methodology/1" as const) : undefined;
  if (!format) r.report({ code: "wrong_format", path: "format", expected: "zvezda-methodology/1", found: JSON.stringify(o["format"] ?? null) });
  const id = str(r, o, "id", "");
  const isDefault = o["default"] == null ? false : r.boolean(o["default"], "default");
  const title = str(r, o, "title", "");
  const scaleObj = sub(r, o, "scale", ""), scale = scaleObj && readScale(r, scaleObj, "scale");
  const sampleObj = sub(r, o, "sample", "");
  const minSample = sampleObj && int(r, sampleObj, "minSample", "sample", 0);
  const z = sampleObj && num(r, sampleObj, "z", "sample", Number.MIN_VALUE);
  const total = num(r, o, "total", "", Number.MIN_VALUE);
  const roundingObj = sub(r, o, "rounding", ""), decimals = roundingObj && int(r, roundingObj, "decimals", "rounding", 0, 10);
  const starsObj = sub(r, o, "stars", "");
  const thresholdList = starsObj && r.array(r.required(starsObj, "thresholds", "stars"), "stars.thresholds");
  const thresholds = thresholdList?.map((t, i) => r.number(t, itemPath("stars.thresholds", i), { min: 0, max: 100 }));
  const defaultTimezone = str(r, o, "defaultTimezone", "");
  const zoneKnown = defaultTimezone !== undefined && isIanaTimeZone(defaultTimezone);
  if (defaultTimezone !== undefined && !zoneKnown) r.report({ code: "unknown_time_zone", path: "defaultTimezone", value: defaultTimezone });
  const groups = readList<GroupDef>(r, o, "groups", "", (g, p) => {
    const code = str(r, g, "code", p), name = str(r, g, "name", p), short = optionalString(r, g, "short", p), max = num(r, g, "max", p, Number.MIN_VALUE);
    return code === undefined || name === undefined || max === undefined ? undefined : { code, name, short: short ?? name, max };
  });
  const indicators = readList(r, o, "indicators", "", (item, p) => readIndicator(r, item, p));
  const channels = readList(r, o, "channels", "", (c, p) => {
    const code = str(r, c, "code", p), name = str(r, c, "name", p);
    return code === undefined || name === undefined ? undefined : { code, name };
  });
  const checklists = readList(r, o, "checklists", "", (item, p) => readChecklist(r, item, p));
  const formsObj = sub(r, o, "forms", "");
  const seekerObj = formsObj && sub(r, formsObj, "seeker", "forms");
  const employerObj = formsObj && sub(r, formsObj, "employer", "forms");
  const seeker = seekerObj && readForm(r, seekerObj, "forms.seeker");
  const employer = employerObj && readForm(r, employerObj, "forms.employer");
  if (
    !format || !defined(id, isDefault, title, scale, minSample, z, total, decimals) || !thresholds || thresholds.some((t) => t === undefined) ||
    !zoneKnown || !groups || !indicators || !channels || !checklists || !seeker || !employer
  ) return undefined;
  return {
    format, id: id!, default: isDefault!, title: title!, scale: scale!, sample: { minSample: minSample!, z: z! }, total: total!,
    rounding: { decimals: decimals! }, stars: { thresholds: thresholds as number[] }, defaultTimezone: defaultTimezone!,
    groups, indicators, channels, checklists, forms: { seeker, employer },
  };
}
