import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", "./test/slowest-files-reporter.ts"],
    pool: "forks",
    maxWorkers: 2,
    // Files share their worker's module graph: importing the server, the database layer and PGlite
    // afresh for each of ~140 files cost more than a minute. Tests keep their state in their own
    // server and database, never in module scope, so nothing leaks from one file to the next.
    isolate: false,
    // scrypt at its least cost (2^10, a 32nd of the usual): the suite signs in hundreds of times. The algorithm and
    // the code are the server's; one test checks the usual cost.
    env: { ZVEZDA_SCRYPT_COST: "10" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
