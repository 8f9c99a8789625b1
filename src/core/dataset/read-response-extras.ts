// Checks the optional parts of a response: comments, the socio-demographic profile, collection metadata.

import { describeValue } from "../json/json-text.js";
import { fieldPath, itemPath, type RefusingReader } from "../json/shape-reader.js";
import type { FormIndex } from "../methodology/form-index.js";
import type { ResponseMeta } from "./dataset-types.js";

/** Reads `comments`: free texts keyed by a note of the form or its closing field. */
export function readComments(r: RefusingReader, value: unknown, path: string, form: FormIndex): Record<string, string> {
  const o = r.object(value, path);
  const out: Record<string, string> = {};
  for (const key of Object.keys(o)) {
    const v = o[key];
    if (v === null || v === undefined) continue;
    if (!form.commentKeys.has(key)) r.fail({ code: "unknown_key", path: fieldPath(path, key), key });
    if (typeof v !== "string") r.fail({ code: "not_text", path: fieldPath(path, key), value: describeValue(v) });
    out[key] = v;
  }
  return out;
}

/** Reads `profile` against the form's socio-demographic block. */
export function readProfile(r: RefusingReader, value: unknown, path: string, form: FormIndex): Record<string, string | string[]> {
  const o = r.object(value, path);
  const out: Record<string, string | string[]> = {};
  for (const key of Object.keys(o)) {
    const v = o[key];
    if (v === null || v === undefined) continue;
    const p = fieldPath(path, key);
    const field = form.profileByKey.get(key);
    if (field) {
      const allowed = field.options.map((opt) => opt.value);
      const check = (x: unknown, at: string): string => {
        if (typeof x !== "string" || !allowed.includes(x)) r.fail({ code: "unknown_option", path: at, value: describeValue(x), allowed });
        return x;
      };
      if (field.type === "single") out[key] = check(v, p);
      else {
        const values = r.array(v, p).map((x, i) => check(x, itemPath(p, i)));
        values.forEach((x, i) => {
          if (values.indexOf(x) !== i) r.fail({ code: "duplicate_value", path: itemPath(p, i), value: x });
          if (values.length > 1 && field.options.find((opt) => opt.value === x)?.exclusive)
            r.fail({ code: "exclusive_option", path: itemPath(p, i), value: x });
        });
        out[key] = values;
      }
      continue;
    }
    const owner = form.profileOtherKeys.get(key);
    if (!owner) r.fail({ code: "unknown_key", path: p, key });
    if (typeof v !== "string") r.fail({ code: "not_text", path: p, value: describeValue(v) });
    out[key] = v;
  }
  for (const [key, owner] of form.profileOtherKeys) {
    if (out[key] === undefined) continue;
    const other = owner.options.find((opt) => opt.other);
    const chosen = out[owner.key];
    const picked = Array.isArray(chosen) ? chosen.includes(other?.value ?? "") : chosen === other?.value;
    if (!picked) r.fail({ code: "condition_not_met", path: fieldPath(path, key), requires: { key: owner.key, equals: other?.value ?? "other" } });
  }
  return out;
}

/** Reads `meta` (collection channel, duration, device key); unknown fields are dropped. */
export function readMeta(r: RefusingReader, value: unknown, path: string): ResponseMeta {
  const o = r.object(value, path);
  const meta: { -readonly [K in keyof ResponseMeta]: ResponseMeta[K] } = {};
  if (o["channel"] != null) meta.channel = r.oneOf(o["channel"], fieldPath(path, "channel"), ["qr", "link", "kiosk", "paper", "import"] as const);
  if (o["durationSec"] != null) meta.durationSec = r.number(o["durationSec"], fieldPath(path, "durationSec"), { min: 0 });
  if (o["device"] != null) meta.device = r.string(o["device"], fieldPath(path, "device"));
  return meta;
}
