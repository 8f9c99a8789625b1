// The survey page stays within its weight budget: 15 kB gzip for HTML, CSS and JS together.
import { describe, expect, it } from "vitest";
import { pageBudgetBytes, surveyPageWeight } from "../../../src/cli/bench/survey-weight.js";

describe("survey page weight", () => {
  it("is at most 15 kB gzip (HTML + CSS + JS)", () => {
    const weight = surveyPageWeight();
    expect(weight.html).toBeGreaterThan(1000);
    expect(weight.total).toBe(weight.html + weight.css + weight.js);
    expect(weight.total).toBeLessThanOrEqual(pageBudgetBytes);
  });
});
