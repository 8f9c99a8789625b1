// Configuration from the environment: defaults, and one bilingual line for each bad value.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/server/index.js";

describe("loadConfig", () => {
  it("has defaults for everything", () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: "0.0.0.0",
      database: { url: undefined, dataDir: resolve("./data") },
      logLevel: "info",
      secret: undefined,
      publicUrl: "http://localhost:3000",
      trustedProxies: [],
    });
  });

  it("reads every variable, and treats empty ones as unset", () => {
    const config = loadConfig({
      PORT: "8080",
      HOST: "127.0.0.1",
      DATABASE_URL: "postgres://u:p@db:5432/zvezda",
      ZVEZDA_DATA_DIR: "/var/lib/zvezda",
      ZVEZDA_PGLITE_THREAD: "caller",
      LOG_LEVEL: "warn",
      ZVEZDA_SECRET: "s".repeat(32),
      ZVEZDA_PUBLIC_URL: "https://zvezda.example.ru/opros",
    });
    expect(config).toEqual({
      port: 8080,
      host: "127.0.0.1",
      database: { url: "postgres://u:p@db:5432/zvezda", dataDir: "/var/lib/zvezda", pgliteThread: "caller" },
      logLevel: "warn",
      secret: "s".repeat(32),
      publicUrl: "https://zvezda.example.ru/opros",
      trustedProxies: [],
    });
    expect(loadConfig({ PORT: "", DATABASE_URL: "" })).toMatchObject({ port: 3000, database: { url: undefined } });
    expect(loadConfig({ PORT: "8080", ZVEZDA_PUBLIC_URL: "" }).publicUrl).toBe("http://localhost:8080");
  });

  it.each([
    [{ PORT: "abc" }, /^Неверное значение PORT \/ Invalid PORT: /],
    [{ PORT: "70000" }, /PORT/],
    [{ PORT: "-1" }, /PORT/],
    [{ DATABASE_URL: "mysql://x" }, /^Неверное значение DATABASE_URL \/ Invalid DATABASE_URL: /],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL/],
    [{ ZVEZDA_SECRET: "short" }, /ZVEZDA_SECRET/],
    [{ ZVEZDA_PUBLIC_URL: "zvezda.example.ru" }, /^Неверное значение ZVEZDA_PUBLIC_URL \/ Invalid ZVEZDA_PUBLIC_URL: /],
    [{ ZVEZDA_PUBLIC_URL: "https://zvezda.example.ru/" }, /ZVEZDA_PUBLIC_URL/],
    [{ ZVEZDA_PUBLIC_URL: "ftp://zvezda.example.ru" }, /ZVEZDA_PUBLIC_URL/],
    [{ ZVEZDA_PUBLIC_URL: "https://zvezda.example.ru?x=1" }, /ZVEZDA_PUBLIC_URL/],
    [{ ZVEZDA_SCRYPT_COST: "9" }, /^Неверное значение ZVEZDA_SCRYPT_COST \/ Invalid ZVEZDA_SCRYPT_COST: должен быть целым числом от 10 до 20/],
    [{ ZVEZDA_SCRYPT_COST: "15.5" }, /ZVEZDA_SCRYPT_COST/],
    [
      { ZVEZDA_PGLITE_THREAD: "main" },
      /^Неверное значение ZVEZDA_PGLITE_THREAD \/ Invalid ZVEZDA_PGLITE_THREAD: должен быть одним из \/ must be one of: own, caller/,
    ],
  ])("refuses %o with one line", (env, message) => {
    const error = (() => {
      try {
        loadConfig(env);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });
});
