// `zvezda import --input dataset.json [--methodology FILE|ID]`: validates the whole file, then writes it in one transaction.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { formatProblems, readDataset } from "../../core/index.js";
import { importDataset, ImportRefusedError, migrate, type ImportReport } from "../../db/index.js";
import { CliError } from "../cli-error.js";
import { loadAllMethodologies, loadMethodology, MethodologyFileError } from "../methodology-files.js";
import { syncMethodologies } from "../methodology-sync.js";
import { loadConfigOrFail, openConfiguredDatabase } from "./migrate.js";

const usage = "использование / usage: zvezda import --input dataset.json [--methodology ФАЙЛ|ВЕРСИЯ]";

/** The report as lines of text. */
export function formatImportReport(r: ImportReport): string {
  return [
    `Подразделения / units: создано / created ${r.units.created}, обновлено / updated ${r.units.updated}, без изменений / unchanged ${r.units.unchanged}`,
    `Анкеты / responses: создано / created ${r.responses.created}, пропущено (уже были) / skipped ${r.responses.skipped}`,
    `Объективные данные / objective: создано / created ${r.objective.created}, заменено / replaced ${r.objective.replaced}, без изменений / unchanged ${r.objective.unchanged}`,
  ].join("\n");
}

/** Imports a dataset file; a refused file → exit 2 with the path of the first problem, nothing written. */
export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { input: { type: "string" }, methodology: { type: "string" } }, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new CliError(`import: ${(error as Error).message}; ${usage}`);
  }
  if (!values.input) throw new CliError(`import: не указан --input / --input is required; ${usage}`);
  let methodology;
  try {
    methodology = loadMethodology(values.methodology);
  } catch (error) {
    throw error instanceof MethodologyFileError ? new CliError(error.message) : error;
  }
  let text: string;
  try {
    text = await readFile(values.input, "utf8");
  } catch (error) {
    throw new CliError(`${values.input}: не удалось прочитать файл (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const dataset = readDataset(text, methodology);
  text = "";
  if (!dataset.ok) throw new CliError(formatProblems(dataset.problems));
  const database = await openConfiguredDatabase(loadConfigOrFail());
  try {
    const migrated = await migrate(database.db);
    if (!migrated.ok) throw new CliError(`Миграции не выполнены / migrations failed: ${migrated.error ?? ""}`, 1);
    await syncMethodologies(database.db, loadAllMethodologies());
    let report: ImportReport;
    try {
      report = await importDataset(database.db, dataset.value, methodology);
    } catch (error) {
      if (error instanceof ImportRefusedError) throw new CliError(error.message);
      throw new CliError(`Импорт отменён, ничего не записано / import rolled back, nothing written: ${(error as Error).message}`, 1);
    }
    process.stdout.write(`Импорт / import ${values.input}\n${formatImportReport(report)}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
