// The theme taxonomy is validated by the core: every problem reported with its path; the tagger's normalisation and tone.
import { describe, expect, it } from "vitest";
import { compileThemeTagger, formatProblems, validateThemeTaxonomy } from "../../../src/core/index.js";
import { indicatorCodes, shippedTagger, shippedTaxonomyJson } from "./voice-fixtures.js";

describe("validateThemeTaxonomy", () => {
  it("accepts the shipped taxonomy with every theme bearing on known indicators", () => {
    const read = validateThemeTaxonomy(shippedTaxonomyJson(), indicatorCodes);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value.themes.length).toBeGreaterThanOrEqual(15);
  });

  it("reports every unknown indicator, duplicate code and bad field with its path", () => {
    const json = shippedTaxonomyJson() as { themes: Record<string, unknown>[] };
    json.themes[1] = { ...json.themes[1], indicators: ["Д2", "Х9"] };
    json.themes[3] = { ...json.themes[3], code: json.themes[0]!.code };
    json.themes[4] = { ...json.themes[4], terms: [], colour: "red" };
    const read = validateThemeTaxonomy(json, indicatorCodes);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      "unknown_indicator themes[1].indicators[1]",
      "duplicate_code themes[3].code",
      "out_of_range themes[4].terms",
      "unknown_key themes[4].colour",
    ]);
    expect(formatProblems(read.problems)).toContain("неизвестный показатель Х9");
  });

  it("refuses another format and a missing theme list", () => {
    const read = validateThemeTaxonomy(
      { format: "x", id: "1", title: "t", sentiment: { negators: [], negative: ["плох"], positive: ["хорош"] } },
      indicatorCodes,
    );
    expect(read.ok ? [] : read.problems.map((p) => `${p.code} ${p.path}`)).toEqual(["wrong_format format", "missing_field themes"]);
  });
});

describe("theme tagger", () => {
  const tagger = shippedTagger();

  it("matches inflected forms, ё and one typo in a long stem", () => {
    expect(tagger.tag("ОЧЕРЕДЯМИ замучили").themes).toContain("queue");
    expect(tagger.tag("Всё объяснили, спасибо").themes).toEqual(expect.arrayContaining(["competence", "gratitude"]));
    expect(tagger.tag("сотрудники некомпитентные").themes).toContain("competence");
  });

  it("turns a tone cue over after a negator and leaves neutral text neutral", () => {
    expect(tagger.tag("сотрудники вежливые").sentiment).toBe(1);
    expect(tagger.tag("сотрудники не вежливые").sentiment).toBe(-1);
    expect(tagger.tag("по телефону не дозвониться").sentiment).toBe(-1);
    expect(tagger.tag("нет").sentiment).toBe(0);
    expect(tagger.tag("").themes).toEqual([]);
  });

  it("ignores a theme's matches inside its excluded phrases", () => {
    const tag = compileThemeTagger({
      format: "zvezda-voice-themes/1",
      id: "t",
      title: "t",
      sentiment: { negators: [], negative: ["плох"], positive: ["хорош"] },
      themes: [{ code: "queue", title: "Очередь", indicators: [], terms: ["ожидан"], exclude: ["зон ожидан"] }],
    });
    expect(tag.tag("в зоне ожидания тесно").themes).toEqual([]);
    expect(tag.tag("ожидание долгое").themes).toEqual(["queue"]);
  });
});
