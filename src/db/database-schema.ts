// The tables as Kysely sees them: the TypeScript mirror of src/db/migrations/*.sql.
import type { ColumnType, Generated, Kysely } from "kysely";

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
export type Role = "federal_admin" | "federal_analyst" | "regional_admin" | "unit_manager";
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
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  last_login_at: Timestamp | null;
  disabled: Generated<boolean>;
  created_at: CreatedAt;
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

export interface SchemaMigrationsTable {
  name: string;
  checksum: string;
  applied_at: CreatedAt;
}

/** Every table of the Zvezda database. */
export interface Schema {
  org_units: OrgUnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  methodology_versions: MethodologyVersionsTable;
  responses: ResponsesTable;
  response_counters: ResponseCountersTable;
  objective_entries: ObjectiveEntriesTable;
  audit_log: AuditLogTable;
  app_settings: AppSettingsTable;
  kiosks: KiosksTable;
  schema_migrations: SchemaMigrationsTable;
}

/** The typed query builder over the Zvezda database (a transaction is one too). */
export type Db = Kysely<Schema>;
