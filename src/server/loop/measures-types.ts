// Response shapes of the measures register are the contract's (src/contract/measures.ts); re-exported for the server's modules.
export type {
  EffectVerdict,
  EstimateView,
  MeasureCommentView,
  MeasureDetails,
  MeasureEffectView,
  MeasureFileView,
  MeasureKind,
  MeasureList,
  MeasureStatus,
  MeasureView,
  PracticeSummaryView,
  PracticeView,
  ShareCountView,
} from "../../contract/measures.js";
