// The `zvezda` command line as a function: dispatches argv to one module per command and maps failures to exit codes.
import { CliError } from "./cli-error.js";

type CommandModule = { run(argv: string[]): Promise<number> };

const commands: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  start: { summary: "migrate, seed the demo data into an empty database, serve", load: () => import("./commands/start.js") },
  supervise: {
    summary: "supervise <command …>: run a command (start, serve) and restart it after a crash, with back-off",
    load: () => import("./commands/supervise.js"),
  },
  serve: { summary: "start the server on the configured database", load: () => import("./commands/serve.js") },
  migrate: { summary: "apply pending database migrations", load: () => import("./commands/migrate.js") },
  seed: { summary: "seed --demo: load the deterministic demo dataset", load: () => import("./commands/seed.js") },
  compute: { summary: "compute --input dataset.json --period P [--methodology FILE|ID] [--format json|table]", load: () => import("./commands/compute.js") },
  quality: {
    summary: "quality --input dataset.json --period P [--settings FILE|ID]: flag suspicious responses and units (JSON)",
    load: () => import("./commands/quality.js"),
  },
  import: {
    summary: "import --input dataset.json [--methodology FILE|ID]: load a dataset (all or nothing, idempotent)",
    load: () => import("./commands/import.js"),
  },
  "review-scan": {
    summary: "review-scan --period P [--unit ID] [--settings ID]: flag suspicious responses in the database for review",
    load: () => import("./commands/review-scan.js"),
  },
  export: { summary: "export --period P [--unit ID] [--output FILE]: write the exchange dataset", load: () => import("./commands/export.js") },
  kiosk: { summary: "kiosk add --unit CODE [--label TEXT] | list --unit CODE | revoke --id ID: office kiosks", load: () => import("./commands/kiosk.js") },
  user: {
    summary: "user add --login L --password P --role R [--unit ID] [--name TEXT] | passwd --login L --password P: accounts",
    load: () => import("./commands/user.js"),
  },
  bench: { summary: "bench <core|…> [options]: print performance figures", load: () => import("./commands/bench.js") },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return ["Использование / usage: zvezda <command> [options]", ...lines].join("\n");
}

async function dispatch(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "help") {
    process.stdout.write(usage() + "\n");
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Неизвестная команда / unknown command: ${name}\n${usage()}\n`);
    return 2;
  }
  const module = await command.load();
  return module.run(rest);
}

/** Runs one command; its output goes to process.stdout / process.stderr; resolves with the exit code (a CliError's own, 1 for anything else). */
export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (error: unknown) {
    if (error instanceof CliError) {
      process.stderr.write(error.message + "\n");
      return error.exitCode;
    }
    process.stderr.write((error instanceof Error ? (error.stack ?? error.message) : String(error)) + "\n");
    return 1;
  }
}
