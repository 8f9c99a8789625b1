// Assembles GET /api/objective: a unit's entries for a period with their details, inherited entries and allowed actions.
import type { Methodology } from "../../core/index.js";
import {
  findUnit,
  findUnitAncestry,
  listObjectiveEntriesFor,
  listObjectiveReopenings,
  peopleById,
  readEntryDetails,
  type Db,
  type ObjectiveStatus,
  type StoredObjectiveEntry,
} from "../../db/index.js";
import type { Principal } from "../auth/access.js";
import { unitNotFoundMessage } from "../auth/guards.js";
import { NotFoundError } from "../errors/app-errors.js";
import { eventKinds, unitKindAllows, type ObjectiveInput } from "./objective-input.js";
import { entryActions } from "./objective-permissions.js";
import type { ObjectiveBlock, ObjectiveEntryView, ObjectivePage, PersonRef } from "./objective-types.js";

/** The people behind the given user ids. */
async function people(db: Db, ids: readonly (string | null)[]): Promise<Map<string, PersonRef>> {
  return peopleById(db, ids);
}

/** Full views of stored entries for `principal`. */
export async function entryViews(
  db: Db,
  principal: Principal,
  entries: readonly StoredObjectiveEntry[],
  countStatuses: readonly ObjectiveStatus[],
): Promise<Map<string, ObjectiveEntryView>> {
  const out = new Map<string, ObjectiveEntryView>();
  if (entries.length === 0) return out;
  const reopenings = await listObjectiveReopenings(
    db,
    entries.map((e) => e.id),
  );
  const names = await people(db, [...entries.flatMap((e) => [e.submittedBy, e.approvedBy]), ...reopenings.map((r) => r.by)]);
  const paths = new Map<string, string[]>();
  for (const e of entries) if (!paths.has(e.unitId)) paths.set(e.unitId, await findUnitAncestry(db, e.unitId));
  for (const e of entries) {
    const details = await readEntryDetails(db, e.id);
    const submittedBy = e.submittedBy ? names.get(e.submittedBy) : undefined;
    const approvedBy = e.approvedBy ? names.get(e.approvedBy) : undefined;
    out.set(e.id, {
      id: e.id,
      unitId: e.unitId,
      indicator: e.indicator,
      period: e.period,
      status: e.status,
      payload: e.payload,
      answers: details.answers,
      events: details.events,
      photos: details.photos.map((p) => ({
        id: p.id,
        item: p.item,
        fileName: p.fileName,
        contentType: p.contentType,
        size: p.size,
        url: `/api/objective/photos/${p.id}`,
      })),
      returnReason: e.returnReason,
      updatedAt: e.updatedAt.toISOString(),
      ...(submittedBy ? { submittedBy } : {}),
      ...(e.submittedAt ? { submittedAt: e.submittedAt.toISOString() } : {}),
      ...(approvedBy ? { approvedBy } : {}),
      ...(e.approvedAt ? { approvedAt: e.approvedAt.toISOString() } : {}),
      reopenings: reopenings
        .filter((r) => r.entryId === e.id)
        .map((r) => ({ at: r.at.toISOString(), ...(r.by && names.get(r.by) ? { by: names.get(r.by) as PersonRef } : {}), reason: r.reason })),
      counted: countStatuses.includes(e.status),
      actions: entryActions(principal, paths.get(e.unitId) ?? [], e),
    });
  }
  return out;
}

/** The page of `unitId` (readable by the principal: the route's guard checked) for `period`. */
export async function objectivePage(
  db: Db,
  m: Methodology,
  principal: Principal,
  unitId: string,
  period: string,
  countStatuses: readonly ObjectiveStatus[],
): Promise<ObjectivePage> {
  const unit = await findUnit(db, unitId);
  if (!unit) throw new NotFoundError(unitNotFoundMessage);
  const path = await findUnitAncestry(db, unitId);
  const own = await listObjectiveEntriesFor(db, [unitId], period);
  const ancestors = await listObjectiveEntriesFor(db, path.slice(1), period);
  const views = await entryViews(db, principal, [...own, ...ancestors], countStatuses);
  const ancestorNames = new Map<string, string>();
  for (const id of path.slice(1)) ancestorNames.set(id, (await findUnit(db, id))?.name ?? id);
  const createActions = entryActions(principal, path, undefined);

  const block = (indicator: string | null, sample: ObjectiveInput, inherits: boolean): ObjectiveBlock => {
    const mine = own.find((e) => e.indicator === indicator);
    const applies = unitKindAllows(m, sample, unit.kind);
    let inherited: ObjectiveBlock["inherited"];
    if (!mine && inherits) {
      for (const id of path.slice(1)) {
        const theirs = ancestors.find((e) => e.unitId === id && e.indicator === indicator);
        const view = theirs && views.get(theirs.id);
        if (view) {
          inherited = { unitId: id, unitName: ancestorNames.get(id) ?? id, entry: view };
          break;
        }
      }
    }
    const entry = mine ? views.get(mine.id) : undefined;
    return {
      indicator,
      applies,
      inherits,
      ...(entry ? { entry } : {}),
      ...(inherited ? { inherited } : {}),
      canCreate: applies && !mine && createActions.edit,
    };
  };
  const indicatorDef = (kind: string) => m.indicators.find((i) => i.objective?.kind === kind);
  const vacancy = indicatorDef("vacancyGrowth"),
    events = indicatorDef("events"),
    channels = indicatorDef("channelCoverage");
  return {
    unit: { id: unit.id, kind: unit.kind, name: unit.name },
    period,
    methodology: { id: m.id, title: m.title },
    countStatuses: [...countStatuses],
    checklists: m.checklists.map((c) => ({
      code: c.code,
      name: c.name,
      scope: c.scope,
      items: c.items.map((i) => ({ code: i.code, text: i.text })),
      ...block(c.indicator, { kind: "checklist", checklist: c.code, answers: [] }, m.indicators.find((i) => i.code === c.indicator)?.inherits ?? false),
    })),
    vacancies: block(vacancy?.code ?? null, { kind: "vacancies", vacanciesNow: 0, vacanciesYearAgo: 0 }, vacancy?.inherits ?? false),
    events: { ...block(events?.code ?? null, { kind: "events", events: [] }, false), kinds: [...eventKinds] },
    channels: {
      ...block(null, { kind: "channels", channels: [] }, channels?.inherits ?? true),
      vocabulary: m.channels.map((c) => ({ code: c.code, name: c.name })),
    },
  };
}
