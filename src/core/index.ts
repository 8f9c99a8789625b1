// The public entry of src/core: everything other layers may use. Pure functions over read-only data; no I/O.

// Counters contract (shared with the database layer)
export { PROFILE_KEY_PREFIX, RESPONSE_COUNT_KEY, VIEWS, type CounterCell, type View } from "./counters/counter-cell.js";
export { forEachResponseCounter, responseCells, responseMonth } from "./counters/response-cells.js";
export { CounterStore } from "./counters/counter-store.js";
export type { CounterRows, PeriodCell } from "./counters/counter-rows.js";
export { buildCounterStore } from "./counters/build-counter-store.js";
export { basisSign, PeriodAggregate, type CounterBasisName, type CounterDelta, type CounterSource } from "./counters/period-aggregate.js";

// Problems
export type { ExpectedType, Problem, ProblemCode } from "./problems/problem.js";
export { accepted, refused, type Outcome } from "./problems/outcome.js";
export { formatProblem, formatProblems, problemText } from "./problems/problem-text.js";

// Measures
export { asPercent, asPoints, asShare, roundHalfUp, toPercent, type Percent, type Points, type Share } from "./measures/measures.js";

// JSON text
export { DecimalLiteral, describeValue, numericValue, parseJsonText } from "./json/json-text.js";
export { DuplicateKeyError, ValueAssembler, type JsonToken } from "./json/value-assembler.js";

// Methodology
export type {
  AnswerField,
  ChannelDef,
  ChecklistDef,
  ChoiceOption,
  Condition,
  FormDef,
  GroupDef,
  IndicatorDef,
  Methodology,
  ObjectiveSource,
  PeriodRule,
  ProfileField,
  ProfileOption,
  QuestionDef,
  ScaleSettings,
  SurveySource,
} from "./methodology/methodology-types.js";
export { validateMethodology } from "./methodology/validate-methodology.js";
export { formIndex, type FormIndex } from "./methodology/form-index.js";
export { answerFields, answerLabel, fieldQuestionText, labelledAnswers, type LabelledAnswer } from "./methodology/answer-labels.js";

// Periods and time
export {
  monthCount,
  monthLabel,
  parsePeriod,
  periodContains,
  periodYears,
  periodMonths,
  periodsOverlap,
  previousPeriod,
  type Period,
  type PeriodKind,
} from "./periods/period.js";
export { parseTimestamp, type TimestampError } from "./periods/timestamp.js";
export { isIanaTimeZone } from "./periods/time-zone.js";
export { localMonthIndex, localMonthOf, zoneOffsetMs } from "./periods/local-month.js";

// Dataset
export {
  DATASET_FORMAT,
  type AnswerValue,
  type ChannelsEntry,
  type ChecklistEntry,
  type Dataset,
  type DatasetUnit,
  type EventsEntry,
  type Hours,
  type Network,
  type ObjectiveEntry,
  type ResponseMeta,
  type SurveyResponse,
  type UnitKind,
  type VacancyEntry,
} from "./dataset/dataset-types.js";
export { readDataset, streamedResponseReader, validateDataset } from "./dataset/read-dataset.js";

// Org tree
export { buildOrgTree, type OrgTree } from "./tree/org-tree.js";
export { orgTreeOf } from "./tree/org-tree-cache.js";

// Scoring
export { computeFromDataset, computeIndex, type ComputeInput } from "./scoring/compute-index.js";
export { scoringKeys, scoringPlan, type ScoringPlan } from "./scoring/scoring-plan.js";
export { wilsonInterval } from "./scoring/wilson.js";
export { starsFor } from "./scoring/stars.js";
export {
  RESULT_FORMAT,
  type IndicatorResult,
  type ResultDocument,
  type SurveyPartResult,
  type ViewName,
  type ViewResult,
  type ViewStatus,
} from "./result/result-types.js";

// Data quality (detection of fabricated responses)
export type {
  QualityInput,
  QualityReason,
  QualityReport,
  QualityResponse,
  QualityUnit,
  ResponseAssessment,
  UnitAssessment,
  WeeklyHours,
} from "./quality/quality-types.js";
export { reasonTitle } from "./quality/reason-titles.js";
export { QUALITY_SETTINGS_FORMAT, validateQualitySettings, type QualitySettings } from "./quality/quality-settings.js";
export { assessQuality } from "./quality/assess-quality.js";
export { DEFAULT_WEEKLY_HOURS, qualityInputFromDataset, qualityUnits } from "./quality/quality-input-from-dataset.js";
export { compareVersions } from "./methodology/version-order.js";

