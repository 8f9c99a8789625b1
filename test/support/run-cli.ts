// Runs the real `zvezda` command line and collects its exit code and output: in this process (fast), or spawned as `npm run zvezda` does.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/run-cli.js";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a command sees: a minimal one (with the suite's scrypt cost) plus `env`, as a fresh shell would give it. */
function commandEnv(env: Record<string, string>): Record<string, string> {
  const scryptCost = process.env.ZVEZDA_SCRYPT_COST;
  return { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "warn", ...(scryptCost ? { ZVEZDA_SCRYPT_COST: scryptCost } : {}), ...env };
}

type Write = typeof process.stdout.write;

/** Replaces a stream's write with one appending to `sink`; returns the restorer. */
function capture(stream: NodeJS.WriteStream, sink: { text: string }): () => void {
  const original = stream.write;
  stream.write = ((
    chunk: string | Uint8Array,
    encodingOrCallback?: BufferEncoding | ((error?: Error | null) => void),
    callback?: (error?: Error | null) => void,
  ): boolean => {
    sink.text += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    const done = typeof encodingOrCallback === "function" ? encodingOrCallback : callback;
    if (done) queueMicrotask(() => done(null));
    return true;
  }) as Write;
  return () => {
    stream.write = original;
  };
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * `zvezda <args>` run in this process, with its own environment (a minimal one plus `env`) and its
 * stdout and stderr captured. Runs one at a time: the environment and the streams are the process's.
 */
export function zvezda(args: string[], env: Record<string, string>): Promise<CliRun> {
  const run = queue.then(async () => {
    const saved = { ...process.env };
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, commandEnv(env));
    const stdout = { text: "" };
    const stderr = { text: "" };
    const restoreOut = capture(process.stdout, stdout);
    const restoreErr = capture(process.stderr, stderr);
    try {
      const code = await runCli(args);
      return { code, stdout: stdout.text, stderr: stderr.text };
    } finally {
      restoreOut();
      restoreErr();
      for (const key of Object.keys(process.env)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/** `zvezda <args>` in a child process, as `npm run zvezda` runs it (one process, tsx as a loader); resolves when it exits. */
export function zvezdaProcess(args: string[], env: Record<string, string>): Promise<CliRun> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: repoRoot,
    env: commandEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}
