// The corrective-measure workflow as data: statuses, kinds, and which transition which level may make.

/** Where a measure stands. */
export type MeasureStatus = "draft" | "planned" | "in_progress" | "done" | "evaluated" | "cancelled";
/** What kind of change a measure makes. */
export type MeasureKind = "process" | "client_experience" | "premises" | "staff_training" | "channels" | "other";
/** Who acts on a measure: the centre that proposed it, or the regional level that owns it (regional admin, federal admin). */
export type MeasureActor = "proposer" | "region";

export const measureStatuses: readonly MeasureStatus[] = ["draft", "planned", "in_progress", "done", "evaluated", "cancelled"];
export const measureKinds: readonly MeasureKind[] = ["process", "client_experience", "premises", "staff_training", "channels", "other"];

/** The Russian names a person reads. */
export const measureStatusNames: Readonly<Record<MeasureStatus, string>> = {
  draft: "черновик",
  planned: "запланирована",
  in_progress: "выполняется",
  done: "выполнена",
  evaluated: "эффект оценён",
  cancelled: "отменена",
};
export const measureKindNames: Readonly<Record<MeasureKind, string>> = {
  process: "оптимизация процесса",
  client_experience: "новый клиентский опыт",
  premises: "помещение и навигация",
  staff_training: "обучение сотрудников",
  channels: "каналы связи",
  other: "другое",
};

/** A status is open while the measure can still be cancelled. */
export const openMeasureStatuses: readonly MeasureStatus[] = ["draft", "planned", "in_progress"];

/** One allowed move of the workflow. */
export interface MeasureTransition {
  readonly from: MeasureStatus;
  readonly to: MeasureStatus;
  readonly actors: readonly MeasureActor[];
  /** The button a person presses. */
  readonly label: string;
  /** A reason must be given (cancelling). */
  readonly needsReason: boolean;
}

const move = (from: MeasureStatus, to: MeasureStatus, label: string, actors: readonly MeasureActor[] = ["region"]): MeasureTransition => ({
  from,
  to,
  actors,
  label,
  needsReason: to === "cancelled",
});

/** Every allowed transition; anything else is a jump the workflow refuses. */
export const measureTransitions: readonly MeasureTransition[] = [
  move("draft", "planned", "Утвердить"),
  move("planned", "in_progress", "Начать выполнение"),
  move("in_progress", "done", "Отметить выполненной"),
  move("done", "evaluated", "Зафиксировать оценку эффекта"),
  move("draft", "cancelled", "Отменить", ["proposer", "region"]),
  move("planned", "cancelled", "Отменить"),
  move("in_progress", "cancelled", "Отменить"),
];

/** The transitions `actor` may make from `status`. */
export function transitionsFrom(status: MeasureStatus, actor: MeasureActor): MeasureTransition[] {
  return measureTransitions.filter((t) => t.from === status && t.actors.includes(actor));
}

/** Why a transition is refused: `jump` (the workflow has no such move) or `actor` (another level makes it). */
export type TransitionRefusal = { readonly kind: "jump" | "actor"; readonly message: string };

/** The transition from `from` to `to` by `actor`, or why it is refused (in Russian). */
export function checkTransition(from: MeasureStatus, to: MeasureStatus, actor: MeasureActor): MeasureTransition | TransitionRefusal {
  const t = measureTransitions.find((x) => x.from === from && x.to === to);
  if (!t) return { kind: "jump", message: `Из статуса «${measureStatusNames[from]}» нельзя перейти в «${measureStatusNames[to]}»` };
  if (!t.actors.includes(actor)) return { kind: "actor", message: `Перевести меру в статус «${measureStatusNames[to]}» может только региональный уровень` };
  return t;
}

/** Whether `actor` may edit the fields of a measure in `status`: the proposer its drafts, the region any measure not yet closed. */
export function canEditMeasure(status: MeasureStatus, actor: MeasureActor): boolean {
  if (actor === "proposer") return status === "draft";
  return status !== "evaluated" && status !== "cancelled";
}

/** A measure is overdue when its planned end has passed (`today` and the end as 'YYYY-MM-DD') and it is neither done nor cancelled. */
export function isMeasureOverdue(status: MeasureStatus, plannedEnd: string, today: string): boolean {
  return plannedEnd < today && (status === "draft" || status === "planned" || status === "in_progress");
}
