// Reads one questionnaire of a methodology file: questions and their answer fields, notes, profile block.

import { fieldPath, itemPath, type ShapeReader } from "../json/shape-reader.js";
import type { AnswerField, ChoiceOption, Condition, FormDef, ProfileField, ProfileOption, QuestionDef } from "./methodology-types.js";

type Obj = Readonly<Record<string, unknown>>;

/** Reads a list field whose items are objects, skipping items that are not. */
export function readList<T>(r: ShapeReader, obj: Obj, key: string, path: string, read: (item: Obj, path: string) => T | undefined): T[] | undefined {
  const p = fieldPath(path, key);
  const list = r.array(r.required(obj, key, path), p);
  if (!list) return undefined;
  const out: T[] = [];
  list.forEach((item, i) => {
    const o = r.object(item, itemPath(p, i));
    const value = o && read(o, itemPath(p, i));
    if (value !== undefined) out.push(value);
  });
  return out.length === list.length ? out : undefined;
}

/** An optional string field (absent or null → undefined). */
export function optionalString(r: ShapeReader, obj: Obj, key: string, path: string): string | undefined {
  const v = obj[key];
  return v === undefined || v === null ? undefined : r.string(v, fieldPath(path, key));
}

const requiredString = (r: ShapeReader, obj: Obj, key: string, path: string): string | undefined =>
  r.string(r.required(obj, key, path), fieldPath(path, key));

function optionalFlag(r: ShapeReader, obj: Obj, key: string, path: string): boolean | undefined {
  const v = obj[key];
  return v === undefined || v === null ? undefined : r.boolean(v, fieldPath(path, key));
}

function readChoiceOption(r: ShapeReader, o: Obj, path: string): ChoiceOption | undefined {
  const value = requiredString(r, o, "value", path);
  const label = requiredString(r, o, "label", path);
  const channel = optionalString(r, o, "channel", path);
  const other = optionalFlag(r, o, "other", path);
  if (value === undefined || label === undefined) return undefined;
  return { value, label, ...(channel !== undefined && { channel }), ...(other && { other }) };
}

function readCondition(r: ShapeReader, obj: Obj, path: string): Condition | undefined {
  const key = requiredString(r, obj, "key", path);
  const equals = requiredString(r, obj, "equals", path);
  return key === undefined || equals === undefined ? undefined : { key, equals };
}

function readField(r: ShapeReader, o: Obj, path: string): AnswerField | undefined {
  const key = requiredString(r, o, "key", path);
  const type = r.oneOf(r.required(o, "type", path), fieldPath(path, "type"), ["scale", "choice", "text"] as const);
  const whenObj = o["when"] === undefined || o["when"] === null ? undefined : r.object(o["when"], fieldPath(path, "when"));
  const when = whenObj && readCondition(r, whenObj, fieldPath(path, "when"));
  const base = {
    key: key ?? "",
    ...(when && { when }),
    ...text(r, o, path, ["prompt", "statement", "label", "note"]),
  };
  if (key === undefined || type === undefined || (whenObj && !when)) return undefined;
  if (type === "choice") {
    const options = readList(r, o, "options", path, (item, p) => readChoiceOption(r, item, p));
    return options && { ...base, type, options };
  }
  if (type === "text") return { ...base, type, ...text(r, o, path, ["placeholder"]) };
  return { ...base, type };
}

