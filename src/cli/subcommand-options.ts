// Reading the `--name value` options of a subcommand (kiosk, user) with one-line errors that end in its usage.
import { parseArgs } from "node:util";
import { CliError } from "./cli-error.js";

/** The subcommand's string options; an unknown option or a positional fails with `usage`. */
export function readOptions<K extends string>(argv: string[], allowed: readonly K[], usage: string): Partial<Record<K, string>> {
  try {
    const { values } = parseArgs({
      args: argv,
      options: Object.fromEntries(allowed.map((name) => [name, { type: "string" as const }])),
      strict: true,
      allowPositionals: false,
    });
    return values as Partial<Record<K, string>>;
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}

/** The trimmed value of a required option, or a one-line error naming it. */
export function requiredOption(value: string | undefined, option: string, usage: string): string {
  if (value === undefined || value.trim() === "") throw new CliError(`Не указан ${option} / ${option} is required\n${usage}`);
  return value.trim();
}
