// The database layer's public entry: open a database, migrate it, read and write through repositories.
export { openDatabase, pgliteThreads, redactUrl, type Backend, type Database, type DatabaseConfig, type PgliteThread } from "./driver/open-database.js";
export { DatabaseOpenError, type DatabaseOpenFailure } from "./driver/database-open-error.js";
export { workerSource } from "./driver/worker-source.js";
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
export { jsonb } from "./repositories/jsonb.js";
export { migrate, type MigrateOptions, type MigrationReport, type MigrationResult, type MigrationStatus } from "./migrator/migrator.js";
export { defaultMigrationsFolder, loadMigrationFiles, migrationChecksum, type MigrationFile } from "./migrator/migration-files.js";
export { readMigrationStatus, type MigrationStatusSummary } from "./migrator/migration-status.js";
export { addCounterCells, readCounterCells, type CounterCell, type CounterTotal } from "./repositories/counter-repository.js";
export { getOrCreateSetting } from "./repositories/app-settings-repository.js";
export {
  findActiveMethodologyBody,
  findSurveyUnit,
  storeSurveyResponse,
  storeSurveyResponses,
  type NewSurveyResponse,
  type ResponseWithCells,
  type SurveyUnit,
} from "./repositories/survey-repository.js";
export {
  findKioskByToken,
  findKioskUnit,
  hashKioskToken,
  listKiosks,
  registerKiosk,
  revokeKiosk,
  touchKiosk,
  type KioskIdentity,
  type KioskListing,
} from "./repositories/kiosk-repository.js";
export { findUnitRegion } from "./repositories/unit-region-repository.js";
export {
  changePasswordHash,
  createUser,
  findScopeUnit,
  findUserById,
  findUserByLogin,
  normaliseLogin,
  recordSuccessfulLogin,
  type NewUser,
  type ScopeUnit,
  type UserAccount,
} from "./repositories/user-repository.js";
export {
  createSession,
  deleteSession,
  deleteUserSessions,
  findSessionByToken,
  hashSessionToken,
  sessionLifetimeMs,
  type SessionWithUser,
} from "./repositories/session-repository.js";
export { findUnit, findUnitAncestry, listChildUnits, listUsers, type UnitSummary, type UserListing } from "./repositories/unit-repository.js";
export { writeAudit, type AuditEntry } from "./repositories/audit-repository.js";
export {
  existingUnitIds,
  findUnitDetails,
  insertUnit,
  listUnitDetails,
  subtreeIdsOf,
  updateUnit,
  type NewUnit,
  type UnitDetails,
  type UnitPatch,
} from "./repositories/unit-admin-repository.js";
export { listAudit, type AuditFilter, type AuditRecord } from "./repositories/audit-query-repository.js";
export { findAccountListing, insertAccount, updateAccount, type AccountPatch, type NewAccount } from "./repositories/user-admin-repository.js";
export { accountLink, type AccountLink } from "./repositories/account-link-repository.js";
export { clearAddressFailures, loginLockFor, recordAddressFailure } from "./repositories/login-failure-repository.js";
export {
  activateMethodologyVersion,
  findMethodologyVersion,
  insertMethodologyVersion,
  listMethodologyVersions,
  type MethodologyListing,
} from "./repositories/methodology-repository.js";
export { periodDays } from "./repositories/period-days.js";
export {
  ancestorIds,
  computeResultsFromDatabase,
  computeResultsUnderEach,
  readDatasetUnits,
  readObjectiveEntries,
  subtreeIds,
  toObjectiveEntry,
  UnknownUnitError,
  type ObjectiveReadOptions,
  type ResultsOptions,
} from "./repositories/results-source.js";
export {
  checkDatabaseRules,
  importDataset,
  ImportRefusedError,
  responsesOf,
  unitZones,
  type ImportReport,
  type ResponseSource,
} from "./repositories/dataset-import.js";
export { exportDataset, exportUnits, type ExportOptions, type ExportReport } from "./repositories/dataset-export.js";
export { readUnitDirectory, type DirectoryUnit } from "./repositories/unit-directory-repository.js";
export { listCounterMonths } from "./repositories/counter-months-repository.js";
export { readCommentedResponses, type CommentCursor, type CommentQuery, type CommentedResponse } from "./repositories/comment-repository.js";
export { streamResponses, type StoredResponse } from "./repositories/response-stream.js";
export {
  changeObjectiveStatus,
  findObjectiveEntry,
  findOverlappingEntry,
  insertObjectiveEntry,
  listObjectiveEntriesFor,
  listObjectiveReopenings,
  readEntryDetails,
  readEntryDetailsOf,
  updateObjectiveContent,
  type EntryContent,
  type EntryDetails,
  type StatusChange,
  type StoredAnswer,
  type StoredEvent,
  type StoredObjectiveEntry,
  type StoredPhotoInfo,
} from "./repositories/objective-entry-repository.js";
export {
  deleteObjectivePhoto,
  findObjectivePhoto,
  insertObjectivePhoto,
  maxPhotoBytes,
  photoContentTypes,
  type PhotoContentType,
} from "./repositories/objective-photo-repository.js";
export { countStatusesOf, defaultCountStatuses, readCountStatuses } from "./repositories/objective-count-statuses.js";
export type { ChecklistAnswer } from "./database-schema.js";
export type { CounterTable } from "./repositories/counter-repository.js";
export { allowLargeSums, counterBases, readBasisCells, type BasisCellFilter, type CounterBasis } from "./repositories/quality-counter-bases.js";
export { readQualityInput, readQualityResponses, readQualityUnits } from "./repositories/quality-input-repository.js";
export { groupKeyOf, storeQualityRun, type QualityRunSummary, type StoreRunInput } from "./repositories/quality-run-repository.js";
export {
  confirmedReason,
  decideResponseFlags,
  decideUnitFlag,
  readFlagStates,
  readGroupMembers,
  UnknownFlagError,
  type Decision,
  type DecisionInput,
  type DecisionOutcome,
  type FlagState,
  type UnitDecisionInput,
} from "./repositories/quality-decision-repository.js";
export {
  findFlaggedResponse,
  listFlaggedResponses,
  listFlaggedUnits,
  listGroupFlags,
  readResponseContents,
  readTrustCounts,
  readUnitStatistics,
  flagFacets,
  pageFlaggedResponses,
  type FlagFilter,
  type FlaggedResponse,
  type FlaggedUnit,
  type ResponseContent,
  type ReviewScope,
  type TrustCounts,
  type UnitStatistics,
} from "./repositories/quality-review-repository.js";
export type { FlagStatus, QualityRunsTable, ResponseFlagsTable, UnitFlagsTable } from "./database-schema.js";
export { listScopeUnits, type ScopeUnit as ListedScopeUnit } from "./repositories/scope-unit-list.js";
export {
  changeMeasureStatus,
  findMeasure,
  insertMeasure,
  listMeasures,
  updateMeasure,
  type MeasureContent,
  type MeasureFilter,
  type StoredMeasure,
} from "./repositories/measure-repository.js";
export {
  deleteMeasureFile,
  findMeasureFile,
  insertMeasureComment,
  insertMeasureFile,
  listMeasureComments,
  listMeasureFiles,
  type MeasureComment,
  type MeasureFileInfo,
} from "./repositories/measure-thread-repository.js";
export type { EvidenceContentType, MeasureKindColumn, MeasureStatusColumn } from "./database-schema.js";
export {
  insertResponseTexts,
  sweepVoiceTexts,
  taggedResponseTexts,
  type ResponseTextsRow,
  type TaggedText,
  type VoiceSweepReport,
} from "./repositories/voice-text-writer.js";
export type { VoiceFeedbackTable, VoiceTagCorrectionsTable, VoiceTextsTable } from "./database-schema.js";
export {
  countVoiceTexts,
  findVoiceResponse,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  searchVoiceTexts,
  tallyThemes,
  themeMonths,
  VOICE_CHANNELS,
  type VoiceResponse,
  type ThemeTally,
  type VoiceChannel,
  type VoiceFilter,
  type VoiceHit,
} from "./repositories/voice-search-repository.js";
export {
  correctVoiceThemes,
  FEEDBACK_CHANNELS,
  findVoiceText,
  insertFeedback,
  listVoiceCorrections,
  type FeedbackChannel,
  type NewFeedback,
  type VoiceTextRef,
} from "./repositories/voice-feedback-repository.js";
export { countPendingResponses } from "./repositories/pending-review-repository.js";
export { peopleById, unitNamesById, type PersonRow } from "./repositories/name-lookup-repository.js";
export { readAuditHistory, type AuditHistoryRow } from "./repositories/audit-history-repository.js";
export { readResponseThemes, readSegmentRespondents, type SegmentRow } from "./repositories/segment-respondents.js";
export {
  deletePortrait,
  deleteRegionJourney,
  findPortrait,
  findRegionJourney,
  insertPortrait,
  listPortraits,
  saveRegionJourney,
  updatePortrait,
  type PortraitFields,
  type PortraitRow,
} from "./repositories/cx-repository.js";
export { pruneCounterChanges, readCounterFeed, type ChangeMarker, type FeedRead } from "./repositories/counter-change-feed.js";
export {
  advanceResultsCheckpoint,
  readResultsCheckpoint,
  writeResultsCheckpoint,
  type CheckpointKey,
  type CheckpointRead,
} from "./repositories/results-checkpoint-repository.js";
export { changeChannel, type ChangeListen } from "./driver/change-listener.js";
