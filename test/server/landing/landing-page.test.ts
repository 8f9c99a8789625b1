// The landing page says how the index is scored in the words of the methodology in force, not in fixed numbers.
import { describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { renderLandingPage } from "../../../src/server/landing/landing-page.js";

describe("landing page", () => {
  it("takes the maximum, the number of indicators and the groups from the methodology", () => {
    const m = loadDefaultMethodology();
    const smaller = { ...m, total: 30, groups: m.groups.slice(0, 3), indicators: m.indicators.slice(0, 11) };
    const page = renderLandingPage(smaller);
    expect(page).toContain("до 30 баллов (или до 100 %) по 11 показателям в группах");
    expect(page).toContain(`<abbr title="${m.groups[2]!.short}">${m.groups[2]!.code}</abbr>.`);
    expect(page).not.toContain(`>${m.groups[3]!.code}</abbr>`);
  });

  it("stays up without a methodology, saying no figures", () => {
    const page = renderLandingPage(undefined);
    expect(page).toContain("по утверждённой методике.");
    expect(page).not.toContain("баллов");
  });
});
