// Client-journey templates as data (methodology/journeys/<id>.json) and a region's edited copy of one: stages
// mapped to indicators, questions and themes, validated against the methodology and the theme taxonomy.

import type { View } from "../counters/counter-cell.js";
import { fieldPath, itemPath, ShapeReader } from "../json/shape-reader.js";
import { formIndex } from "../methodology/form-index.js";
import type { Methodology } from "../methodology/methodology-types.js";
import { accepted, refused, type Outcome } from "../problems/outcome.js";
import type { Problem } from "../problems/problem.js";

/** The journeys file's format tag. */
export const JOURNEYS_FORMAT = "zvezda-journeys/1";

/** One stage of a journey. */
export interface JourneyStage {
  readonly code: string;
  readonly title: string;
  readonly description: string;
  /** Indicator codes whose scores colour the stage. */
  readonly indicators: readonly string[];
  /** Answer keys of the view's form (default: the survey keys of the indicators). */
  readonly questions: readonly string[];
  /** Theme codes whose texts belong to the stage. */
  readonly themes: readonly string[];
}

/** A journey of one view (a template or a region's copy). */
export interface JourneyTemplate {
  readonly title: string;
  readonly stages: readonly JourneyStage[];
}

/** The shipped templates. */
export interface JourneyTemplates {
  readonly format: typeof JOURNEYS_FORMAT;
  readonly id: string;
  readonly title: string;
  readonly templates: Readonly<Record<View, JourneyTemplate>>;
}

/** What codes a journey may name. */
export interface JourneyVocabulary {
  readonly methodology: Methodology;
  readonly themeCodes: readonly string[];
}

const codePattern = /^[a-z][a-z0-9_]{0,39}$/;
const maxStages = 12;

/** Reads one journey of `view` at `path`, reporting every problem (unknown codes with their path). */
function readTemplate(r: ShapeReader, problems: Problem[], value: unknown, path: string, view: View, vocab: JourneyVocabulary): JourneyTemplate | undefined {
  if (value === undefined) return undefined;
  const o = r.object(value, path);
  if (!o) return undefined;
  for (const key of Object.keys(o)) if (key !== "title" && key !== "stages") problems.push({ code: "unknown_key", path: fieldPath(path, key), key });
  const title = r.string(r.required(o, "title", path), fieldPath(path, "title"));
  const stagesPath = fieldPath(path, "stages");
  const raw = r.required(o, "stages", path);
  const list = raw === undefined ? undefined : r.array(raw, stagesPath);
  if (list && (list.length === 0 || list.length > maxStages))
    problems.push({ code: "out_of_range", path: stagesPath, value: String(list.length), min: 1, max: maxStages });
  const m = vocab.methodology;
  const indicators = new Map(m.indicators.map((i) => [i.code, i]));
  const form = formIndex(m, view);
  const themes = new Set(vocab.themeCodes);
  const seen = new Set<string>();
  const stages: JourneyStage[] = [];
  (list ?? []).forEach((item, i) => {
    const at = itemPath(stagesPath, i);
    const s = r.object(item, at);
    if (!s) return;
    for (const key of Object.keys(s))
      if (!["code", "title", "description", "indicators", "questions", "themes"].includes(key))
        problems.push({ code: "unknown_key", path: fieldPath(at, key), key });
    const code = r.string(r.required(s, "code", at), fieldPath(at, "code"));
    if (code !== undefined && !codePattern.test(code))
      problems.push({ code: "wrong_format", path: fieldPath(at, "code"), expected: "латинские строчные буквы, цифры и _", found: JSON.stringify(code) });
    else if (code !== undefined && seen.has(code)) problems.push({ code: "duplicate_code", path: fieldPath(at, "code"), value: code });
    if (code !== undefined) seen.add(code);
    const stageTitle = r.string(r.required(s, "title", at), fieldPath(at, "title"));
    const description =
      typeof s.description === "string" ? s.description : s.description === undefined ? "" : (r.string(s.description, fieldPath(at, "description")) ?? "");
    const codes = (key: string, known: (c: string) => boolean, unknown: (c: string, p: string) => Problem, optional = false): string[] | undefined => {
      const p = fieldPath(at, key);
      if (optional && s[key] === undefined) return undefined;
      const arr = r.array(r.required(s, key, at), p);
      if (!arr) return [];
      const out: string[] = [];
      arr.forEach((x, k) => {
        const c = r.string(x, itemPath(p, k));
        if (c === undefined) return;
        if (!known(c)) problems.push(unknown(c, itemPath(p, k)));
        else if (!out.includes(c)) out.push(c);
      });
      return out;
    };
    const inds =
      codes(
        "indicators",
        (c) => indicators.has(c),
        (c, p) => ({ code: "unknown_indicator", path: p, value: c }),
      ) ?? [];
    const themeList =
      codes(
        "themes",
        (c) => themes.has(c),
        (c, p) => ({ code: "not_in_list", path: p, value: c, allowed: vocab.themeCodes }),
      ) ?? [];
    const questions =
      codes(
        "questions",
        (c) => form.byKey.has(c),
        (c, p) => ({ code: "unknown_answer_key", path: p, key: c, view }),
        true,
      ) ?? inds.map((c) => indicators.get(c)?.survey?.key).filter((k): k is string => k !== undefined && form.byKey.has(k));
    if (code !== undefined && stageTitle !== undefined) stages.push({ code, title: stageTitle, description, indicators: inds, questions, themes: themeList });
  });
  return title === undefined ? undefined : { title, stages };
}

/** Validates a region's copy of the journey of `view` (path `journey`). */
export function validateJourney(value: unknown, view: View, vocab: JourneyVocabulary, path = "journey"): Outcome<JourneyTemplate> {
  const problems: Problem[] = [];
  const r = new ShapeReader((p) => problems.push(p));
  const template = readTemplate(r, problems, value, path, view, vocab);
  return problems.length > 0 || !template ? refused(problems) : accepted(template);
}

/** Validates the shipped templates file. */
export function validateJourneyTemplates(value: unknown, vocab: JourneyVocabulary): Outcome<JourneyTemplates> {
  const problems: Problem[] = [];
  const r = new ShapeReader((p) => problems.push(p));
  const o = r.object(value, "");
  if (!o) return refused(problems);
  const format = r.required(o, "format", "");
  if (format !== undefined && format !== JOURNEYS_FORMAT)
    problems.push({ code: "wrong_format", path: "format", expected: JOURNEYS_FORMAT, found: JSON.stringify(format) });
  const id = r.string(r.required(o, "id", ""), "id");
  const title = r.string(r.required(o, "title", ""), "title");
  for (const key of Object.keys(o)) if (!["format", "id", "title", "notes", "templates"].includes(key)) problems.push({ code: "unknown_key", path: key, key });
  const t = r.object(r.required(o, "templates", ""), "templates");
  const seeker = t ? readTemplate(r, problems, r.required(t, "seeker", "templates"), "templates.seeker", "seeker", vocab) : undefined;
  const employer = t ? readTemplate(r, problems, r.required(t, "employer", "templates"), "templates.employer", "employer", vocab) : undefined;
  if (problems.length > 0 || !id || !title || !seeker || !employer) return refused(problems);
  return accepted({ format: JOURNEYS_FORMAT, id, title, templates: { seeker, employer } });
}
