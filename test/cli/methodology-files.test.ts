// Methodology files: by ID, by path, the default version, and the errors a person can act on.

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareVersions, loadDefaultMethodology, loadMethodology, METHODOLOGY_DIR, MethodologyFileError } from "../../src/cli/methodology-files.js";

const shipped = JSON.parse(readFileSync(join(METHODOLOGY_DIR, "2022.2.json"), "utf8")) as Record<string, unknown>;

function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "zvezda-m-"));
  for (const [name, json] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(json));
  return dir;
}

describe("methodology files", () => {
  it("loads the shipped default and the same file by ID", () => {
    expect(loadDefaultMethodology().id).toBe("2022.2");
    expect(loadMethodology("2022.2").id).toBe("2022.2");
    expect(loadMethodology().id).toBe("2022.2");
  });

  it("takes the file marked default, else the highest version", () => {
    const next = { ...shipped, id: "2023.1", default: false };
    expect(loadDefaultMethodology(folder({ "2022.2.json": shipped, "2023.1.json": next })).id).toBe("2022.2");
    const unmarked = folder({
      "2022.2.json": { ...shipped, default: false },
      "2023.1.json": next,
      "2022.10.json": { ...shipped, id: "2022.10", default: false },
    });
    expect(loadDefaultMethodology(unmarked).id).toBe("2023.1");
    expect(compareVersions("2022.10", "2022.2")).toBeGreaterThan(0);
  });

  it("loads a path and checks that an ID matches its file", () => {
    const dir = folder({ "2030.1.json": { ...shipped, id: "2030.1" }, "2031.1.json": { ...shipped, id: "2099.9" } });
    expect(loadMethodology(join(dir, "2030.1.json")).id).toBe("2030.1");
    expect(loadMethodology("2030.1", dir).id).toBe("2030.1");
    expect(() => loadMethodology("2031.1", dir)).toThrow(MethodologyFileError);
    expect(() => loadMethodology("../etc/passwd", dir)).toThrow(MethodologyFileError);
    expect(() => loadMethodology("2040.1", dir)).toThrow(/не найдена/);
  });

  it("names the first problem of an invalid file", () => {
    const dir = folder({ "x.json": { ...shipped, total: 60 } });
    expect(() => loadMethodology(join(dir, "x.json"))).toThrow(/total — /);
  });
});
