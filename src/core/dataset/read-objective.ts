// Reads and checks objective entries: checklists, vacancies, events, channel sets, and that entries never overlap.

import { describeValue } from "../json/json-text.js";
import { fieldPath, itemPath, type RefusingReader } from "../json/shape-reader.js";
import type { IndicatorDef, Methodology } from "../methodology/methodology-types.js";
import { parsePeriod, periodsOverlap, type Period } from "../periods/period.js";
import type { ObjectiveEntry } from "./dataset-types.js";

const countFields = ["met", "applicable", "vacanciesNow", "vacanciesYearAgo", "events"] as const;
type CountField = (typeof countFields)[number];

const fieldsOf = (ind: IndicatorDef): readonly CountField[] =>
  ind.objective?.kind === "checklist"
    ? ["met", "applicable"]
    : ind.objective?.kind === "vacancyGrowth"
      ? ["vacanciesNow", "vacanciesYearAgo"]
      : ind.objective?.kind === "events"
        ? ["events"]
        : [];

function count(r: RefusingReader, o: Readonly<Record<string, unknown>>, key: CountField, path: string): number {
  const v = r.required(o, key, path);
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) r.fail({ code: "bad_count", path: fieldPath(path, key), value: describeValue(v) });
  return v;
}

function readEntry(r: RefusingReader, value: unknown, path: string, unitIds: ReadonlySet<string>, m: Methodology): ObjectiveEntry {
  const o = r.object(value, path);
  const unit = r.string(r.required(o, "unit", path), fieldPath(path, "unit"));
  if (!unitIds.has(unit)) r.fail({ code: "unknown_unit", path: fieldPath(path, "unit"), id: unit });
  const period = r.string(r.required(o, "period", path), fieldPath(path, "period"));
  if (!parsePeriod(period)) r.fail({ code: "bad_period", path: fieldPath(path, "period"), value: period });
  const hasIndicator = o["indicator"] != null,
    hasChannels = o["channels"] != null;
  if (hasIndicator && hasChannels) r.fail({ code: "indicator_and_channels", path });
  if (!hasIndicator && !hasChannels) r.fail({ code: "indicator_or_channels_missing", path });
  if (hasChannels) {
    for (const key of countFields) if (o[key] != null) r.fail({ code: "field_not_expected", path: fieldPath(path, key), indicator: "channels" });
    const p = fieldPath(path, "channels");
    const known = m.channels.map((c) => c.code);
    const channels = r.array(o["channels"], p).map((c, i) => {
      if (typeof c !== "string") return r.string(c, itemPath(p, i));
      if (!known.includes(c)) r.fail({ code: "unknown_channel", path: p, value: describeValue(c) });
      return c;
    });
    channels.forEach((c, i) => {
      if (channels.indexOf(c) !== i) r.fail({ code: "duplicate_value", path: p, value: describeValue(c) });
    });
    return { unit, period, channels };
  }
  const code = r.string(o["indicator"], fieldPath(path, "indicator"));
  const ind = m.indicators.find((x) => x.code === code);
  if (!ind) r.fail({ code: "unknown_indicator", path: fieldPath(path, "indicator"), value: describeValue(code) });
  if (!ind.objective) r.fail({ code: "indicator_without_entries", path: fieldPath(path, "indicator"), indicator: code });
  if (ind.objective.kind === "channelCoverage") r.fail({ code: "indicator_takes_channels", path: fieldPath(path, "indicator"), indicator: code });
  const wanted = fieldsOf(ind);
  for (const key of countFields)
    if (!wanted.includes(key) && o[key] != null) r.fail({ code: "field_not_expected", path: fieldPath(path, key), indicator: code });
  switch (ind.objective.kind) {
    case "checklist": {
      const met = count(r, o, "met", path),
        applicable = count(r, o, "applicable", path);
      if (met > applicable) r.fail({ code: "met_exceeds_applicable", path: fieldPath(path, "met"), met, applicable });
      return { unit, period, indicator: code, met, applicable };
    }
    case "vacancyGrowth":
      return { unit, period, indicator: code, vacanciesNow: count(r, o, "vacanciesNow", path), vacanciesYearAgo: count(r, o, "vacanciesYearAgo", path) };
    case "events":
      return { unit, period, indicator: code, events: count(r, o, "events", path) };
  }
}

/** Reads `objective`; refuses at the first problem, an entry overlapping an earlier one of its unit and indicator included. */
export function readObjective(r: RefusingReader, value: unknown, path: string, unitIds: ReadonlySet<string>, m: Methodology): ObjectiveEntry[] {
  const entries = r.array(value, path).map((item, i) => readEntry(r, item, itemPath(path, i), unitIds, m));
  const groups = new Map<string, { index: number; period: Period }[]>();
  entries.forEach((e, j) => {
    const key = `${e.unit}\u0000${"indicator" in e ? e.indicator : "#channels"}`;
    const period = parsePeriod(e.period) as Period;
    const earlier = groups.get(key) ?? [];
    const clash = earlier.find((x) => periodsOverlap(x.period, period));
    if (clash) r.fail({ code: "objective_overlap", path: itemPath(path, j), other: itemPath(path, clash.index) });
    earlier.push({ index: j, period });
    groups.set(key, earlier);
  });
  return entries;
}
