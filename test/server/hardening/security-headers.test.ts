// Security headers on pages, the API, assets and errors alike; HSTS only under an https public URL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSurveyServer, testUnits, type SurveyServer } from "../../support/survey-server.js";

describe("security headers", () => {
  let plain: SurveyServer, secure: SurveyServer;
  beforeAll(async () => {
    [plain, secure] = await Promise.all([startSurveyServer("pglite"), startSurveyServer("pglite", { ZVEZDA_PUBLIC_URL: "https://zvezda.example.ru" })]);
  });
  afterAll(async () => Promise.all([plain?.close(), secure?.close()]));

  it("forbids framing and sniffing everywhere, and sends HSTS only under https", async () => {
    const urls = [
      "/",
      `/s/${testUnits.open}/poster`,
      `/s/${testUnits.open}`,
      `/s/${testUnits.open}/seeker`,
      "/s/assets/survey.js",
      "/api/health",
      "/api/no-such-route",
      "/s/nowhere",
    ];
    for (const url of urls) {
      const response = await plain.app.inject({ method: "GET", url });
      expect(response.headers["x-frame-options"], url).toBe("DENY");
      const policy = String(response.headers["content-security-policy"]);
      expect(policy, url).toContain("frame-ancestors 'none'");
      expect(policy, url).toContain("script-src 'self';");
      expect(policy, url).toMatch(/style-src 'self'( 'sha256-[\w+/=]+')*;/);
      expect(policy, url).not.toContain("unsafe-inline");
      expect(response.headers["x-content-type-options"], url).toBe("nosniff");
      expect(response.headers["referrer-policy"], url).toBeDefined();
      expect(response.headers["strict-transport-security"], url).toBeUndefined();
      const https = await secure.app.inject({ method: "GET", url });
      expect(https.headers["strict-transport-security"], url).toContain("max-age=");
    }
  });
});
