// The methodology as data: questionnaires, indicators, groups, checklists and every scoring setting.

import type { View } from "../counters/counter-cell.js";

/** The agreement scale shared by both forms. */
export interface ScaleSettings {
  readonly min: number;
  readonly max: number;
  /** An answer is positive when it is at least this value. */
  readonly positiveFrom: number;
  /** The «затрудняюсь с ответом» value. */
  readonly undecidedValue: number;
  /** Whether the undecided value stays in a share's denominator. */
  readonly undecidedCounts: boolean;
  /** One label per value, from `min` to `max`. */
  readonly labels: readonly string[];
}

/** A group of indicators: a ray of the star. */
export interface GroupDef {
  readonly code: string;
  readonly name: string;
  /** The name in a word or two, nominative («дружелюбие»), for the star's rays; the file's `short`, else `name`. */
  readonly short: string;
  readonly max: number;
}

/** A survey part: how answers turn into a share. */
export type SurveySource =
  | { readonly kind: "scaleShare"; readonly key: string }
  | { readonly kind: "optionShare"; readonly key: string; readonly positive: readonly string[] }
  | { readonly kind: "channelMatch"; readonly key: string };

/** Which objective entries apply to a computed period (methodology §4). */
export type PeriodRule = "insideOrContaining" | "insideOnly";

/** An objective part: how entries turn into a value in [0, 1]. */
export type ObjectiveSource =
  | { readonly kind: "checklist"; readonly checklist: string; readonly periodRule: PeriodRule }
  | { readonly kind: "vacancyGrowth"; readonly low: number; readonly high: number; readonly periodRule: PeriodRule }
  | { readonly kind: "events"; readonly perMonth: number; readonly periodRule: PeriodRule }
  | { readonly kind: "channelCoverage"; readonly fullAt: number; readonly periodRule: PeriodRule };

/** One indicator of the index. */
export interface IndicatorDef {
  readonly code: string;
  readonly group: string;
  readonly name: string;
  readonly title: string;
  readonly max: number;
  readonly survey?: SurveySource;
  readonly objective?: ObjectiveSource;
  /** Whether an ancestor's own objective value serves a unit that has none (§4 step 3). */
  readonly inherits: boolean;
  /** The survey part's weight in the value when both parts exist; the objective part gets the rest. */
  readonly surveyWeight: number;
}

/** A channel of interaction (for М5). */
export interface ChannelDef { readonly code: string; readonly name: string }

/** A yes / no / not-applicable checklist feeding one indicator. */
export interface ChecklistDef {
  readonly code: string;
  readonly name: string;
  readonly indicator: string;
  /** `office`: filled for every office; `region`: once per region. */
  readonly scope: "office" | "region";
  readonly items: readonly { readonly code: string; readonly text: string }[];
}

/** An option of a choice question. */
export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
  /** The channel this option names (q14). */
  readonly channel?: string;
  /** «Другое (впишите)»: the answer continues in a text field. */
  readonly other?: boolean;
}

/** A follow-up's condition: asked only when `key` was answered `equals`. */
export interface Condition { readonly key: string; readonly equals: string }

interface FieldBase {
  readonly key: string;
  readonly when?: Condition;
  readonly prompt?: string;
  readonly statement?: string;
  /** Sub-scale label («в офисе ЦЗН»). */
  readonly label?: string;
  /** The comment key of this field's «Примечание (при желании)». */
  readonly note?: string;
}

/** One answer field of a question. */
export type AnswerField =
  | (FieldBase & { readonly type: "scale" })
  | (FieldBase & { readonly type: "choice"; readonly options: readonly ChoiceOption[] })
  | (FieldBase & { readonly type: "text"; readonly placeholder?: string });

/** A numbered question of a form, on a sheet («лист»), with one or more answer fields. */
export interface QuestionDef {
  readonly number: number;
  readonly sheet: number;
  readonly text: string;
  readonly statement?: string;
  readonly hint?: string;
  readonly instruction?: string;
  /** The comment key of the question's «Примечание (при желании)». */
  readonly note?: string;
  readonly parts: readonly AnswerField[];
}

/** An option of a socio-demographic question. */
export interface ProfileOption {
  readonly value: string;
  readonly label: string;
  /** Cannot be combined with other options («Ничего из перечисленного»). */
  readonly exclusive?: boolean;
  /** «Другое (впишите)». */
  readonly other?: boolean;
}

/** A socio-demographic question. */
export interface ProfileField {
  readonly key: string;
  readonly number: number;
  readonly text: string;
  readonly type: "single" | "multi";
  readonly options: readonly ProfileOption[];
  /** The profile key of the free text that goes with an `other` option. */
  readonly otherKey?: string;
}

/** One questionnaire (seeker or employer). */
export interface FormDef {
  readonly code: string;
  readonly name: string;
  readonly title: string;
  readonly draft: string;
  readonly preamble: { readonly heading: string; readonly paragraphs: readonly string[] };
  readonly sheets: readonly { readonly number: number; readonly title: string }[];
  readonly questions: readonly QuestionDef[];
  readonly closing: { readonly key: string; readonly sheet: number; readonly text: string };
  readonly profile: { readonly heading: string; readonly intro: string; readonly fields: readonly ProfileField[] };
  readonly thanks: readonly string[];
}

/** A complete, validated methodology version. */
export interface Methodology {
  readonly format: "zvezda-methodology/1";
  readonly id: string;
  /** The version used when none is asked for. */
  readonly default: boolean;
  readonly title: string;
  readonly scale: ScaleSettings;
  readonly sample: { readonly minSample: number; readonly z: number };
  /** The index maximum (50): the sum of the group maxima. */
  readonly total: number;
  readonly rounding: { readonly decimals: number };
  /** Percent thresholds, descending: the first met gives `thresholds.length + 1 - i` stars; none met gives 1. */
  readonly stars: { readonly thresholds: readonly number[] };
  /** The zone of a region that declares none. */
  readonly defaultTimezone: string;
  readonly groups: readonly GroupDef[];
  readonly indicators: readonly IndicatorDef[];
  readonly channels: readonly ChannelDef[];
  readonly checklists: readonly ChecklistDef[];
  readonly forms: Readonly<Record<View, FormDef>>;
}