function text(r: ShapeReader, o: Obj, path: string, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) {
    const v = optionalString(r, o, k, path);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function readQuestion(r: ShapeReader, o: Obj, path: string): QuestionDef | undefined {
  const num = r.integer(r.required(o, "number", path), fieldPath(path, "number"), { min: 1 });
  const sheet = r.integer(r.required(o, "sheet", path), fieldPath(path, "sheet"), { min: 1 });
  const questionText = requiredString(r, o, "text", path);
  const parts = readList(r, o, "parts", path, (item, p) => readField(r, item, p));
  if (num === undefined || sheet === undefined || questionText === undefined || !parts) return undefined;
  return { number: num, sheet, text: questionText, ...text(r, o, path, ["statement", "hint", "instruction", "note"]), parts };
}

function readProfileOption(r: ShapeReader, o: Obj, path: string): ProfileOption | undefined {
  const value = requiredString(r, o, "value", path);
  const label = requiredString(r, o, "label", path);
  const exclusive = optionalFlag(r, o, "exclusive", path);
  const other = optionalFlag(r, o, "other", path);
  if (value === undefined || label === undefined) return undefined;
  return { value, label, ...(exclusive && { exclusive }), ...(other && { other }) };
}

function readProfileField(r: ShapeReader, o: Obj, path: string): ProfileField | undefined {
  const key = requiredString(r, o, "key", path);
  const num = r.integer(r.required(o, "number", path), fieldPath(path, "number"), { min: 1 });
  const fieldText = requiredString(r, o, "text", path);
  const type = r.oneOf(r.required(o, "type", path), fieldPath(path, "type"), ["single", "multi"] as const);
  const options = readList(r, o, "options", path, (item, p) => readProfileOption(r, item, p));
  const otherKey = optionalString(r, o, "otherKey", path);
  if (key === undefined || num === undefined || fieldText === undefined || type === undefined || !options) return undefined;
  return { key, number: num, text: fieldText, type, options, ...(otherKey !== undefined && { otherKey }) };
}

const strings = (r: ShapeReader, value: unknown, path: string): string[] | undefined => {
  const list = r.array(value, path);
  if (!list) return undefined;
  const out = list.map((v, i) => r.string(v, itemPath(path, i)));
  return out.every((s): s is string => s !== undefined) ? out : undefined;
};

/** Reads a form; undefined when any part of it has a problem (all reported). */
export function readForm(r: ShapeReader, o: Obj, path: string): FormDef | undefined {
  const head = text(r, o, path, ["code", "name", "title", "draft"]);
  for (const k of ["code", "name", "title", "draft"]) if (head[k] === undefined) r.required(o, k, path);
  const pre = r.object(r.required(o, "preamble", path), fieldPath(path, "preamble"));
  const preamble = pre && {
    heading: requiredString(r, pre, "heading", fieldPath(path, "preamble")),
    paragraphs: strings(r, r.required(pre, "paragraphs", fieldPath(path, "preamble")), fieldPath(path, "preamble.paragraphs")),
  };
  const sheets = readList(r, o, "sheets", path, (s, p) => {
    const number = r.integer(r.required(s, "number", p), fieldPath(p, "number"), { min: 1 });
    const title = requiredString(r, s, "title", p);
    return number === undefined || title === undefined ? undefined : { number, title };
  });
  const questions = readList(r, o, "questions", path, (q, p) => readQuestion(r, q, p));
  const cl = r.object(r.required(o, "closing", path), fieldPath(path, "closing"));
  const closing = cl && {
    key: requiredString(r, cl, "key", fieldPath(path, "closing")),
    sheet: r.integer(r.required(cl, "sheet", fieldPath(path, "closing")), fieldPath(path, "closing.sheet"), { min: 1 }),
    text: requiredString(r, cl, "text", fieldPath(path, "closing")),
  };
  const pr = r.object(r.required(o, "profile", path), fieldPath(path, "profile"));
  const profile = pr && {
    heading: requiredString(r, pr, "heading", fieldPath(path, "profile")),
    intro: requiredString(r, pr, "intro", fieldPath(path, "profile")),
    fields: readList(r, pr, "fields", fieldPath(path, "profile"), (f, p) => readProfileField(r, f, p)),
  };
  const thanks = strings(r, r.required(o, "thanks", path), fieldPath(path, "thanks"));
  if (
    head["code"] === undefined || head["name"] === undefined || head["title"] === undefined || head["draft"] === undefined ||
    !preamble?.heading || !preamble.paragraphs || !sheets || !questions ||
    !closing?.key || closing.sheet === undefined || !closing.text ||
    !profile?.heading || !profile.intro || !profile.fields || !thanks
  ) return undefined;
  return {
    code: head["code"], name: head["name"], title: head["title"], draft: head["draft"],
    preamble: { heading: preamble.heading, paragraphs: preamble.paragraphs },
    sheets, questions,
    closing: { key: closing.key, sheet: closing.sheet, text: closing.text },
    profile: { heading: profile.heading, intro: profile.intro, fields: profile.fields },
    thanks,
  };
}
