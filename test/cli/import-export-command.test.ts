// `zvezda import` and `zvezda export` as a shell runs them: a refused file exits 2 with its path and writes nothing; a round trip.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDataset } from "../../src/core/index.js";
import { openDatabase, type Database } from "../../src/db/index.js";
import { loadDefaultMethodology } from "../../src/cli/methodology-files.js";
import { generateNationalDataset } from "../../src/cli/synthetic/national-dataset.js";
import { zvezda } from "../support/run-cli.js";
import { backends, createPostgresDatabase, openTestDatabase, temporaryDir } from "../support/databases.js";

const examples = fileURLToPath(new URL("../fixtures/spec-examples/", import.meta.url));

describe.each(backends)("zvezda import/export on %s", (backend) => {
  const dir = temporaryDir();
  const env: Record<string, string> = {};
  let drop: (() => Promise<void>) | undefined;
  let open: () => Promise<Database>;
  const responses = async () => {
    const database = await open();
    try {
      return Number(
        (
          await database.db
            .selectFrom("responses")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    } finally {
      await database.close();
    }
  };

  beforeAll(async () => {
    if (backend === "postgres") {
      const created = await createPostgresDatabase();
      drop = created.drop;
      env.DATABASE_URL = created.url;
      open = () => openDatabase({ url: created.url });
    } else {
      const dataDir = join(dir.path, "data");
      env.ZVEZDA_DATA_DIR = dataDir;
      open = () => openDatabase({ dataDir });
      // Migrated from the fast template before the CLI runs: a fresh directory would spend seconds in initdb.
      await (await openTestDatabase("pglite", { dataDir })).close();
    }
  });
  afterAll(async () => {
    await drop?.();
    dir.remove();
  });

  it("refuses a file the database refuses: exit 2, the path, nothing written", async () => {
    const result = await zvezda(["import", "--input", join(examples, "r04_q12r_with_q12_no/dataset.json")], env);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("units[0].id");
    expect(result.stdout).toBe("");
  }, 120_000);

  it("refuses a response deep in a streamed file: exit 2, its path, and rolls back what was already written", async () => {
    const input = join(dir.path, "bad-response.json");
    const dataset = generateNationalDataset({ responses: 1_500, seed: 5, period: "2025-Q2", territorialUnits: 40, methodology: loadDefaultMethodology() });
    const bad = dataset.responses[1_100]!; // after the first batch of 1,000 is written
    (bad.answers as Record<string, unknown>)["q1"] = 11;
    writeFileSync(input, JSON.stringify(dataset));
    const result = await zvezda(["import", "--input", input], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("responses[1100].answers.q1");
    expect(await responses()).toBe(0);
  }, 120_000);

  it("refuses malformed JSON and a repeated key with the core's problem", async () => {
    const input = join(dir.path, "broken.json");
    writeFileSync(input, '{"format": "zvezda-dataset/1", "units": [], "units": []}');
    const repeated = await zvezda(["import", "--input", input], env);
    expect(repeated.code).toBe(2);
    expect(repeated.stderr).toContain("units");
    writeFileSync(input, '{"format": "zvezda-dataset/1", "units": [');
    const truncated = await zvezda(["import", "--input", input], env);
    expect(truncated.code).toBe(2);
  }, 120_000);

  it("imports (twice: nothing new the second time) and exports the period", async () => {
    const input = join(dir.path, "in.json");
    const dataset = generateNationalDataset({ responses: 500, seed: 3, period: "2025-Q2", territorialUnits: 120, methodology: loadDefaultMethodology() });
    writeFileSync(input, JSON.stringify(dataset));
    const first = await zvezda(["import", "--input", input], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("создано / created 500");
    const second = await zvezda(["import", "--input", input], env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("пропущено (уже были) / skipped 500");
    expect(await responses()).toBe(500);
    const output = join(dir.path, "out.json");
    const exported = await zvezda(["export", "--period", "2025-Q2", "--output", output], env);
    expect(exported.code, exported.stderr).toBe(0);
    const back = readDataset(readFileSync(output, "utf8"), loadDefaultMethodology());
    expect(back.ok && back.value.responses.length).toBe(500);
    const unknown = await zvezda(["export", "--period", "2025-Q2", "--unit", "nope"], env);
    expect(unknown.code).toBe(2);
  }, 180_000);
});
