// `zvezda supervise <command …>`: runs `zvezda <command …>` in a child process and restarts it after a crash.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { CliError } from "../cli-error.js";
import { supervise } from "../supervisor.js";

/** Runs the command under supervision until it stops cleanly or the supervisor is stopped. */
export async function run(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === "supervise")
    throw new CliError("supervise: укажите команду, например «supervise start» / name a command, e.g. «supervise start»");
  const main = fileURLToPath(new URL(`../main.${import.meta.url.endsWith(".ts") ? "ts" : "js"}`, import.meta.url));
  return supervise(() => spawn(process.execPath, [...process.execArgv, main, ...argv], { stdio: "inherit" }), {
    minDelayMs: 1000,
    maxDelayMs: 30_000,
    stableMs: 60_000,
    log: (line) => process.stderr.write(`${line}\n`),
  });
}
