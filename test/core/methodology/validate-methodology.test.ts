// The methodology validator: the shipped file is valid, every kind of inconsistency is refused with its path.

import { describe, expect, it } from "vitest";
import { formatProblem, validateMethodology, type Problem } from "../../../src/core/index.js";
import { methodologyJson, type LooseJson } from "../support/fixtures.js";

/** Problems of the shipped methodology after a change. */
function problemsAfter(change: (json: LooseJson) => void): Problem[] {
  const json = methodologyJson() as LooseJson;
  change(json);
  const outcome = validateMethodology(json);
  return outcome.ok ? [] : [...outcome.problems];
}

const indicator = (json: LooseJson, code: string): LooseJson => json["indicators"].find((i: { code: string }) => i.code === code);

describe("validateMethodology", () => {
  it("accepts the shipped 2022.2 file with its settings", () => {
    const outcome = validateMethodology(methodologyJson());
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const m = outcome.value;
    expect(m.id).toBe("2022.2");
    expect(m.groups.map((g) => [g.code, g.max])).toEqual([["Д", 6], ["П", 6], ["М", 14], ["А", 8], ["К", 16]]);
    expect(m.groups.map((g) => g.short)).toEqual(["дружелюбие и партнерство", "полезность обращения", "минимизация усилий", "адресность и персонализация", "комфорт и удобство"]);
    expect(m.indicators).toHaveLength(20);
    expect(m.scale).toMatchObject({ min: 1, max: 10, positiveFrom: 8, undecidedValue: 5, undecidedCounts: true });
    expect(m.sample).toEqual({ minSample: 30, z: 1.96 });
    expect(m.stars.thresholds).toEqual([90, 80, 70, 60]);
    expect(m.channels.map((c) => c.code)).toEqual(["office", "site", "social", "phone", "messenger", "portal", "email"]);
    expect(m.checklists.map((c) => c.code).sort()).toEqual(["comfort", "contact_center", "office", "site", "social", "transport"]);
    for (const c of m.checklists) expect(c.items.length).toBeGreaterThanOrEqual(8);
    expect(m.forms.seeker.questions).toHaveLength(15);
    expect(m.forms.employer.questions).toHaveLength(15);
  });

  it("keeps the seed's texts", () => {
    const m = validateMethodology(methodologyJson());
    if (!m.ok) throw new Error("invalid");
    const q5 = m.value.forms.seeker.questions[4]!;
    expect(q5.hint).toBe("Например, сотрудник учел Ваши пожелания о дате и времени следующего посещения ЦЗН");
    expect(m.value.forms.seeker.questions[12]!.parts.find((p) => p.key === "q13ch")).toMatchObject({ placeholder: "Укажите способ предзаписи" });
    expect(m.value.forms.employer.questions[14]!.parts.map((p) => p.label)).toEqual(["в офисе ЦЗН", "на сайте СЗН", "в социальных сетях", "через контакт-центр"]);
    expect(m.value.forms.employer.profile.fields[0]!.options.at(-1)).toMatchObject({ label: "Другое (впишите)", other: true });
    expect(m.value.scale.labels[4]).toBe("затрудняюсь с ответом");
  });

  it("names a group by its full name where the file gives no short one", () => {
    const json = methodologyJson() as LooseJson;
    delete json["groups"][0].short;
    const outcome = validateMethodology(json);
    expect(outcome.ok && outcome.value.groups[0]).toMatchObject({ name: "Показатели дружелюбия и партнерства", short: "Показатели дружелюбия и партнерства" });
  });

  const cases: [string, (json: LooseJson) => void, Partial<Problem> & { code: Problem["code"]; path: string }][] = [
    ["a group maximum that is not the sum of its indicators", (j) => (j["groups"][0].max = 7), { code: "group_max_mismatch", path: "groups[0].max" }],
    ["group maxima that do not add up to the total", (j) => (j["total"] = 60), { code: "total_mismatch", path: "total" }],
    ["an indicator on an unknown question key", (j) => (indicator(j, "Д1")["survey"].key = "q99"), { code: "unknown_question_key", path: "indicators[0].survey.key" }],
    ["a scale share on a choice question", (j) => (indicator(j, "Д1")["survey"].key = "q4"), { code: "wrong_question_type", path: "indicators[0].survey.key" }],
    ["an option share naming an unknown option", (j) => (indicator(j, "А1")["survey"].positive = ["si"]), { code: "unknown_option", path: "indicators[14].survey.positive[0]" }],
    ["a survey weight outside [0, 1]", (j) => (indicator(j, "К1")["surveyWeight"] = 1.5), { code: "weight_out_of_range", path: "indicators[16].surveyWeight" }],
    ["a duplicate indicator code", (j) => (indicator(j, "Д2")["code"] = "Д1"), { code: "duplicate_code", path: "indicators[1].code" }],
    ["an unknown group", (j) => (indicator(j, "К4")["group"] = "Z"), { code: "unknown_group", path: "indicators[19].group" }],
    ["star thresholds that do not descend", (j) => (j["stars"].thresholds = [90, 95, 70, 60]), { code: "not_descending", path: "stars.thresholds[1]" }],
    ["an indicator whose checklist is not its own", (j) => (indicator(j, "М1")["objective"].checklist = "site"), { code: "checklist_mismatch", path: "indicators[6].objective.checklist" }],
    ["an unknown checklist", (j) => (indicator(j, "К3")["objective"].checklist = "parking"), { code: "unknown_checklist", path: "indicators[18].objective.checklist" }],
    ["a follow-up conditioned on an unknown option", (j) => (j["forms"].seeker.questions[11].parts[1].when.equals = "si"), { code: "bad_condition", path: "forms.seeker.questions[11].parts[1].when" }],
    ["a scale with the wrong number of labels", (j) => j["scale"].labels.pop(), { code: "labels_count", path: "scale.labels" }],
    ["a missing required field", (j) => delete j["sample"].z, { code: "missing_field", path: "sample.z" }],
    ["a field of the wrong type", (j) => (j["sample"].minSample = "30"), { code: "wrong_type", path: "sample.minSample" }],
    ["a group short name that is not text", (j) => (j["groups"][1].short = 5), { code: "wrong_type", path: "groups[1].short" }],
    ["inheritance without an objective part", (j) => (indicator(j, "Д1")["inherits"] = true), { code: "inherits_without_objective", path: "indicators[0].inherits" }],
    ["an indicator with neither part", (j) => delete indicator(j, "Д1")["survey"], { code: "indicator_without_parts", path: "indicators[0]" }],
    ["a vacancy band whose bounds are reversed", (j) => (indicator(j, "П2")["objective"].low = 0.2), { code: "bounds_not_increasing", path: "indicators[4].objective.low" }],
    ["a duplicate answer key in a form", (j) => (j["forms"].employer.questions[1].parts[0].key = "q1"), { code: "duplicate_code", path: "forms.employer.questions[1].parts[0].key" }],
    ["a channel option outside the vocabulary", (j) => (j["channels"] = j["channels"].filter((c: { code: string }) => c.code !== "social")), { code: "unknown_channel", path: "indicators[10].survey.key" }],
    ["an unknown default time zone", (j) => (j["defaultTimezone"] = "Europe/Atlantis"), { code: "unknown_time_zone", path: "defaultTimezone" }],
    ["a wrong format tag", (j) => (j["format"] = "zvezda-methodology/9"), { code: "wrong_format", path: "format" }],
  ];

  for (const [name, change, want] of cases) {
    it(`refuses ${name}`, () => {
      const problems = problemsAfter(change);
      expect(problems.map((p) => `${p.code} ${p.path}`)).toContain(`${want.code} ${want.path}`);
      const problem = problems.find((p) => p.code === want.code && p.path === want.path)!;
      expect(formatProblem(problem)).toMatch(new RegExp(`^${want.path.replace(/[[\].]/g, "\\$&")} — \\S`));
    });
  }

  it("lists every inconsistency at once, not only the first", () => {
    const problems = problemsAfter((j) => {
      j["groups"][0].max = 7;
      indicator(j, "Д1")["survey"].key = "q99";
    });
    expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining(["group_max_mismatch", "total_mismatch", "unknown_question_key"]));
  });

  it("refuses what is not an object", () => {
    const outcome = validateMethodology([1, 2]);
    expect(outcome.ok).toBe(false);
  });
});
