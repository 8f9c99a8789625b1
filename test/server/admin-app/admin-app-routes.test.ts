// /admin/: hashed assets cached for a year, index.html never cached, client routes fall back to index.html, a missing build explained.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminAppRoutes } from "../../../src/server/admin-app/admin-app-routes.js";
import { temporaryDir } from "../../support/databases.js";

describe("admin app routes", () => {
  const dir = temporaryDir("zvezda-web-");
  const built = join(dir.path, "built");
  const app = Fastify();
  const missing = Fastify();

  beforeAll(async () => {
    mkdirSync(join(built, "assets"), { recursive: true });
    writeFileSync(join(built, "index.html"), "<!doctype html><title>app</title>");
    writeFileSync(join(built, "assets", "index-abc123.js"), "console.log(1)");
    writeFileSync(join(built, "assets", "index-abc123.js.br"), brotliCompressSync("console.log(1)"));
    writeFileSync(join(built, "assets", "index-abc123.js.gz"), gzipSync("console.log(1)"));
    writeFileSync(join(built, "assets", "alone-def456.js"), "console.log(2)");
    await app.register(adminAppRoutes, { webDir: built });
    await missing.register(adminAppRoutes, { webDir: join(dir.path, "nothing") });
  });
  afterAll(async () => {
    await app.close();
    await missing.close();
    dir.remove();
  });

  it("serves a hashed asset with a year-long immutable cache", async () => {
    const response = await app.inject("/admin/assets/index-abc123.js");
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.body).toBe("console.log(1)");
  });

  it("sends the build's brotli or gzip copy as it is, as the client accepts, and says the answer varies with that", async () => {
    const asset = (encoding: string, path = "index-abc123.js") => app.inject({ url: `/admin/assets/${path}`, headers: { "accept-encoding": encoding } });
    const br = await asset("gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe("console.log(1)");
    const gzip = await asset("gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.rawPayload).toString()).toBe("console.log(1)");
    const plain = await asset("identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe("console.log(1)");
    // An asset built without copies is sent as it is (the server's compression may still apply elsewhere).
    const alone = await asset("br", "alone-def456.js");
    expect(alone.statusCode).toBe(200);
    expect(alone.body).toBe("console.log(2)");
  });

  it("answers client routes with index.html that is never cached", async () => {
    for (const url of ["/admin/", "/admin/u/32-01?period=2026-Q3&view=combined", "/admin/u/country"]) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(response.headers["cache-control"]).toBe("no-cache");
      expect(response.body).toContain("<title>app</title>");
    }
  });

  it("redirects /admin to /admin/ and answers 404 for an unknown asset", async () => {
    expect((await app.inject("/admin")).headers.location).toBe("/admin/");
    expect((await app.inject("/admin/assets/nope-123.js")).statusCode).toBe(404);
  });

  it("explains in Russian how to build the app when dist/web is missing", async () => {
    const response = await missing.inject("/admin/u/32");
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain("npm run build:web");
    expect(response.body).toContain("ещё не собрано");
  });
});
