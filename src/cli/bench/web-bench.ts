// `bench web`: how long the admin app's first screen takes to become usable on a throttled connection
// (10 Mbit/s, 40 ms round trip, CPU ×4 through the Chrome DevTools Protocol), cold cache, median of runs.

import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { buildServer, loadConfig } from "../../server/index.js";
import { CliError } from "../cli-error.js";
import { runDemoSeed } from "../seed/demo-seed.js";
import { demoUsers } from "../seed/demo-users.js";
import { ensureWebBuild } from "../web-build.js";
import { openBenchDatabase } from "./bench-database.js";
import { duration, median, printFigures } from "./bench-report.js";

/** The throttling of the target: 10 Mbit/s both ways, 40 ms latency, a CPU four times slower. */
const throttle = { latency: 40, throughput: (10 * 1_000_000) / 8, cpu: 4 };
/** The target for the first screen. */
const targetMs = 1500;

function options(argv: string[]): { runs: number } {
  const { values } = parseArgs({ args: argv, options: { runs: { type: "string", default: "3" } }, strict: true });
  const runs = Number(values.runs);
  if (!Number.isSafeInteger(runs) || runs < 1 || runs > 20) throw new CliError(`bench web: --runs ${values.runs}: нужно целое 1–20`);
  return { runs };
}

/** Chromium: the system's when installed, else @sparticuz/chromium (a development dependency). */
async function launch() {
  const { chromium } = await import("playwright-core");
  const system = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
  const executablePath = system ?? (await (await import("@sparticuz/chromium")).default.executablePath());
  return chromium.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"] });
}

type Browser = Awaited<ReturnType<typeof launch>>;

/** One cold load of `path` with `cookie`: ms from navigation start until `selector` is visible and the page answers input. */
async function firstScreen(
  browser: Browser,
  url: string,
  cookie: { name: string; value: string } | undefined,
  selector: string,
): Promise<{ ms: number; bytes: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "ru-RU" });
  // Path «/»: given the page's address, Playwright would scope the cookie to /admin/ and the API would never see it.
  if (cookie) await context.addCookies([{ ...cookie, domain: new URL(url).hostname, path: "/", httpOnly: true, sameSite: "Strict" }]);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: throttle.latency,
    downloadThroughput: throttle.throughput,
    uploadThroughput: throttle.throughput,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle.cpu });
  let bytes = 0;
  cdp.on("Network.loadingFinished", (event: { encodedDataLength: number }) => void (bytes += event.encodedDataLength));
  await page.goto(url, { waitUntil: "commit" });
  await page.locator(selector).first().waitFor();
  // Usable: the element is there and the main thread answers a task queued behind the rendering.
  const ms = await page.evaluate(() => new Promise<number>((resolve) => setTimeout(() => requestAnimationFrame(() => resolve(performance.now())), 0)));
  await context.close();
  return { ms, bytes };
}

/** Runs the web suite and prints its figures. */
export async function run(argv: string[]): Promise<number> {
  const o = options(argv);
  const built = await ensureWebBuild();
  if (built.status === "unavailable") throw new CliError(`bench web: админ-приложение не собрано (${built.reason})`);
  const database = await openBenchDatabase("web");
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", ZVEZDA_SECRET: "bench-secret-0123456789abcdefghijklmnop" });
  const app = await buildServer({ database, config, logger: false, loginRateLimit: { max: 1000, timeWindowMs: 60_000 } });
  let browser: Browser | undefined;
  try {
    await runDemoSeed(database.db);
    await app.listen({ port: 0, host: "127.0.0.1" });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const admin = demoUsers.find((u) => u.role === "federal_admin") as (typeof demoUsers)[number];
    const signed = await fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ login: admin.login, password: admin.password }),
    });
    if (signed.status !== 200) throw new Error(`sign-in failed: ${signed.status}`);
    const [name, value] = (signed.headers.get("set-cookie") ?? "").split(";")[0]!.split("=") as [string, string];
    browser = await launch();
    // Warm the server's result cache once, so that the figure is the app's and not the first computation's.
    await firstScreen(browser, `${base}/admin/`, { name, value }, "[data-testid=unit-title]");
    const signIn: { ms: number; bytes: number }[] = [];
    const home: { ms: number; bytes: number }[] = [];
    for (let i = 0; i < o.runs; i++) {
      signIn.push(await firstScreen(browser, `${base}/admin/`, undefined, "input[name=login]"));
      home.push(await firstScreen(browser, `${base}/admin/`, { name, value }, "[data-testid=unit-title]"));
    }
    const homeMs = median(home.map((h) => h.ms));
    printFigures(`Админ-приложение, первый экран: 10 Мбит/с, ${throttle.latency} мс, CPU ×${throttle.cpu}, холодный кэш, медиана ${o.runs} запусков`, [
      ["Вход (форма готова)", `${duration(median(signIn.map((s) => s.ms)))} · ${Math.round(median(signIn.map((s) => s.bytes)) / 1024)} КБ`],
      ["Главная страница федерального администратора (страна)", `${duration(homeMs)} · ${Math.round(median(home.map((h) => h.bytes)) / 1024)} КБ`],
      ["Цель", `≤ ${duration(targetMs)}: ${homeMs <= targetMs ? "выполнена" : "НЕ выполнена"}`],
    ]);
    return homeMs <= targetMs ? 0 : 1;
  } finally {
    await browser?.close();
    await app.close();
    await database.close();
  }
}
