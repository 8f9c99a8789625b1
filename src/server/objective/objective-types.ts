// The response shapes of the objective-data API (/api/objective*): the contract's (src/contract/objective.ts).
export type {
  ChecklistAnswer,
  ImportRowError,
  InheritedEntry,
  ObjectiveBlock,
  ObjectiveEntryView,
  ObjectiveHistoryRecord,
  ObjectiveImportReport,
  ObjectivePage,
  ObjectiveStatus,
  PersonRef,
} from "../../contract/objective.js";
