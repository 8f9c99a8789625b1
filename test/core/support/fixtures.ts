// Test fixtures: the repository paths, the shipped methodology, a strict dataset builder for golden tests.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  formatProblems,
  validateDataset,
  validateMethodology,
  type AnswerValue,
  type Dataset,
  type DatasetUnit,
  type Methodology,
  type ObjectiveEntry,
  type SurveyResponse,
  type View,
} from "../../../src/core/index.js";

/** The repository root (with a trailing slash). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** The raw JSON of the shipped methodology file. */
export function methodologyJson(): Record<string, unknown> {
  return JSON.parse(readFileSync(`${repoRoot}methodology/2022.2.json`, "utf8")) as Record<string, unknown>;
}

/** Validates a methodology value or fails the test with its first problem. */
export function methodologyFrom(value: unknown): Methodology {
  const outcome = validateMethodology(value);
  if (!outcome.ok) throw new Error(formatProblems(outcome.problems));
  return outcome.value;
}

/** The shipped methodology 2022.2. */
export const methodology: Methodology = methodologyFrom(methodologyJson());

/** A region (decentralised, Moscow time unless told otherwise). */
export const region = (id: string, extra: Partial<DatasetUnit> = {}): DatasetUnit =>
  ({ id, kind: "region", name: `Регион ${id}`, parent: null, network: "decentralized", timezone: "Europe/Moscow", ...extra }) as DatasetUnit;
/** A managing centre. */
export const managing = (id: string, parent: string): DatasetUnit => ({ id, kind: "managing", name: `Управляющий ${id}`, parent });
/** A territorial centre. */
export const office = (id: string, parent: string): DatasetUnit => ({ id, kind: "territorial", name: `ЦЗН ${id}`, parent });

/** Every answer key of the form at one scale value, with the choices that open every follow-up. */
export function allAnswers(v: number): Record<string, AnswerValue> {
  const scale = Object.fromEntries(
    ["q1", "q2", "q3", "q5", "q6", "q7", "q8", "q9", "q10", "q11", "q15office", "q15site", "q15social", "q15phone"].map((k) => [k, v]),
  );
  return { ...scale, q4: "yes", q12: "yes", q12r: v, q13: "yes", q13ch: "через сайт", q13r: v, q14: "office" };
}

let serial = 0;
/** `count` identical responses. */
export function responses(
  count: number,
  unit: string,
  view: View,
  answers: Record<string, AnswerValue>,
  submittedAt = "2025-05-10T06:00:00Z",
  excluded = false,
): SurveyResponse[] {
  return Array.from({ length: count }, () => ({ id: `t${++serial}`, unit, respondent: view, submittedAt, answers, excluded }));
}

/** A dataset that must pass validation (the builder never produces what the product would refuse). */
export function dataset(units: DatasetUnit[], rs: SurveyResponse[], objective: ObjectiveEntry[] = [], m: Methodology = methodology): Dataset {
  const outcome = validateDataset(JSON.parse(JSON.stringify({ format: "zvezda-dataset/1", units, responses: rs, objective })), m);
  if (!outcome.ok) throw new Error(formatProblems(outcome.problems));
  return outcome.value;
}

/** Parsed JSON that tests edit freely (paths into it are checked by the code under test, not by the compiler). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseJson = Record<string, any>;

/** A deep copy of the methodology JSON with a change applied, validated. */
export function variant(change: (json: LooseJson) => void): Methodology {
  const json = methodologyJson() as LooseJson;
  change(json);
  return methodologyFrom(json);
}
