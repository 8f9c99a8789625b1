// Every problem the core reports about its input, as data: a stable code, the element's path, structured fields.

import type { View } from "../counters/counter-cell.js";

/** The JSON types an input field may be expected to have. */
export type ExpectedType = "object" | "array" | "string" | "boolean" | "integer" | "number" | "null";

/** A problem found in a dataset, a methodology or a command argument. `path` names the element (`responses[17].answers.q12r`). */
export type Problem =
  | { readonly code: "invalid_json"; readonly path: string; readonly detail: string }
  | { readonly code: "missing_field"; readonly path: string }
  | { readonly code: "wrong_type"; readonly path: string; readonly expected: ExpectedType; readonly found: string }
  | { readonly code: "wrong_format"; readonly path: string; readonly expected: string; readonly found: string }
  | { readonly code: "not_in_list"; readonly path: string; readonly value: string; readonly allowed: readonly string[] }
  | { readonly code: "empty_string"; readonly path: string }
  | { readonly code: "out_of_range"; readonly path: string; readonly value: string; readonly min?: number; readonly max?: number }
  | { readonly code: "duplicate_id"; readonly path: string; readonly id: string }
  | { readonly code: "duplicate_value"; readonly path: string; readonly value: string }
  | { readonly code: "unknown_unit"; readonly path: string; readonly id: string }
  | { readonly code: "unknown_parent"; readonly path: string; readonly id: string }
  | { readonly code: "cycle"; readonly path: string; readonly id: string }
  | { readonly code: "region_with_parent"; readonly path: string }
  | { readonly code: "parent_required"; readonly path: string }
  | { readonly code: "bad_parent_kind"; readonly path: string; readonly kind: string; readonly parentKind: string }
  | { readonly code: "managing_outside_centralized"; readonly path: string; readonly region: string }
  | { readonly code: "only_on_regions"; readonly path: string }
  | { readonly code: "unknown_time_zone"; readonly path: string; readonly value: string }
  | { readonly code: "bad_timestamp"; readonly path: string; readonly value: string }
  | { readonly code: "timestamp_without_zone"; readonly path: string; readonly value: string }
  | { readonly code: "bad_period"; readonly path: string; readonly value: string }
  | { readonly code: "bad_hours"; readonly path: string; readonly value: string }
  | { readonly code: "unknown_answer_key"; readonly path: string; readonly key: string; readonly view: View }
  | { readonly code: "answer_out_of_range"; readonly path: string; readonly value: string; readonly min: number; readonly max: number }
  | { readonly code: "unknown_option"; readonly path: string; readonly value: string; readonly allowed: readonly string[] }
  | { readonly code: "not_text"; readonly path: string; readonly value: string }
  | { readonly code: "condition_not_met"; readonly path: string; readonly requires: { readonly key: string; readonly equals: string } }
  | { readonly code: "exclusive_option"; readonly path: string; readonly value: string }
  | { readonly code: "unknown_key"; readonly path: string; readonly key: string }
  | { readonly code: "bad_count"; readonly path: string; readonly value: string }
  | { readonly code: "met_exceeds_applicable"; readonly path: string; readonly met: number; readonly applicable: number }
  | { readonly code: "indicator_and_channels"; readonly path: string }
  | { readonly code: "indicator_or_channels_missing"; readonly path: string }
  | { readonly code: "unknown_indicator"; readonly path: string; readonly value: string }
  | { readonly code: "indicator_without_entries"; readonly path: string; readonly indicator: string }
  | { readonly code: "indicator_takes_channels"; readonly path: string; readonly indicator: string }
  | { readonly code: "field_not_expected"; readonly path: string; readonly indicator: string }
  | { readonly code: "unknown_channel"; readonly path: string; readonly value: string }
  | { readonly code: "objective_overlap"; readonly path: string; readonly other: string }
  // methodology consistency
  | { readonly code: "duplicate_code"; readonly path: string; readonly value: string }
  | { readonly code: "unknown_group"; readonly path: string; readonly value: string }
  | { readonly code: "unknown_question_key"; readonly path: string; readonly key: string; readonly view: View }
  | { readonly code: "wrong_question_type"; readonly path: string; readonly key: string; readonly view: View; readonly expected: string }
  | { readonly code: "unknown_checklist"; readonly path: string; readonly value: string }
  | { readonly code: "checklist_mismatch"; readonly path: string; readonly checklist: string; readonly indicator: string }
  | { readonly code: "group_max_mismatch"; readonly path: string; readonly group: string; readonly declared: number; readonly sum: number }
  | { readonly code: "total_mismatch"; readonly path: string; readonly declared: number; readonly sum: number }
  | { readonly code: "weight_out_of_range"; readonly path: string; readonly value: number }
  | { readonly code: "not_descending"; readonly path: string }
  | { readonly code: "bounds_not_increasing"; readonly path: string }
  | { readonly code: "labels_count"; readonly path: string; readonly expected: number; readonly found: number }
  | { readonly code: "indicator_without_parts"; readonly path: string }
  | { readonly code: "inherits_without_objective"; readonly path: string }
  | { readonly code: "bad_condition"; readonly path: string; readonly key: string }
  // corrective measures
  | { readonly code: "end_before_start"; readonly path: string; readonly start: string; readonly end: string }
  | { readonly code: "indicator_without_survey"; readonly path: string; readonly indicator: string };

/** The stable problem codes. */
export type ProblemCode = Problem["code"];
