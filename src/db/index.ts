// The database layer's public entry: open a database, migrate it, read and write through repositories.
export { openDatabase, redactUrl, type Backend, type Database, type DatabaseConfig } from "./open-database.js";
export { DatabaseOpenError, type DatabaseOpenFailure } from "./database-open-error.js";
export type {
  AppSettingsTable,
  AuditLogTable,
  Db,
  Json,
  JsonbInput,
  JsonObject,
  KiosksTable,
  MethodologyVersionsTable,
  NetworkType,
  ObjectiveEntriesTable,
  ObjectiveStatus,
  OrgUnitsTable,
  Respondent,
  ResponseChannel,
  ResponseCountersTable,
  ResponsesTable,
  Role,
  Schema,
  SchemaMigrationsTable,
  SessionsTable,
  UnitKind,
  UsersTable,
} from "./database-schema.js";
export { jsonb } from "./jsonb.js";
export { migrate, type MigrateOptions, type MigrationReport, type MigrationResult, type MigrationStatus } from "./migrator.js";
export { defaultMigrationsFolder, loadMigrationFiles, migrationChecksum, type MigrationFile } from "./migration-files.js";
export { readMigrationStatus, type MigrationStatusSummary } from "./migration-status.js";
export { addCounterCells, readCounterCells, type CounterCell, type CounterTotal } from "./counter-repository.js";
export { getOrCreateSetting } from "./app-settings-repository.js";
export {
  findActiveMethodologyBody,
  findSurveyUnit,
  storeSurveyResponse,
  type NewSurveyResponse,
  type SurveyUnit,
} from "./survey-repository.js";
export {
  findKioskByToken,
  hashKioskToken,
  listKiosks,
  registerKiosk,
  revokeKiosk,
  touchKiosk,
  type KioskIdentity,
  type KioskListing,
} from "./kiosk-repository.js";
export { findUnitRegion } from "./unit-region-repository.js";
