// Tagging quality measured on ≥ 300 hand-labelled Russian texts: per-theme precision and recall, and their averages.
import { describe, expect, it } from "vitest";
import { labelledTexts, shippedTagger, shippedTaxonomy } from "./voice-fixtures.js";

describe("theme tagger on the labelled set", () => {
  const texts = labelledTexts();
  const taxonomy = shippedTaxonomy();
  const tagger = shippedTagger();

  it("has at least 300 texts labelled only with known themes", () => {
    expect(texts.length).toBeGreaterThanOrEqual(300);
    const codes = new Set(taxonomy.themes.map((t) => t.code));
    for (const t of texts) for (const theme of t.themes) expect(codes, t.text).toContain(theme);
  });

  it("reaches precision and recall of at least 0.8 per theme on average", () => {
    const tp = new Map<string, number>(),
      fp = new Map<string, number>(),
      fn = new Map<string, number>();
    const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    const misses: string[] = [];
    for (const { text, themes } of texts) {
      const found = new Set(tagger.tag(text).themes);
      const truth = new Set(themes);
      for (const t of found) add(truth.has(t) ? tp : fp, t);
      for (const t of truth) if (!found.has(t)) add(fn, t);
      const wrong = [...found]
        .filter((t) => !truth.has(t))
        .map((t) => `+${t}`)
        .concat([...truth].filter((t) => !found.has(t)).map((t) => `-${t}`));
      if (wrong.length) misses.push(`${wrong.join(" ")}: ${text}`);
    }
    const rows = taxonomy.themes
      .filter((t) => (tp.get(t.code) ?? 0) + (fn.get(t.code) ?? 0) > 0)
      .map((t) => {
        const a = tp.get(t.code) ?? 0,
          b = fp.get(t.code) ?? 0,
          c = fn.get(t.code) ?? 0;
        return { theme: t.code, support: a + c, precision: a + b === 0 ? 0 : a / (a + b), recall: a / (a + c) };
      });
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const precision = mean(rows.map((r) => r.precision)),
      recall = mean(rows.map((r) => r.recall));
    console.log(rows.map((r) => `${r.theme.padEnd(14)} n=${String(r.support).padStart(3)}  P=${r.precision.toFixed(2)}  R=${r.recall.toFixed(2)}`).join("\n"));
    console.log(
      `average over ${rows.length} themes: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; ${misses.length} of ${texts.length} texts differ:\n${misses.join("\n")}`,
    );
    expect(rows.length).toBe(taxonomy.themes.length);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });

  it("tags a text in well under a millisecond", () => {
    const start = performance.now();
    let n = 0;
    for (let round = 0; round < 5; round++)
      for (const { text } of texts) {
        tagger.tag(text);
        n++;
      }
    const perText = (performance.now() - start) / n;
    console.log(`tagging: ${(perText * 1000).toFixed(1)} µs per text`);
    expect(perText).toBeLessThan(1);
  });
});
