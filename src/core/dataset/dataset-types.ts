// The validated exchange dataset (dataset.md): the org tree, survey responses and objective data.

import type { View } from "../counters/counter-cell.js";

/** `region` (субъект РФ), `managing` (Управляющий ЦЗН), `territorial` (территориальный ЦЗН). */
export type UnitKind = "region" | "managing" | "territorial";
/** A region's network type. */
export type Network = "centralized" | "decentralized";
/** Opening hours per weekday in local time, `"09:00-18:00"` or null (closed). */
export type Hours = Readonly<Partial<Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", string | null>>>;

/** A node of the org tree. */
export interface DatasetUnit {
  readonly id: string;
  readonly kind: UnitKind;
  readonly name: string;
  readonly parent: string | null;
  readonly network?: Network;
  readonly timezone?: string;
  readonly hours?: Hours;
}

/** An answer value: an integer on a scale, an option code, or free text. Skipped answers are absent. */
export type AnswerValue = number | string;

/** Where and how a response was collected (kept through import and export). */
export interface ResponseMeta {
  readonly channel?: "qr" | "link" | "kiosk" | "paper" | "import";
  readonly durationSec?: number;
  readonly device?: string;
}

/** One filled questionnaire. */
export interface SurveyResponse {
  readonly id: string;
  readonly unit: string;
  readonly respondent: View;
  /** RFC 3339 with `Z` or an offset. */
  readonly submittedAt: string;
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly comments?: Readonly<Record<string, string>>;
  readonly profile?: Readonly<Record<string, string | readonly string[]>>;
  readonly meta?: ResponseMeta;
  /** Removed by data-quality review: validated, but never counted. */
  readonly excluded?: boolean;
}

interface EntryBase {
  readonly unit: string;
  readonly period: string;
}
/** A checklist's counts for a unit and period. */
export interface ChecklistEntry extends EntryBase {
  readonly indicator: string;
  readonly met: number;
  readonly applicable: number;
}
/** The vacancy base at the end of the period and a year earlier (П2). */
export interface VacancyEntry extends EntryBase {
  readonly indicator: string;
  readonly vacanciesNow: number;
  readonly vacanciesYearAgo: number;
}
/** Events held in the period (П3). */
export interface EventsEntry extends EntryBase {
  readonly indicator: string;
  readonly events: number;
}
/** The channels a unit offers in the period (М5). */
export interface ChannelsEntry extends EntryBase {
  readonly channels: readonly string[];
}
/** One objective-data entry. */
export type ObjectiveEntry = ChecklistEntry | VacancyEntry | EventsEntry | ChannelsEntry;

/** A complete validated dataset. */
export interface Dataset {
  readonly format: "zvezda-dataset/1";
  readonly units: readonly DatasetUnit[];
  readonly responses: readonly SurveyResponse[];
  readonly objective: readonly ObjectiveEntry[];
}

/** The dataset's format tag. */
export const DATASET_FORMAT = "zvezda-dataset/1";
