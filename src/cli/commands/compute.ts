// `zvezda compute --input dataset.json --period 2025-Q2 [--methodology FILE|ID] [--format json|table]`.

import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { computeFromDataset, formatProblem, formatProblems, parsePeriod, readDataset } from "../../core/index.js";
import { CliError } from "../cli-error.js";
import { loadMethodology, MethodologyFileError } from "../methodology-files.js";
import { renderResultTable } from "../result-table.js";

const usage = "использование: zvezda compute --input dataset.json --period 2025-Q2 [--methodology ФАЙЛ|ВЕРСИЯ] [--format json|table]";

function parse(argv: string[]): { input: string; period: string; methodology?: string; format: "json" | "table" } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { input: { type: "string" }, period: { type: "string" }, methodology: { type: "string" }, format: { type: "string", default: "json" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliError(`compute: ${(error as Error).message}; ${usage}`);
  }
  if (!values.input) throw new CliError(`compute: не указан --input; ${usage}`);
  if (!values.period) throw new CliError(`compute: не указан --period; ${usage}`);
  if (values.format !== "json" && values.format !== "table") throw new CliError(`compute: --format ${values.format}: допустимо json или table`);
  return { input: values.input, period: values.period, methodology: values.methodology, format: values.format };
}

/** Computes the indices of a dataset file; any invalid input → exit code 2, one line on stderr, nothing on stdout. */
export async function run(argv: string[]): Promise<number> {
  const args = parse(argv);
  const period = parsePeriod(args.period);
  if (!period) throw new CliError(formatProblem({ code: "bad_period", path: "period", value: args.period }));
  let methodology;
  try {
    methodology = loadMethodology(args.methodology);
  } catch (error) {
    throw error instanceof MethodologyFileError ? new CliError(error.message) : error;
  }
  let text: string;
  try {
    text = await readFile(args.input, "utf8");
  } catch (error) {
    throw new CliError(`${args.input}: не удалось прочитать файл (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const dataset = readDataset(text, methodology);
  if (!dataset.ok) throw new CliError(formatProblems(dataset.problems));
  const result = computeFromDataset(dataset.value, methodology, period);
  const output = args.format === "json" ? JSON.stringify(result, null, 2) + "\n" : renderResultTable(result, dataset.value.units, methodology);
  process.stdout.write(output);
  return 0;
}
