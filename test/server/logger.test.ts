// The server's request log: no client address and no kiosk token in any line.
import { Writable } from "node:stream";
import Fastify, { type FastifyBaseLogger } from "fastify";
import { describe, expect, it } from "vitest";
import { createLogger, requestLogFields } from "../../src/server/logger.js";

function capturingLogger(): { logger: FastifyBaseLogger; lines: () => string[] } {
  const chunks: string[] = [];
  const stream = new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) });
  return { logger: createLogger("info", stream) as FastifyBaseLogger, lines: () => chunks.join("").split("\n").filter(Boolean) };
}

describe("request log", () => {
  it("keeps the method, host and path but drops the kiosk token", () => {
    expect(requestLogFields({ method: "GET", url: "/k/kTok3n-secret/seeker?x=1", host: "zvezda.example" })).toEqual({
      method: "GET",
      url: "/k/…/seeker?x=1",
      host: "zvezda.example",
    });
    expect(requestLogFields({ method: "POST", url: "/s/32-01/seeker" })).toEqual({ method: "POST", url: "/s/32-01/seeker" });
  });

  it("writes no client address and no kiosk token through Fastify", async () => {
    const { logger, lines } = capturingLogger();
    const app = Fastify({ loggerInstance: logger });
    app.get("/k/:token", async () => "kiosk");
    app.get("/s/:unit", async () => "survey");
    await app.inject({ url: "/k/kSecretKioskToken123", remoteAddress: "203.0.113.9" });
    await app.inject({ url: "/s/32-01", remoteAddress: "203.0.113.9" });
    await app.close();
    const log = lines();
    expect(log.some((line) => line.includes('"url":"/k/…"'))).toBe(true);
    expect(log.some((line) => line.includes('"url":"/s/32-01"'))).toBe(true);
    expect(log.join("\n")).not.toContain("kSecretKioskToken123");
    expect(log.join("\n")).not.toContain("203.0.113.9");
  });
});
