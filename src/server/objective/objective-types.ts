// The response shapes of the objective-data API (/api/objective*), shared with the admin app (src/web imports these types only).

export type ObjectiveStatus = "draft" | "submitted" | "approved" | "returned";
export type ChecklistAnswer = "yes" | "no" | "na";

/** A person as the workflow names them. */
export interface PersonRef { id: string; login: string; displayName: string }

/** One stored entry with its details, its history marks and what the caller may do with it. */
export interface ObjectiveEntryView {
  id: string;
  unitId: string;
  indicator: string | null;
  period: string;
  status: ObjectiveStatus;
  /** What the index reads: {met, applicable} | {vacanciesNow, vacanciesYearAgo} | {events} | {channels}. */
  payload: Record<string, unknown>;
  answers: { item: string; answer: ChecklistAnswer; comment: string | null }[];
  events: { date: string; title: string; kind: string }[];
  photos: { id: string; item: string | null; fileName: string | null; contentType: string; size: number; url: string }[];
  returnReason: string | null;
  updatedAt: string;
  submittedBy?: PersonRef;
  submittedAt?: string;
  approvedBy?: PersonRef;
  approvedAt?: string;
  reopenings: { at: string; by?: PersonRef; reason: string }[];
  /** Whether the index counts this entry now (its status is one the methodology counts). */
  counted: boolean;
  actions: { edit: boolean; submit: boolean; approve: boolean; return: boolean; reopen: boolean };
}

/** An ancestor's entry serving a unit that has none of its own (inheriting indicators, methodology §4). */
export interface InheritedEntry { unitId: string; unitName: string; entry: ObjectiveEntryView }

/** One block of the page: a checklist, the vacancy base, the events or the channels. */
export interface ObjectiveBlock {
  /** The indicator fed (null for channels). */
  indicator: string | null;
  /** Whether this unit's kind holds such data (region-level checklists: only regions; events, office checklists: only centres). */
  applies: boolean;
  /** Whether a unit without its own entry takes its nearest ancestor's. */
  inherits: boolean;
  entry?: ObjectiveEntryView;
  inherited?: InheritedEntry;
  /** What the caller may do when there is no entry yet. */
  canCreate: boolean;
}

/** GET /api/objective?unit=ID&period=P: a unit's objective data for a period, with the active methodology's definitions. */
export interface ObjectivePage {
  unit: { id: string; kind: "region" | "managing" | "territorial"; name: string };
  period: string;
  methodology: { id: string; title: string };
  /** The workflow states the index counts (methodology setting `objective.countStatuses`). */
  countStatuses: ObjectiveStatus[];
  checklists: (ObjectiveBlock & { code: string; name: string; scope: "office" | "region"; items: { code: string; text: string }[] })[];
  vacancies: ObjectiveBlock;
  events: ObjectiveBlock & { kinds: { code: string; name: string }[] };
  channels: ObjectiveBlock & { vocabulary: { code: string; name: string }[] };
}

/** One audit record of an entry. */
export interface ObjectiveHistoryRecord {
  at: string;
  action: string;
  actor?: PersonRef;
  before: unknown;
  after: unknown;
}

/** POST /api/objective/import: what was stored. */
export interface ObjectiveImportReport {
  created: number;
  updated: number;
  /** The status imported entries get. */
  status: "submitted";
}

/** One refused row of an import (the whole file is then refused). */
export interface ImportRowError { sheet: string; row: number; message: string }
