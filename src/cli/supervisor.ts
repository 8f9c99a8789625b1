// Keeps a server process running: restarts it after a crash with a growing delay, passes SIGTERM/SIGINT on.
import type { ChildProcess } from "node:child_process";

export interface SuperviseOptions {
  /** The first restart delay, doubled after each quick failure up to maxDelayMs. */
  minDelayMs: number;
  maxDelayMs: number;
  /** A child that ran this long is considered healthy: the delay starts over. */
  stableMs: number;
  log: (line: string) => void;
  /** Resolves to stop the supervision (tests); process signals do the same in production. */
  stop?: Promise<void>;
}

/** Exit codes that mean "do not try again": a clean stop (0) and a refusal of the configuration or the command line (2). */
const final = new Set([0, 2]);

/**
 * Runs `spawn()` and starts it again whenever it dies of anything but a clean stop or a refused
 * configuration; returns the last exit code. Each restart waits minDelayMs, doubled after a run
 * shorter than stableMs (up to maxDelayMs), so a crash loop does not spin.
 */
export async function supervise(spawn: () => ChildProcess, options: SuperviseOptions): Promise<number> {
  let stopping = false;
  let child: ChildProcess | undefined;
  let wakeUp: (() => void) | undefined;
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    child?.kill(signal);
    wakeUp?.();
  };
  void options.stop?.then(() => stop("SIGTERM"));
  const onSignal = (signal: NodeJS.Signals) => stop(signal);
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  let delay = options.minDelayMs;
  try {
    for (;;) {
      const started = Date.now();
      child = spawn();
      const running = child;
      const code = await new Promise<number>((resolve) => {
        running.once("error", () => resolve(1));
        running.once("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 128 : 1)));
      });
      child = undefined;
      if (stopping || final.has(code)) return stopping ? 0 : code;
      delay = Date.now() - started >= options.stableMs ? options.minDelayMs : Math.min(delay * 2, options.maxDelayMs);
      options.log(
        `Сервер завершился аварийно (код ${code}), перезапуск через ${Math.round(delay / 100) / 10} с / server crashed (code ${code}), restarting in ${delay} ms`,
      );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = undefined;
      if (stopping) return 0;
    }
  } finally {
    process.off("SIGTERM", onSignal);
    process.off("SIGINT", onSignal);
  }
}
