// The admin app as served: its built assets sent in their brotli copies, and the strict Content-Security-Policy in chromium — the admin app (Mantine, ECharts) and the survey pages run with zero violations.
import { statSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { webOutDir } from "../../src/cli/web-build.js";
import { describe, expect, it } from "vitest";
import { waitForUnit } from "../support/admin-browser.js";
import { runsOnPglite } from "../support/databases.js";
import { demoLogins } from "../support/demo-server.js";
import { useDemoBrowser } from "../support/demo-browser.js";

/** Records every CSP violation the page reports, from the DOM event and from the console. */
async function watchedContext(browser: Browser, violations: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "ru-RU" });
  await context.exposeBinding("reportCspViolation", (_source, text: string) => void violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  context.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return context;
}

describe.runIf(runsOnPglite)("content security policy in the browser", { timeout: 300_000 }, () => {
  const demo = useDemoBrowser();

  const policyOf = async (page: Page, path: string) => (await page.request.get(demo.server.url + path)).headers()["content-security-policy"] ?? "";

  it("sends the built app's scripts and styles in the brotli copies the build wrote", async () => {
    const html = await (await fetch(`${demo.server.url}/admin/`)).text();
    const assets = [...html.matchAll(/\/admin\/assets\/[\w.-]+\.(?:js|css)/g)].map((m) => m[0]);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const path of assets) {
      const response = await fetch(demo.server.url + path, { headers: { "accept-encoding": "br" } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-encoding"), path).toBe("br");
      // The file as the build wrote it, not compressed on the fly (which has no length in advance).
      expect(response.headers.get("content-length"), path).toBe(String(statSync(join(webOutDir, `${path.replace("/admin/", "")}.br`)).size));
      expect((await response.text()).length, path).toBeGreaterThan(1000);
    }
  });

  it("runs the admin app — sign-in, dashboard charts, a region — with no violation", async () => {
    const violations: string[] = [];
    const context = await watchedContext(demo.browser, violations);
    const page = await context.newPage();
    page.setDefaultTimeout(90_000);
    await page.goto(`${demo.server.url}/admin/`);
    await page.locator("input[name=login]").fill("admin");
    await page.locator("input[name=password]").fill(demoLogins.admin.password);
    await page.getByRole("button", { name: "Войти" }).click();
    await page.getByTestId("user-name").waitFor();
    await waitForUnit(page, "country");
    await page.locator("canvas, svg").first().waitFor();
    await page.goto(`${demo.server.url}/admin/u/32`);
    await waitForUnit(page, "32");
    // Mantine's style elements carry the page's nonce (otherwise they would have been blocked above).
    expect(await page.locator("style[data-mantine-styles]").count()).toBeGreaterThan(0);
    const policy = await policyOf(page, "/admin/");
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toContain("unsafe-inline");
    expect(violations).toEqual([]);
    // The watcher does see a violation: a <style> without the nonce is reported.
    await page.evaluate(() => document.head.append(Object.assign(document.createElement("style"), { textContent: "body { color: red }" })));
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations[0]).toContain("style-src");
    await context.close();
  });

  it("runs the survey — start, questionnaire with its script, a refused submission, the poster — with no violation", async () => {
    const unit = await demo.server.database.db
      .selectFrom("org_units")
      .select("id")
      .where("kind", "=", "territorial")
      .where("closed_at", "is", null)
      .orderBy("id")
      .executeTakeFirstOrThrow();
    const violations: string[] = [];
    const context = await watchedContext(demo.browser, violations);
    const page = await context.newPage();
    for (const path of ["/", `/s/${unit.id}`, `/s/${unit.id}/seeker`, `/s/${unit.id}/poster`, "/s/no-such-unit"]) await page.goto(demo.server.url + path);
    await page.goto(`${demo.server.url}/s/${unit.id}/employer`);
    // The script turns the form into sheets; sending it empty renders the refusal page with its messages.
    const [refusal] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.locator("form").evaluate((form: HTMLFormElement) => form.submit()),
    ]);
    expect(refusal.status()).toBe(400);
    await page.waitForLoadState("load");
    for (const path of ["/", `/s/${unit.id}/seeker`]) {
      const policy = await policyOf(page, path);
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain("unsafe-inline");
    }
    expect(violations).toEqual([]);
    await context.close();
  });

  it("shows the API documentation to a signed-in user: Swagger UI runs its scripts, lists /api routes only", async () => {
    const violations: string[] = [];
    const context = await watchedContext(demo.browser, violations);
    const page = await context.newPage();
    page.setDefaultTimeout(90_000);
    expect((await page.goto(`${demo.server.url}/api/docs`))?.status()).toBe(401);
    await page.goto(`${demo.server.url}/admin/`);
    await page.locator("input[name=login]").fill("analyst");
    await page.locator("input[name=password]").fill(demoLogins.analyst.password);
    await page.getByRole("button", { name: "Войти" }).click();
    await page.getByTestId("user-name").waitFor();
    await page.goto(`${demo.server.url}/api/docs`);
    // The operations are drawn by Swagger UI's script: blocked scripts would leave the page empty.
    await page.locator(".opblock-summary-path", { hasText: "/api/results" }).first().waitFor();
    const paths = await page.locator(".opblock-summary-path").evaluateAll((nodes) => nodes.map((n) => n.textContent?.replace(/\u200b/g, "") ?? ""));
    expect(paths.length).toBeGreaterThan(50);
    expect(paths.filter((path) => !path.startsWith("/api/"))).toEqual([]);
    // Swagger UI sets a few style attributes (its SVG sprites), which the policy rightly refuses; scripts all run.
    expect(violations.filter((v) => /script-src/.test(v))).toEqual([]);
    await context.close();
  });
});
