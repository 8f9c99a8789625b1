// `zvezda review-scan --period P [--unit ID] [--settings ID]`: runs the data-quality detection over
// the database and stores its flags for review (the server's POST /api/quality/runs, as the system).
import { formatProblem, formatProblems, parsePeriod, validateMethodology, type Methodology } from "../../core/index.js";
import { findActiveMethodologyBody, findUnit, type Db } from "../../db/index.js";
import { runQualityScan, loadQualitySettings } from "../../server/index.js";
import { CliError } from "../cli-error.js";
import { loadDefaultMethodology } from "../methodology-files.js";
import { readOptions, requiredOption } from "../subcommand-options.js";
import { withMigratedDatabase } from "../with-migrated-database.js";

const usage = "использование / usage: zvezda review-scan --period 2025-Q2 [--unit КОД] [--settings ВЕРСИЯ]";

async function activeMethodology(db: Db): Promise<Methodology> {
  const row = await findActiveMethodologyBody(db);
  if (!row) return loadDefaultMethodology();
  const read = validateMethodology(row.body);
  if (!read.ok) throw new CliError(`Методика ${row.id} неверна / invalid methodology: ${formatProblems(read.problems)}`, "internal");
  return read.value;
}

/** Prints the run's summary as JSON. */
export async function run(argv: string[]): Promise<number> {
  const options = readOptions(argv, ["period", "unit", "settings"], usage);
  const periodText = requiredOption(options.period, "--period", usage);
  if (!parsePeriod(periodText)) throw new CliError(formatProblem({ code: "bad_period", path: "period", value: periodText }));
  let settings;
  try {
    settings = loadQualitySettings(options.settings);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  const summary = await withMigratedDatabase(async (db) => {
    if (options.unit !== undefined && !(await findUnit(db, options.unit)))
      throw new CliError(`Нет подразделения с кодом ${options.unit} / no unit with code ${options.unit}`);
    return runQualityScan(db, { period: periodText, scopeUnitId: options.unit ?? null, startedBy: null, settings, methodology: await activeMethodology(db) });
  });
  process.stdout.write(JSON.stringify(summary, null, 2) + "\n");
  return 0;
}
