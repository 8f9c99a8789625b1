// A Vitest reporter that closes the run with its ten slowest test files (import, setup and tests), so slow ones are seen.
import type { Reporter, TestModule } from "vitest/node";

export default class SlowestFilesReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const timed = testModules.map((module) => {
      const d = module.diagnostic();
      return { file: module.moduleId.replace(/^.*?\/test\//, "test/"), seconds: (d.collectDuration + d.setupDuration + d.duration) / 1000 };
    });
    if (timed.length < 2) return;
    timed.sort((a, b) => b.seconds - a.seconds);
    const lines = timed.slice(0, 10).map((t) => `  ${t.seconds.toFixed(1).padStart(6)} s  ${t.file}`);
    process.stdout.write(`\nSlowest test files:\n${lines.join("\n")}\n`);
  }
}
