// `zvezda import --input dataset.json [--methodology FILE|ID]`: streams the file in two passes (all but the
// responses, then the responses one at a time), checking each element before it is written, all in one
// transaction: a refused element rolls everything back, and memory stays bounded whatever the size.
import { parseArgs } from "node:util";
import { formatProblems, streamedResponseReader, validateDataset, type Problem, type SurveyResponse } from "../../core/index.js";
import { importDataset, ImportRefusedError, migrate, type ImportReport, type ResponseSource } from "../../db/index.js";
import { DatasetSyntaxError, forEachResponse, readDatasetSkeleton } from "../dataset-stream.js";
import { CliError } from "../cli-error.js";
import { loadAllMethodologies, loadMethodology, MethodologyFileError } from "../methodology-files.js";
import { syncMethodologies } from "../methodology-sync.js";
import { loadConfigOrFail, openConfiguredDatabase } from "./migrate.js";
import { voiceTaggerFor } from "../../server/index.js";

const usage = "использование / usage: zvezda import --input dataset.json [--methodology ФАЙЛ|ВЕРСИЯ]";

/** The report as lines of text. */
export function formatImportReport(r: ImportReport): string {
  return [
    `Подразделения / units: создано / created ${r.units.created}, обновлено / updated ${r.units.updated}, без изменений / unchanged ${r.units.unchanged}`,
    `Анкеты / responses: создано / created ${r.responses.created}, пропущено (уже были) / skipped ${r.responses.skipped}`,
    `Объективные данные / objective: создано / created ${r.objective.created}, заменено / replaced ${r.objective.replaced}, без изменений / unchanged ${r.objective.unchanged}`,
  ].join("\n");
}

const responseBatch = 1_000;

/** A response the core refused while the file streamed: the import rolls back. */
class RefusedElement extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super("refused");
  }
}

/** An unreadable file or malformed JSON, as the CLI reports it. */
function fileError(path: string, error: unknown): CliError {
  if (error instanceof DatasetSyntaxError) return new CliError(formatProblems([error.problem]));
  return new CliError(`${path}: не удалось прочитать файл (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
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
  let skeleton;
  try {
    skeleton = await readDatasetSkeleton(values.input);
  } catch (error) {
    throw fileError(values.input, error);
  }
  const dataset = validateDataset(skeleton.value, methodology);
  if (!dataset.ok) throw new CliError(formatProblems(dataset.problems));
  const path = values.input;
  const readResponse = streamedResponseReader(dataset.value.units, methodology);
  const responses: ResponseSource = async (write) => {
    let batch: SurveyResponse[] = [];
    await forEachResponse(path, async (value, index) => {
      const response = readResponse(value, index);
      if (!response.ok) throw new RefusedElement(response.problems);
      batch.push(response.value);
      if (batch.length === responseBatch) {
        await write(batch);
        batch = [];
      }
    });
    if (batch.length > 0) await write(batch);
  };
  const database = await openConfiguredDatabase(loadConfigOrFail());
  try {
    const migrated = await migrate(database.db);
    if (!migrated.ok) throw new CliError(`Миграции не выполнены / migrations failed: ${migrated.error ?? ""}`, "migration_failed");
    await syncMethodologies(database.db, loadAllMethodologies());
    let report: ImportReport;
    try {
      report = await importDataset(database.db, dataset.value, methodology, responses, voiceTaggerFor(methodology));
    } catch (error) {
      if (error instanceof ImportRefusedError) throw new CliError(error.message, "import_rejected");
      if (error instanceof RefusedElement) throw new CliError(formatProblems(error.problems));
      if (error instanceof DatasetSyntaxError || (error as NodeJS.ErrnoException).code) throw fileError(path, error);
      throw new CliError(`Импорт отменён, ничего не записано / import rolled back, nothing written: ${(error as Error).message}`, "internal");
    }
    process.stdout.write(`Импорт / import ${values.input}\n${formatImportReport(report)}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
