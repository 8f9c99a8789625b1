// Checks the rows of a region-structure file against the region's current tree and plans the writes: all rows valid, or every bad row named.
import type { JsonObject, NewUnit, UnitDetails, UnitKind, UnitPatch } from "../../db/index.js";
import { dayHeaders, dayKeys, dayOffText, kindOfText } from "./region-sheet-layout.js";
import type { SheetRow } from "./region-sheet-reader.js";
import { isDayHours, placementProblem, regionCodePattern, unitCodePattern } from "./unit-rules.js";

/** A problem of one sheet row, in Russian. */
export interface RowError {
  row: number;
  message: string;
}

/** What an accepted file changes: units to create (parents first) and to update, and how many rows change nothing. */
export interface RegionImportPlan {
  creates: NewUnit[];
  updates: { before: UnitDetails; patch: UnitPatch }[];
  unchanged: number;
}

interface RowUnit {
  row: number;
  id: string;
  kind: Exclude<UnitKind, "region">;
  name: string;
  parentId: string;
  hours: JsonObject | null;
}

function readHours(days: readonly string[], problems: string[]): JsonObject | null {
  if (days.every((d) => d === "")) return null;
  const hours: JsonObject = {};
  days.forEach((text, i) => {
    const day = dayKeys[i]!;
    if (text === "" || text.toLowerCase() === dayOffText || text === "-") hours[day] = null;
    else if (isDayHours(text)) hours[day] = text;
    else
      problems.push(
        `часы работы «${text}» в столбце «${dayHeaders[i]}» не распознаны (нужно ЧЧ:ММ-ЧЧ:ММ, начало раньше конца, например 09:00-18:00, или «выходной»)`,
      );
  });
  return hours;
}

/** The row's own problems (fields), or the unit it describes. */
function readRow(row: SheetRow, regionId: string, elsewhere: ReadonlySet<string>, problems: string[]): RowUnit | undefined {
  if (row.code === "") problems.push("не указан код");
  else if (!unitCodePattern.test(row.code)) problems.push(`код «${row.code}» недопустим (латинские буквы, цифры и знаки . _ -, до 64 символов)`);
  else if (row.code === regionId || regionCodePattern.test(row.code)) problems.push(`код «${row.code}» — код субъекта РФ; субъекты в файле не меняются`);
  else if (elsewhere.has(row.code)) problems.push(`подразделение с кодом «${row.code}» относится к другому субъекту РФ`);
  const kind = kindOfText(row.kind);
  if (row.kind === "") problems.push("не указан вид (управляющий или территориальный)");
  else if (!kind) problems.push(`вид «${row.kind}» не распознан: нужно «управляющий» или «территориальный»`);
  if (row.name === "") problems.push("не указано наименование");
  else if (row.name.length > 300) problems.push("наименование длиннее 300 символов");
  if (row.parent === "") problems.push("не указан код родителя");
  const hours = readHours(row.days, problems);
  if (problems.length > 0 || !kind) return undefined;
  return { row: row.row, id: row.code, kind, name: row.name, parentId: row.parent, hours };
}

/** Equal hours, whatever the key order (jsonb reorders keys). */
const sameHours = (a: JsonObject | null, b: JsonObject | null) =>
  a === null || b === null ? a === b : dayKeys.every((d) => (a[d] ?? null) === (b[d] ?? null));

/**
 * Plans the import of `rows` into region `region` whose subtree is `existing` (the region
 * included); `elsewhere` holds the row codes that exist outside it. Checks each row (code,
 * kind, name, parent, hours), duplicate codes, unknown parents, the placement of every unit
 * of the resulting tree, and cycles.
 */
