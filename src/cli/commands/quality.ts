// `zvezda quality --input dataset.json --period P [--settings FILE|ID] [--methodology FILE|ID]`: flags suspicious responses and units.

import { readFile } from "node:fs/promises";
import { assessQuality, formatProblem, formatProblems, parsePeriod, qualityInputFromDataset, readDataset } from "../../core/index.js";
import { CliError } from "../cli-error.js";
import { loadMethodology, MethodologyFileError } from "../methodology-files.js";
import { loadQualitySettings } from "../quality-settings-files.js";
import { readOptions, requiredOption } from "../subcommand-options.js";

const usage = "использование: zvezda quality --input dataset.json --period 2025-Q2 [--settings ФАЙЛ|ВЕРСИЯ] [--methodology ФАЙЛ|ВЕРСИЯ]";

/** Prints the quality report as JSON; invalid input → exit code 2, one message on stderr, nothing on stdout. */
export async function run(argv: string[]): Promise<number> {
  const options = readOptions(argv, ["input", "period", "settings", "methodology"], usage);
  const input = requiredOption(options.input, "--input", usage);
  const periodText = requiredOption(options.period, "--period", usage);
  const period = parsePeriod(periodText);
  if (!period) throw new CliError(formatProblem({ code: "bad_period", path: "period", value: periodText }));
  let methodology, settings;
  try {
    methodology = loadMethodology(options.methodology);
    settings = loadQualitySettings(options.settings);
  } catch (error) {
    throw error instanceof MethodologyFileError ? new CliError(error.message) : error;
  }
  let text: string;
  try {
    text = await readFile(input, "utf8");
  } catch (error) {
    throw new CliError(`${input}: не удалось прочитать файл (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const dataset = readDataset(text, methodology);
  if (!dataset.ok) throw new CliError(formatProblems(dataset.problems));
  const qualityInput = qualityInputFromDataset(dataset.value, period, methodology, settings.defaultHours);
  const report = assessQuality(qualityInput, settings);
  const output = { format: "zvezda-quality/1", period: period.label, assessed: qualityInput.responses.length, ...report };
  process.stdout.write(JSON.stringify(output, null, 2) + "\n");
  return 0;
}
