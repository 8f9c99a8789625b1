// `bench api`: p50/p95 of the dashboard's country rating, a region page and a unit page, on the demo data and
// on a national-scale database (2,500 centres, 1,000,000 responses), plus the cold computation time.
import { parseArgs } from "node:util";
import { parsePeriod } from "../../core/index.js";
import type { Database } from "../../db/index.js";
import { CliError } from "../cli-error.js";
import { loadDefaultMethodology } from "../methodology-files.js";
import { runDemoSeed } from "../seed/demo-seed.js";
import { demoUsers } from "../seed/demo-users.js";
import { demoQuarters } from "../seed/demo-world.js";
import { generateNationalDataset } from "../synthetic/national-dataset.js";
import { hashPassword } from "../../server/auth/password-hash.js";
import { ResultsCache } from "../../server/dashboard/results-cache.js";
import { benchServer, printTimings, timePages } from "./api-timing.js";
import { openBenchDatabase } from "./bench-database.js";
import { duration, grouped, printFigures } from "./bench-report.js";
import { bulkLoad } from "./bulk-load.js";

interface Options { responses: number; repeat: number; period: string; seed: string; freshMs: number; skipDemo: boolean; skipNational: boolean }

function options(argv: string[]): Options {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        responses: { type: "string", default: "1000000" },
        repeat: { type: "string", default: "200" },
        period: { type: "string", default: "2025-Q2" },
        seed: { type: "string", default: "42" },
        "fresh-ms": { type: "string", default: "60000" },
        "skip-demo": { type: "boolean", default: false },
        "skip-national": { type: "boolean", default: false },
      },
      strict: true,
    });
    const responses = Number(values.responses), repeat = Number(values.repeat), freshMs = Number(values["fresh-ms"]);
    if (!Number.isSafeInteger(responses) || responses < 0) throw new Error(`--responses ${values.responses}: нужно неотрицательное целое`);
    if (!Number.isSafeInteger(repeat) || repeat < 1) throw new Error(`--repeat ${values.repeat}: нужно положительное целое`);
    if (!Number.isSafeInteger(freshMs) || freshMs < 0) throw new Error(`--fresh-ms ${values["fresh-ms"]}: нужно неотрицательное целое`);
    if (!parsePeriod(values.period)) throw new Error(`--period ${values.period}: период не распознан`);
    return { responses, repeat, period: values.period, seed: values.seed, freshMs, skipDemo: values["skip-demo"], skipNational: values["skip-national"] };
  } catch (error) {
    throw new CliError(`bench api: ${(error as Error).message}`);
  }
}

const pagesFor = (period: string, region: string, unit: string) => [
  { label: "рейтинг регионов страны", url: `/api/dashboard/rating?unit=country&period=${period}&view=combined` },
  { label: `страница региона ${region}`, url: `/api/dashboard/unit/${region}?period=${period}&view=combined` },
  { label: `страница ЦЗН ${unit}`, url: `/api/dashboard/unit/${unit}?period=${period}&view=seeker` },
  { label: `рейтинг ЦЗН региона ${region}`, url: `/api/dashboard/rating?unit=${region}&period=${period}&view=combined` },
  { label: "для сравнения: /api/auth/me", url: "/api/auth/me" },
];

async function measure(database: Database, title: string, period: string, region: string, unit: string, o: Options, login: { login: string; password: string }): Promise<void> {
  const { app, cookie } = await benchServer(database, login.login, login.password, o.freshMs);
  try {
    const timings = await timePages(app, cookie, pagesFor(period, region, unit), o.repeat);
    printTimings(`${title}: ${o.repeat} запросов на страницу (inject, без сети), документ свежий ${o.freshMs} ms`, timings);
  } finally {
    await app.close();
  }
}

async function demo(o: Options): Promise<void> {
  const database = await openBenchDatabase("demo");
  try {
    const start = performance.now();
    const seeded = await runDemoSeed(database.db);
    process.stdout.write(`Демо: ${grouped(seeded.units)} подразделений, ${grouped(seeded.responses)} анкет, загрузка ${duration(performance.now() - start)}\n`);
    const admin = demoUsers.find((u) => u.role === "federal_admin") as (typeof demoUsers)[number];
    await measure(database, `Демо-данные (${database.backend}), ${demoQuarters.at(-1)}`, demoQuarters.at(-1) as string, "32", "32-01", o, admin);
  } finally {
    await database.close();
  }
}

/** Generates and writes the national dataset; the responses are dropped on return (reading never holds them). */
async function loadNational(database: Database, o: Options): Promise<{ region: string; unit: string }> {
  const methodology = loadDefaultMethodology();
  let t = performance.now();
  const dataset = generateNationalDataset({ responses: o.responses, seed: o.seed, period: o.period, methodology });
  const generateMs = performance.now() - t;
  t = performance.now();
  let shown = 0;
  const report = await bulkLoad(database.db, dataset, methodology, (done) => {
    if (done - shown >= 100_000) {
      shown = done;
      process.stdout.write(`  … ${grouped(done)} анкет записано (${duration(performance.now() - t)})\n`);
    }
  });
  const loadMs = performance.now() - t;
  const territorial = dataset.units.filter((u) => u.kind === "territorial");
  const region = "77";
  const unit = territorial.find((u) => u.id.startsWith(`${region}-`))?.id ?? (territorial[0]?.id as string);
  printFigures(`Национальная база (${database.backend})`, [
    ["подразделений", `${grouped(dataset.units.length)} (территориальных ${grouped(territorial.length)})`],
    ["анкет", grouped(report.responses)],
    ["строк счётчиков", grouped(report.counters)],
    ["генерация", duration(generateMs)],
    ["запись анкет", `${duration(report.responsesMs)} (${grouped((report.responses / report.responsesMs) * 1000)} анкет/с)`],
    ["запись счётчиков", duration(report.countersMs)],
    ["всего загрузка", duration(loadMs)],
  ]);
  return { region, unit };
}

async function national(o: Options): Promise<void> {
  const database = await openBenchDatabase("national");
  try {
    const { region, unit } = await loadNational(database, o);
    await database.db.insertInto("users").values({ login: "bench-admin", password_hash: await hashPassword("bench-admin-password"), display_name: "Bench", role: "federal_admin", scope_unit_id: null }).execute();
    const start = performance.now();
    const snapshot = await new ResultsCache(database.db, { freshMs: 0 }).get(o.period);
    printFigures("Холодный расчёт (счётчики → документ всей страны за период)", [
      ["расчёт из счётчиков (computeResultsFromDatabase)", duration(snapshot.computeMs)],
      ["с чтением методики", duration(performance.now() - start)],
    ]);
    await measure(database, `Национальная база (${database.backend}), ${o.period}`, o.period, region, unit, o, { login: "bench-admin", password: "bench-admin-password" });
  } finally {
    await database.close();
  }
}

/** Runs the api suite and prints its figures. */
export async function run(argv: string[]): Promise<number> {
  const o = options(argv);
  if (!o.skipDemo) await demo(o);
  if (!o.skipNational) await national(o);
  return 0;
}
