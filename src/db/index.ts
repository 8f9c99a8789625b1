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
export {
  changePasswordHash,
  createUser,
  findScopeUnit,
  findUserById,
  findUserByLogin,
  normaliseLogin,
  recordFailedLogin,
  recordSuccessfulLogin,
  type NewUser,
  type ScopeUnit,
  type UserAccount,
} from "./user-repository.js";
export {
  createSession,
  deleteSession,
  deleteUserSessions,
  findSessionByToken,
  hashSessionToken,
  sessionLifetimeMs,
  type SessionWithUser,
} from "./session-repository.js";
export { findUnit, findUnitAncestry, listChildUnits, listUsers, type UnitSummary, type UserListing } from "./unit-repository.js";
export { writeAudit, type AuditEntry } from "./audit-repository.js";
export { periodDays } from "./period-days.js";
export {
  ancestorIds,
  computeResultsFromDatabase,
  readDatasetUnits,
  readObjectiveEntries,
  subtreeIds,
  toObjectiveEntry,
  UnknownUnitError,
  type ObjectiveReadOptions,
  type ResultsOptions,
} from "./results-source.js";
export { checkDatabaseRules, importDataset, ImportRefusedError, unitZones, type ImportReport } from "./dataset-import.js";
export { exportDataset, exportUnits, type ExportOptions, type ExportReport } from "./dataset-export.js";
