// The tables as Kysely sees them: the TypeScript mirror of src/db/migrations/*.sql.
import type { ColumnType, Generated, Kysely } from "kysely";
import type { Role } from "../contract/roles.js";

/** A JSON value as stored in a jsonb column (read back parsed). */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
/** A JSON object, the shape of most jsonb columns. */
export type JsonObject = { [key: string]: Json };

/** timestamptz: read as a Date, written as a Date or an ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** timestamptz with a database default. */
type CreatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
declare const jsonbBrand: unique symbol;
/** What a jsonb column accepts on write: only values made by `jsonb()`. */
export interface JsonbInput<T extends Json> {
  readonly [jsonbBrand]: T;
}
/**
 * jsonb: read parsed; written only through the `jsonb()` helper, since the two drivers
 * serialise plain JS values differently (the types refuse a plain object).
 */
type JsonColumn<T extends Json> = ColumnType<T, JsonbInput<T>, JsonbInput<T>>;
type NullableJsonColumn<T extends Json> = ColumnType<T | null, JsonbInput<T> | null | undefined, JsonbInput<T> | null>;

export type UnitKind = "region" | "managing" | "territorial";
export type NetworkType = "centralized" | "decentralized";
export type { Role };
export type Respondent = "seeker" | "employer";
export type ResponseChannel = "qr" | "link" | "kiosk" | "paper" | "import";
export type ObjectiveStatus = "draft" | "submitted" | "approved" | "returned";

export interface OrgUnitsTable {
  id: string;
  kind: UnitKind;
  name: string;
  parent_id: string | null;
  network: NetworkType | null;
  timezone: string | null;
  hours: NullableJsonColumn<JsonObject>;
  closed_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  login: string;
  password_hash: string;
  display_name: string;
  role: Role;
  scope_unit_id: string | null;
  last_login_at: Timestamp | null;
  disabled: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
  created_by: string | null;
  password_set_by: string | null;
}

export interface LoginFailuresTable {
  user_id: string;
  address_hash: string;
  failures: number;
  locked_until: Timestamp | null;
  updated_at: CreatedAt;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_secret: string;
  expires_at: Timestamp;
  created_at: CreatedAt;
  last_seen_at: CreatedAt;
}