export function planRegionImport(
  region: UnitDetails,
  existing: readonly UnitDetails[],
  elsewhere: ReadonlySet<string>,
  rows: readonly SheetRow[],
): { errors: RowError[] } | RegionImportPlan {
  const errors: RowError[] = [];
  const fail = (row: number, message: string) => errors.push({ row, message });
  const current = new Map(existing.map((u) => [u.id, u]));
  const firstRow = new Map<string, number>();
  const read: RowUnit[] = [];
  for (const row of rows) {
    const problems: string[] = [];
    const unit = readRow(row, region.id, elsewhere, problems);
    for (const p of problems) fail(row.row, p);
    if (row.code !== "") {
      const first = firstRow.get(row.code);
      if (first !== undefined) fail(row.row, `код «${row.code}» уже встречается в строке ${first}`);
      else firstRow.set(row.code, row.row);
    }
    if (unit && firstRow.get(unit.id) === row.row) read.push(unit);
  }
  // The tree as it would be: the region's current units with the rows applied.
  const final = new Map<string, { id: string; kind: UnitKind; parentId: string | null; network: UnitDetails["network"]; row?: number }>();
  for (const u of existing) final.set(u.id, { id: u.id, kind: u.kind, parentId: u.parentId, network: u.network });
  for (const u of read) final.set(u.id, { id: u.id, kind: u.kind, parentId: u.parentId, network: null, row: u.row });
  for (const u of read) {
    const parent = final.get(u.parentId);
    if (!parent) {
      fail(
        u.row,
        elsewhere.has(u.parentId) || regionCodePattern.test(u.parentId)
          ? `код родителя «${u.parentId}» относится к другому субъекту РФ`
          : `неизвестный код родителя «${u.parentId}»`,
      );
      continue;
    }
    if (u.parentId === u.id) {
      fail(u.row, "подразделение не может быть родителем самому себе");
      continue;
    }
    const problem = placementProblem(u.kind, parent);
    if (problem) fail(u.row, problem.charAt(0).toLowerCase() + problem.slice(1));
  }
  // Units the file does not list may stop fitting under a parent whose kind the file changes.
  for (const u of existing) {
    if (u.parentId === null || read.some((r) => r.id === u.id)) continue;
    const parent = final.get(u.parentId);
    const problem = parent && parent.row !== undefined ? placementProblem(u.kind, parent) : undefined;
    if (problem && parent?.row !== undefined)
      fail(parent.row, `подчинённое подразделение «${u.id}» не может остаться под ним: ${problem.charAt(0).toLowerCase() + problem.slice(1)}`);
  }
  for (const u of read) {
    if (u.parentId === u.id) continue;
    const seen = [u.id];
    for (let at = final.get(u.parentId); at && at.parentId !== null; at = final.get(at.parentId)) {
      if (at.id === u.id) {
        fail(u.row, `цикл подчинения: ${[...seen, u.id].join(" → ")}`);
        break;
      }
      if (seen.includes(at.id)) break;
      seen.push(at.id);
    }
  }
  if (errors.length > 0) return { errors: errors.sort((a, b) => a.row - b.row) };

  const depth = (id: string): number => {
    let d = 0;
    for (let at = final.get(id); at && at.parentId !== null; at = final.get(at.parentId)) d++;
    return d;
  };
  const creates: NewUnit[] = read
    .filter((u) => !current.has(u.id))
    .sort((a, b) => depth(a.id) - depth(b.id) || a.row - b.row)
    .map((u) => ({ id: u.id, kind: u.kind, name: u.name, parentId: u.parentId, hours: u.hours }));
  const updates: RegionImportPlan["updates"] = [];
  let unchanged = 0;
  for (const u of read) {
    const before = current.get(u.id);
    if (!before) continue;
    const patch: UnitPatch = {};
    if (before.kind !== u.kind) patch.kind = u.kind;
    if (before.name !== u.name) patch.name = u.name;
    if (before.parentId !== u.parentId) patch.parentId = u.parentId;
    if (!sameHours(before.hours, u.hours)) patch.hours = u.hours;
    if (Object.keys(patch).length === 0) unchanged++;
    else updates.push({ before, patch });
  }
  return { creates, updates, unchanged };
}
