// Before/after of an audit entry as a readable difference: the fields that changed, each with its old and new value.

/** One changed field: its path (a.b for nested fields) and its values as text («—» when absent). */
export interface AuditChange {
  field: string;
  before: string;
  after: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function text(value: unknown): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "boolean") return value ? "да" : "нет";
  if (typeof value === "string") return value === "" ? "«»" : value;
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** The changed fields of `before` → `after` (nested objects by path); a whole value when either side is not an object. */
export function auditDiff(before: unknown, after: unknown, prefix = ""): AuditChange[] {
  if (!isRecord(before) || !isRecord(after)) {
    if (isRecord(before) && (after === null || after === undefined)) return auditDiff(before, {}, prefix);
    if (isRecord(after) && (before === null || before === undefined)) return auditDiff({}, after, prefix);
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ field: prefix || "значение", before: text(before), after: text(after) }];
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const [b, a] = [before[key], after[key]];
    if (isRecord(b) && isRecord(a)) return auditDiff(b, a, path);
    return JSON.stringify(b) === JSON.stringify(a) ? [] : [{ field: path, before: text(b), after: text(a) }];
  });
}
