// A stored measure as the API shows it: Russian names, overdue, and what the caller may do with it now.
import { canEditMeasure, isMeasureOverdue, measureKindNames, measureStatusNames, transitionsFrom, type Methodology } from "../../core/index.js";
import type { MeasureComment, MeasureFileInfo, StoredMeasure } from "../../db/index.js";
import type { Principal } from "../auth/access.js";
import { measureActorOf } from "./measures-access.js";
import type { MeasureCommentView, MeasureFileView, MeasureView } from "../../contract/measures.js";

/** Today as 'YYYY-MM-DD' (UTC). */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** The name of an indicator (its code when the methodology does not know it). */
export const indicatorNameOf = (m: Methodology, code: string): string => m.indicators.find((i) => i.code === code)?.name ?? code;

/** The view of `measure` for `principal` (whose unit ancestry is `unitPath`). */
export function measureView(measure: StoredMeasure, principal: Principal, unitPath: readonly string[], m: Methodology, today = todayIso()): MeasureView {
  const actor = measureActorOf(principal, unitPath);
  const open = measure.status !== "cancelled" && measure.status !== "evaluated";
  return {
    id: measure.id,
    unit: { id: measure.unitId, name: measure.unitName },
    title: measure.title,
    description: measure.description,
    kind: measure.kind,
    kindName: measureKindNames[measure.kind],
    clientParticipation: measure.clientParticipation,
    owner: measure.owner,
    view: measure.view,
    plannedStart: measure.plannedStart,
    plannedEnd: measure.plannedEnd,
    actualStart: measure.actualStart,
    actualEnd: measure.actualEnd,
    status: measure.status,
    statusName: measureStatusNames[measure.status],
    cancelReason: measure.cancelReason,
    indicators: measure.indicators.map((code) => ({ code, name: indicatorNameOf(m, code) })),
    overdue: isMeasureOverdue(measure.status, measure.plannedEnd, today),
    createdBy: measure.createdByName,
    createdAt: measure.createdAt.toISOString(),
    updatedAt: measure.updatedAt.toISOString(),
    allowed: {
      edit: actor !== undefined && canEditMeasure(measure.status, actor),
      comment: actor !== undefined,
      upload: actor !== undefined && open,
      transitions: actor ? transitionsFrom(measure.status, actor).map((t) => ({ to: t.to, label: t.label, needsReason: t.needsReason })) : [],
    },
  };
}

/** A comment of the thread as the API shows it. */
export const commentView = (c: MeasureComment): MeasureCommentView => ({ id: c.id, body: c.body, createdAt: c.createdAt.toISOString(), author: c.authorName });

/** An evidence file as the API shows it. */
export const fileView = (f: MeasureFileInfo): MeasureFileView => ({
  id: f.id,
  fileName: f.fileName,
  contentType: f.contentType,
  size: f.size,
  uploadedAt: f.uploadedAt.toISOString(),
  uploadedBy: f.uploadedByName,
  url: `/api/loop/measures/files/${f.id}`,
});