// The improvement loop: corrective measures and their effect
export {
  canEditMeasure,
  checkTransition,
  isMeasureOverdue,
  measureKindNames,
  measureKinds,
  measureStatusNames,
  measureStatuses,
  measureTransitions,
  openMeasureStatuses,
  transitionsFrom,
  type MeasureActor,
  type MeasureKind,
  type MeasureStatus,
  type MeasureTransition,
  type TransitionRefusal,
} from "./loop/effect/measure-workflow.js";
export { isCalendarDate, validateMeasureFields, type MeasureFields } from "./loop/effect/measure-validation.js";
export { addCounts, differenceOfDifferences, shareDifference, shareOf, type Estimate, type ShareCount } from "./loop/effect/share-difference.js";
export {
  MEASURE_EFFECT_SETTINGS_FORMAT,
  normalQuantileTwoSided,
  validateMeasureEffectSettings,
  type MeasureEffectSettings,
} from "./loop/effect/measure-effect-settings.js";
export {
  effectVerdictNames,
  effectWindows,
  measureEffect,
  type EffectComparison,
  type EffectVerdict,
  type EffectWindows,
  type IndicatorEffect,
  type MeasureEffect,
  type MeasureEffectInput,
} from "./loop/effect/measure-effect.js";
export { pointsInterval, signedPoints } from "./loop/effect/percentage-points.js";
export { rankPractices, summarisePractices, type Practice, type PracticeSummary } from "./loop/effect/practice-library.js";
// Voice of the client (themes of free texts)
export { THEME_TAXONOMY_FORMAT, validateThemeTaxonomy, type SentimentCues, type ThemeDef, type ThemeTaxonomy } from "./voice/theme-taxonomy.js";
export { compileThemeTagger, type Sentiment, type TagResult, type ThemeTagger as ThemeTaggerType } from "./voice/theme-tagger.js";
export { normaliseText, textTokens } from "./voice/normalise-text.js";
export {
  formTextKeys,
  isNegativeText,
  noteKeysOfIndicator,
  responseTexts,
  SCORE_BANDS,
  type ResponseText,
  type ScoreBand,
  type VoiceTextKind,
} from "./voice/response-texts.js";
export {
  DEFAULT_EMERGING_OPTIONS,
  emergingThemes,
  normalUpperTail,
  type EmergingOptions,
  type EmergingTheme,
  type ThemeCounts,
} from "./voice/emerging-themes.js";
// The improvement loop: pain points
export { BENCHMARKS, PAIN_SETTINGS_FORMAT, validatePainSettings, type Benchmark, type PainSettings } from "./loop/pain-points/pain-settings.js";
export { compareShares, type Counted, type ShareDifference } from "./loop/pain-points/two-proportions.js";
export { indicatorQuestions, type IndicatorQuestion } from "./loop/pain-points/indicator-questions.js";
export type { PainComparison, PainPoint, PainPriority, PainTrend, PainUnit, UnitPainPoints } from "./loop/pain-points/pain-types.js";
export { benchmarkTexts, priorityLabels, surveySentence, objectiveSentence, trendLabels } from "./loop/pain-points/pain-text.js";
export { painPointFinder, type PainInput, type PainPointFinder } from "./loop/pain-points/find-pain-points.js";
export { painHeatmap, widePains, type HeatmapCell, type HeatmapRow, type WidePain } from "./loop/pain-points/pain-overview.js";
// Voice of the client: segments, portraits, journeys
export { CHANNEL_ANSWER_KEY, segmentDimensions, valuesOn, type SegmentDimension } from "./segments/segment-dimensions.js";
export { describeSegment, inSegment, validateSegmentDefinition, type SegmentDefinition } from "./segments/segment-definition.js";
export {
  figuresOf,
  leastSatisfied,
  MIN_SEGMENT_RESPONDENTS,
  scoreRespondents,
  segmentTables,
  splitBy,
  type LeastSatisfied,
  type SegmentBasis,
  type SegmentCell,
  type SegmentFigures,
  type SegmentIndicator,
  type SegmentRespondent,
  type SegmentTable,
} from "./segments/segment-scores.js";
export { portraitFacts, type PortraitFacts, type PortraitRespondent } from "./segments/portrait-facts.js";
export {
  JOURNEYS_FORMAT,
  validateJourney,
  validateJourneyTemplates,
  type JourneyStage,
  type JourneyTemplate,
  type JourneyTemplates,
  type JourneyVocabulary,
} from "./journeys/journey-template.js";
export { drawJourney, STAGE_TONE_THRESHOLDS, toneOf, type DrawnStage, type StageTone, type ThemeTally } from "./journeys/journey-map.js";
