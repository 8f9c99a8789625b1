// The admin app's source hash: stable for the same sources, different after any change of a file or the Vite config.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { webSourceHash } from "../../src/cli/web-build.js";
import { temporaryDir } from "../support/databases.js";

describe("webSourceHash", () => {
  const dir = temporaryDir("zvezda-web-hash-");
  afterAll(() => dir.remove());
  mkdirSync(join(dir.path, "src", "web", "pages"), { recursive: true });
  writeFileSync(join(dir.path, "src", "web", "index.html"), "<div id=root></div>");
  writeFileSync(join(dir.path, "src", "web", "pages", "A.tsx"), "export const a = 1;");
  writeFileSync(join(dir.path, "vite.config.ts"), "export default {};");

  it("is stable, and changes with a source file, a new file or the config", () => {
    const first = webSourceHash(dir.path);
    expect(webSourceHash(dir.path)).toBe(first);
    writeFileSync(join(dir.path, "src", "web", "pages", "A.tsx"), "export const a = 2;");
    const second = webSourceHash(dir.path);
    expect(second).not.toBe(first);
    writeFileSync(join(dir.path, "src", "web", "pages", "B.tsx"), "");
    const third = webSourceHash(dir.path);
    expect(third).not.toBe(second);
    writeFileSync(join(dir.path, "vite.config.ts"), "export default { base: '/x/' };");
    expect(webSourceHash(dir.path)).not.toBe(third);
  });
});
