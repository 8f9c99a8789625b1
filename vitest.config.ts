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
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
