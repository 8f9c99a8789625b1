// `bench survey`: the survey page's gzip weight against its budget, and submissions per second on each backend.
import { parseArgs } from "node:util";
import type { Backend } from "../../db/index.js";
import { CliError } from "../cli-error.js";
import { grouped, printFigures } from "./bench-report.js";
import { measureSubmissions } from "./survey-load.js";
import { pageBudgetBytes, surveyPageWeight } from "./survey-weight.js";

function options(argv: string[]): { duration: number; connections: number } {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { duration: { type: "string", default: "10" }, connections: { type: "string", default: "32" } },
      strict: true,
    });
    const duration = Number(values.duration),
      connections = Number(values.connections);
    if (!Number.isSafeInteger(duration) || duration < 1) throw new Error(`--duration ${values.duration}: нужно положительное целое (секунды)`);
    if (!Number.isSafeInteger(connections) || connections < 1) throw new Error(`--connections ${values.connections}: нужно положительное целое`);
    return { duration, connections };
  } catch (error) {
    throw new CliError(`bench survey: ${(error as Error).message}`);
  }
}

const kb = (bytes: number) => `${grouped(bytes)} Б (${(bytes / 1024).toFixed(1)} КБ)`;

/** Runs the survey suite; exit code 1 when the page is over budget or counters disagree with responses. */
export async function run(argv: string[]): Promise<number> {
  const o = options(argv);
  const w = surveyPageWeight();
  const withinBudget = w.total <= pageBudgetBytes;
  printFigures("Вес страницы анкеты (gzip, уровень 6)", [
    ["HTML", kb(w.html)],
    ["CSS", kb(w.css)],
    ["JS", kb(w.js)],
    ["всего", `${kb(w.total)} — бюджет ${kb(pageBudgetBytes)}: ${withinBudget ? "в пределах" : "ПРЕВЫШЕН"}`],
  ]);
  const backends: Backend[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
  let ok = withinBudget;
  for (const backend of backends) {
    process.stdout.write(`\nПриём анкет, ${backend}: ${o.duration} с, ${o.connections} соединений, 127.0.0.1…\n`);
    const f = await measureSubmissions(backend, o.duration, o.connections);
    // Every accepted submission had a fresh token, so each must have been stored.
    const allStored = f.stored >= f.accepted;
    ok &&= f.countersAgree && allStored;
    printFigures(`Приём анкет (${backend})`, [
      ["анкет в секунду", grouped(f.requestsPerSec)],
      ["задержка p50", `${f.p50} ms`],
      ["задержка p99", `${f.p99} ms`],
      ["ответов не 303", grouped(f.unexpected)],
      ["принято (303)", grouped(f.accepted)],
      ["сохранено анкет", `${grouped(f.stored)}${allStored ? "" : " — МЕНЬШЕ принятых"}`],
      ["счётчики _n", f.countersAgree ? "равны числу анкет" : "НЕ РАВНЫ числу анкет"],
    ]);
  }
  if (!process.env.DATABASE_URL) process.stdout.write("\nPostgreSQL: задайте DATABASE_URL, чтобы измерить и его.\n");
  return ok ? 0 : 1;
}
