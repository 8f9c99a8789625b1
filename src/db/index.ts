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
  storeSurveyResponses,
  type NewSurveyResponse,
  type ResponseWithCells,
  type SurveyUnit,
} from "./survey-repository.js";
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
} from "./kiosk-repository.js";
export { findUnitRegion } from "./unit-region-repository.js";
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
} from "./unit-admin-repository.js";
export { listAudit, type AuditFilter, type AuditRecord } from "./audit-query-repository.js";
export { findAccountListing, insertAccount, updateAccount, type AccountPatch, type NewAccount } from "./user-admin-repository.js";
export { accountLink, type AccountLink } from "./account-link-repository.js";
export { clearAddressFailures, loginLockFor, recordAddressFailure } from "./login-failure-repository.js";
export {
  activateMethodologyVersion,
  findMethodologyVersion,
  insertMethodologyVersion,
  listMethodologyVersions,
  type MethodologyListing,
} from "./methodology-repository.js";
export { periodDays } from "./period-days.js";
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
} from "./results-source.js";
export { checkDatabaseRules, importDataset, ImportRefusedError, responsesOf, unitZones, type ImportReport, type ResponseSource } from "./dataset-import.js";
export { exportDataset, exportUnits, type ExportOptions, type ExportReport } from "./dataset-export.js";
export { readUnitDirectory, type DirectoryUnit } from "./unit-directory-repository.js";
export { listCounterMonths } from "./counter-months-repository.js";
export { readCommentedResponses, type CommentCursor, type CommentQuery, type CommentedResponse } from "./comment-repository.js";
export { streamResponses, type StoredResponse } from "./response-stream.js";
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
} from "./objective-entry-repository.js";
export {
  deleteObjectivePhoto,
  findObjectivePhoto,
  insertObjectivePhoto,
  maxPhotoBytes,
  photoContentTypes,
  type PhotoContentType,
} from "./objective-photo-repository.js";
export { countStatusesOf, defaultCountStatuses, readCountStatuses } from "./objective-count-statuses.js";
export type { ChecklistAnswer } from "./database-schema.js";
export type { CounterTable } from "./counter-repository.js";
export { allowLargeSums, counterBases, readBasisCells, type BasisCellFilter, type CounterBasis } from "./quality-counter-bases.js";
export { readQualityInput, readQualityResponses, readQualityUnits } from "./quality-input-repository.js";
export { groupKeyOf, storeQualityRun, type QualityRunSummary, type StoreRunInput } from "./quality-run-repository.js";
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
} from "./quality-decision-repository.js";
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
} from "./quality-review-repository.js";
export type { FlagStatus, QualityRunsTable, ResponseFlagsTable, UnitFlagsTable } from "./database-schema.js";
export { listScopeUnits, type ScopeUnit as ListedScopeUnit } from "./scope-unit-list.js";
export {
  changeMeasureStatus,
  findMeasure,
  insertMeasure,
  listMeasures,
  updateMeasure,
  type MeasureContent,
  type MeasureFilter,
  type StoredMeasure,
} from "./measure-repository.js";
export {
  deleteMeasureFile,
  findMeasureFile,
  insertMeasureComment,
  insertMeasureFile,
  listMeasureComments,
  listMeasureFiles,
  type MeasureComment,
  type MeasureFileInfo,
} from "./measure-thread-repository.js";
export type { EvidenceContentType, MeasureKindColumn, MeasureStatusColumn } from "./database-schema.js";
export {
  insertResponseTexts,
  sweepVoiceTexts,
  taggedResponseTexts,
  type ResponseTextsRow,
  type TaggedText,
  type VoiceSweepReport,
} from "./voice-text-writer.js";
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
} from "./voice-search-repository.js";
export {
  correctVoiceThemes,
  FEEDBACK_CHANNELS,
  findVoiceText,
  insertFeedback,
  listVoiceCorrections,
  type FeedbackChannel,
  type NewFeedback,
  type VoiceTextRef,
} from "./voice-feedback-repository.js";
export { countPendingResponses } from "./pending-review-repository.js";
export { peopleById, unitNamesById, type PersonRow } from "./name-lookup-repository.js";
export { readAuditHistory, type AuditHistoryRow } from "./audit-history-repository.js";
export { readResponseThemes, readSegmentRespondents, type SegmentRow } from "./segment-respondents.js";
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
} from "./cx-repository.js";
export { pruneCounterChanges, readCounterFeed, type ChangeMarker, type FeedRead } from "./counter-change-feed.js";
export { changeChannel, type ChangeListen } from "./change-listener.js";