export interface MethodologyVersionsTable {
  id: string;
  title: string;
  body: JsonColumn<JsonObject>;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface ResponsesTable {
  id: string;
  unit_id: string;
  respondent: Respondent;
  methodology_id: string;
  submitted_at: Timestamp;
  local_month: string;
  started_at: Timestamp | null;
  duration_sec: number | null;
  channel: ResponseChannel;
  device_hash: string | null;
  answers: JsonColumn<JsonObject>;
  comments: NullableJsonColumn<JsonObject>;
  profile: NullableJsonColumn<JsonObject>;
  excluded: Generated<boolean>;
  excluded_reason: string | null;
  form_token: string | null;
  created_at: CreatedAt;
  /** Texts not yet extracted into voice_texts (0008_voice). */
  voice_pending: Generated<boolean>;
}

/** Feedback registered by staff from other channels (0008_voice). */
export interface VoiceFeedbackTable {
  id: Generated<string>;
  unit_id: string;
  channel: "book" | "social" | "appeal" | "media" | "other";
  received_on: ColumnType<string, string, string>;
  text: string;
  rating: number | null;
  link: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

/** A region's client portrait (0011_cx). */
export interface CxPortraitsTable {
  id: Generated<string>;
  region_id: string;
  name: string;
  segment: JsonColumn<Json>;
  demographic: string;
  psychographic: string;
  behavioural: string;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: CreatedAt;
}

/** A region's own copy of a client-journey template (0011_cx). */
export interface CxJourneysTable {
  region_id: string;
  template: "seeker" | "employer";
  body: JsonColumn<Json>;
  updated_by: string | null;
  updated_at: CreatedAt;
}

/** Every free text with its Russian full-text vector and themes (0008_voice); `tsv` is generated. */
export interface VoiceTextsTable {
  id: Generated<string>;
  response_id: string | null;
  feedback_id: string | null;
  source_key: string;
  kind: "note" | "suggestion" | "other" | "feedback";
  unit_id: string;
  respondent: Respondent | null;
  local_month: string;
  at: Timestamp;
  score: number | null;
  rating: number | null;
  text: string;
  themes: ColumnType<string[], string[] | undefined, string[]>;
  sentiment: Generated<number>;
  negative: Generated<boolean>;
  tagged_by: string | null;
  corrected: Generated<boolean>;
}

/** Staff corrections of a text's themes (0008_voice). */
export interface VoiceTagCorrectionsTable {
  id: Generated<string>;
  text_id: string;
  actor_id: string | null;
  themes_before: string[];
  themes_after: string[];
  at: CreatedAt;
}

export interface ResponseCountersTable {
  unit_id: string;
  month: string;
  view: Respondent;
  key: string;
  value: string;
  count: number;
}

export interface ObjectiveEntriesTable {
  id: Generated<string>;
  unit_id: string;
  indicator: string | null;
  period: string;
  /** 'YYYY-MM-DD', inclusive. */
  period_start: string;
  /** 'YYYY-MM-DD', inclusive. */
  period_end: string;
  payload: JsonColumn<JsonObject>;
  status: Generated<ObjectiveStatus>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
  /** 0006_objective: the workflow's who and when. */
  updated_by: ColumnType<string | null, string | null | undefined, string | null>;
  submitted_by: ColumnType<string | null, string | null | undefined, string | null>;
  submitted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  approved_by: ColumnType<string | null, string | null | undefined, string | null>;
  approved_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  return_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export type ChecklistAnswer = "yes" | "no" | "na";

export interface ObjectiveChecklistAnswersTable {
  entry_id: string;
  item: string;
  answer: ChecklistAnswer;
  comment: string | null;
}

export interface ObjectivePhotosTable {
  id: Generated<string>;
  entry_id: string;
  item: string | null;
  file_name: string | null;
  content_type: "image/jpeg" | "image/png" | "image/webp";
  size: number;
  data: Uint8Array;
  uploaded_by: string | null;
  uploaded_at: CreatedAt;
}

export interface ObjectiveEventsTable {
  id: Generated<string>;
  entry_id: string;
  /** 'YYYY-MM-DD'. */
  held_on: string;
  title: string;
  kind: string;
}

export interface ObjectiveReopeningsTable {
  id: Generated<number>;
  entry_id: string;
  reopened_by: string | null;
  reopened_at: CreatedAt;
  reason: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: NullableJsonColumn<Json>;
  after: NullableJsonColumn<Json>;
  /** The unit the entry concerns (0005_admin): the unit itself, or a user's scope unit. */
  unit_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AppSettingsTable {
  key: string;
  value: string;
  created_at: CreatedAt;
}

export interface KiosksTable {
  id: string;
  unit_id: string;
  label: string;
  /** sha256 of the secret token, hex: the token itself is never stored. */
  token_hash: string;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
  last_seen_at: Timestamp | null;
}

export type FlagStatus = "pending" | "confirmed" | "cleared";

export interface QualityRunsTable {
  id: Generated<number>;
  period: string;
  scope_unit_id: string | null;
  settings_version: string;
  started_by: string | null;
  started_at: CreatedAt;
  finished_at: Timestamp | null;
  responses_checked: Generated<number>;
  responses_flagged: Generated<number>;
  flags_added: Generated<number>;
  flags_withdrawn: Generated<number>;
  units_flagged: Generated<number>;
}

export interface ResponseFlagsTable {
  response_id: string;
  unit_id: string;
  run_id: number;
  score: number;
  reasons: JsonColumn<Json[]>;
  group_key: string | null;
  status: Generated<FlagStatus>;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface UnitFlagsTable {
  unit_id: string;
  period: string;
  run_id: number;
  score: number;
  reasons: JsonColumn<Json[]>;
  stats: NullableJsonColumn<JsonObject>;
  status: Generated<FlagStatus>;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export type MeasureStatusColumn = "draft" | "planned" | "in_progress" | "done" | "evaluated" | "cancelled";
export type MeasureKindColumn = "process" | "client_experience" | "premises" | "staff_training" | "channels" | "other";
export type EvidenceContentType = "image/jpeg" | "image/png" | "image/webp" | "application/pdf";

/** 0007_measures: a corrective measure. Dates are 'YYYY-MM-DD'. */
export interface MeasuresTable {
  id: Generated<string>;
  unit_id: string;
  title: string;
  description: string;
  kind: MeasureKindColumn;
  client_participation: string;
  owner: string;
  view: Respondent;
  planned_start: string;
  planned_end: string;
  actual_start: string | null;
  actual_end: string | null;
  status: MeasureStatusColumn;
  cancel_reason: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: CreatedAt;
}

export interface MeasureIndicatorsTable {
  measure_id: string;
  indicator: string;
}

export interface MeasureFilesTable {
  id: Generated<string>;
  measure_id: string;
  file_name: string | null;
  content_type: EvidenceContentType;
  size: number;
  data: Uint8Array;
  uploaded_by: string | null;
  uploaded_at: CreatedAt;
}

export interface MeasureCommentsTable {
  id: Generated<number>;
  measure_id: string;
  author_id: string | null;
  body: string;
  created_at: CreatedAt;
}

export interface SchemaMigrationsTable {
  name: string;
  checksum: string;
  applied_at: CreatedAt;
}

export interface ResultsCheckpointsTable {
  methodology_id: string;
  period: string;
  basis: string;
  snapshot: string;
  image: Uint8Array;
  written_at: CreatedAt;
}

/** Every table of the Zvezda database. */
export interface Schema {
  org_units: OrgUnitsTable;
  users: UsersTable;
  login_failures: LoginFailuresTable;
  sessions: SessionsTable;
  methodology_versions: MethodologyVersionsTable;
  responses: ResponsesTable;
  response_counters: ResponseCountersTable;
  objective_entries: ObjectiveEntriesTable;
  audit_log: AuditLogTable;
  app_settings: AppSettingsTable;
  kiosks: KiosksTable;
  schema_migrations: SchemaMigrationsTable;
  objective_checklist_answers: ObjectiveChecklistAnswersTable;
  objective_photos: ObjectivePhotosTable;
  objective_events: ObjectiveEventsTable;
  objective_reopenings: ObjectiveReopeningsTable;
  quality_runs: QualityRunsTable;
  response_flags: ResponseFlagsTable;
  voice_feedback: VoiceFeedbackTable;
  voice_texts: VoiceTextsTable;
  voice_tag_corrections: VoiceTagCorrectionsTable;
  cx_portraits: CxPortraitsTable;
  cx_journeys: CxJourneysTable;
  unit_flags: UnitFlagsTable;
  /** Cells of excluded responses (same shape as response_counters). */
  excluded_counters: ResponseCountersTable;
  /** Cells of non-excluded responses with a pending flag. */
  pending_counters: ResponseCountersTable;
  measures: MeasuresTable;
  measure_indicators: MeasureIndicatorsTable;
  measure_files: MeasureFilesTable;
  measure_comments: MeasureCommentsTable;
  results_checkpoints: ResultsCheckpointsTable;
}

/** The typed query builder over the Zvezda database (a transaction is one too). */
export type Db = Kysely<Schema>;
