// `zvezda export --period P [--unit ID] [--output FILE]`: the exchange dataset of a period and subtree, streamed.
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { formatProblem, parsePeriod } from "../../core/index.js";
import { exportDataset, migrate, UnknownUnitError } from "../../db/index.js";
import { CliError } from "../cli-error.js";
import { loadConfigOrFail, openConfiguredDatabase } from "./migrate.js";

const usage = "использование / usage: zvezda export --period 2025-Q2 [--unit КОД] [--output ФАЙЛ]";

/** A write function with back-pressure over a stream. */
function writer(stream: NodeJS.WritableStream | WriteStream): (chunk: string) => Promise<void> {
  return async (chunk) => {
    if (!stream.write(chunk)) await once(stream, "drain");
  };
}

/** Writes the dataset to --output or stdout; the summary goes to stderr so stdout stays pure JSON. */
export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { period: { type: "string" }, unit: { type: "string" }, output: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliError(`export: ${(error as Error).message}; ${usage}`);
  }
  if (!values.period) throw new CliError(`export: не указан --period / --period is required; ${usage}`);
  const period = parsePeriod(values.period);
  if (!period) throw new CliError(formatProblem({ code: "bad_period", path: "period", value: values.period }));
  const database = await openConfiguredDatabase(loadConfigOrFail());
  try {
    const migrated = await migrate(database.db);
    if (!migrated.ok) throw new CliError(`Миграции не выполнены / migrations failed: ${migrated.error ?? ""}`, "migration_failed");
    const stream = values.output ? createWriteStream(values.output) : process.stdout;
    let report;
    try {
      report = await exportDataset(database.db, period, writer(stream), { unit: values.unit });
    } catch (error) {
      if (error instanceof UnknownUnitError) throw new CliError(`Нет подразделения с кодом ${values.unit ?? ""} / no unit with code ${values.unit ?? ""}`);
      throw error;
    } finally {
      if (stream !== process.stdout) {
        stream.end();
        await once(stream, "finish");
      }
    }
    process.stderr.write(
      `Выгружено / exported: ${report.units} подразделений / units, ${report.responses} анкет / responses, ${report.objective} объективных записей / objective entries\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
