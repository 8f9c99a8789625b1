// One demo server and one chromium for a whole browser test file: started before its first case, closed after the last.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser.js";
import { buildWebAppOnce } from "./admin-browser.js";
import { startDemoServer, type DemoServer } from "./demo-server.js";

export interface DemoBrowser {
  server: DemoServer;
  browser: Browser;
}

/** Registers the file's beforeAll/afterAll; the returned object is filled before the first case runs. */
export function useDemoBrowser(): DemoBrowser {
  const shared = {} as DemoBrowser;
  beforeAll(async () => {
    const [, started] = await Promise.all([buildWebAppOnce(), startDemoServer()]);
    shared.server = started;
    shared.browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}
