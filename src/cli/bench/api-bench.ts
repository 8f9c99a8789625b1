// `bench api`: p50/p95 of /api/results and the dashboard's country rating, region and unit pages, on the demo data
// and on a national-scale database (2,500 centres, 1,000,000 responses), the first read, and freshness under load.
import { parseArgs } from "node:util";
import { parsePeriod, periodMonths } from "../../core/index.js";
import { importDataset, readDatasetUnits, type Database } from "../../db/index.js";
import { CliError } from "../cli-error.js";
import { loadDefaultMethodology } from "../methodology-files.js";
import { runDemoSeed } from "../seed/demo-seed.js";
import { demoUsers } from "../seed/demo-users.js";
import { demoQuarters } from "../seed/demo-world.js";
import { generateNationalDataset } from "../synthetic/national-dataset.js";
import { createRng } from "../synthetic/prng.js";
import { createResponseSampler } from "../synthetic/response-sampler.js";
import { ResultsCache } from "../../server/index.js";
import { httpSeekerCount, injectSeekerCount, measureFreshness, type FreshnessFigures } from "./api-freshness.js";
import { addBenchAdmin, benchAdmin, benchSecret, benchServer, printTimings, quantile, timePages } from "./api-timing.js";
import { openBenchDatabase, type BenchDatabase } from "./bench-database.js";
import { duration, grouped, printFigures } from "./bench-report.js";
import { bulkLoad } from "./bulk-load.js";
import { measureIdleCpu } from "./api-idle.js";
import { startSecondServer } from "./second-server.js";

interface Options {
  responses: number;
  repeat: number;
  period: string;
  /** Quarters the national responses spread over, ending with `period` (the one read). */
  quarters: number;
  seed: string;
  probes: number;
  skipDemo: boolean;
  skipNational: boolean;
}

function options(argv: string[]): Options {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        responses: { type: "string", default: "1000000" },
        repeat: { type: "string", default: "200" },
        period: { type: "string", default: "2025-Q2" },
        quarters: { type: "string", default: "4" },
        seed: { type: "string", default: "42" },
        probes: { type: "string", default: "40" },
        "skip-demo": { type: "boolean", default: false },
        "skip-national": { type: "boolean", default: false },
      },
      strict: true,
    });
    const responses = Number(values.responses),
      repeat = Number(values.repeat),
      probes = Number(values.probes),
      quarters = Number(values.quarters);
    if (!Number.isSafeInteger(responses) || responses < 0) throw new Error(`--responses ${values.responses}: нужно неотрицательное целое`);
    if (!Number.isSafeInteger(repeat) || repeat < 1) throw new Error(`--repeat ${values.repeat}: нужно положительное целое`);
    if (!Number.isSafeInteger(probes) || probes < 0) throw new Error(`--probes ${values.probes}: нужно неотрицательное целое`);
    if (!Number.isSafeInteger(quarters) || quarters < 1) throw new Error(`--quarters ${values.quarters}: нужно положительное целое`);
    if (!parsePeriod(values.period)) throw new Error(`--period ${values.period}: период не распознан`);
    return {
      responses,
      repeat,
      period: values.period,
      quarters,
      seed: values.seed,
      probes,
      skipDemo: values["skip-demo"],
      skipNational: values["skip-national"],
    };
  } catch (error) {
    throw new CliError(`bench api: ${(error as Error).message}`);
  }
}

const pagesFor = (period: string, region: string, unit: string) => [
  { label: "/api/results страны", url: `/api/results?period=${period}` },
  { label: "/api/results страны, gzip", url: `/api/results?period=${period}`, headers: { "accept-encoding": "gzip" } },
  { label: `/api/results региона ${region}`, url: `/api/results?period=${period}&unit=${region}` },
  { label: `/api/results ЦЗН ${unit}`, url: `/api/results?period=${period}&unit=${unit}` },
  { label: "рейтинг регионов страны", url: `/api/dashboard/rating?unit=country&period=${period}&view=combined` },
  { label: `страница региона ${region}`, url: `/api/dashboard/unit/${region}?period=${period}&view=combined` },
  { label: `страница ЦЗН ${unit}`, url: `/api/dashboard/unit/${unit}?period=${period}&view=seeker` },
  { label: `рейтинг ЦЗН региона ${region}`, url: `/api/dashboard/rating?unit=${region}&period=${period}&view=combined` },
  { label: "для сравнения: /api/auth/me", url: "/api/auth/me" },
];

/** Open centres of `region` to submit to: the first probes, the others take the background load. */
async function openCentres(database: Database, region: string): Promise<string[]> {
  const rows = await database.db
    .selectFrom("org_units")
    .select("id")
    .where("id", "like", `${region}-%`)
    .where("kind", "=", "territorial")
    .where("closed_at", "is", null)
    .orderBy("id")
    .limit(6)
    .execute();
  return rows.map((r) => r.id);
}

function printFreshness(title: string, f: FreshnessFigures): void {
  const sorted = [...f.ackToSeen].sort((a, b) => a - b);
  printFigures(title, [
    ["p50 / p95 / max", `${quantile(sorted, 0.5).toFixed(1)} / ${quantile(sorted, 0.95).toFixed(1)} / ${(sorted.at(-1) ?? 0).toFixed(1)} ms`],
    ["чтений до отражения", `${Math.max(...f.readsPerProbe)} макс. (1 — видно с первого чтения)`],
    ["фоновых анкет не принято", grouped(f.backgroundRefused)],
  ]);
}

async function measure(
  database: BenchDatabase,
  title: string,
  period: string,
  region: string,
  unit: string,
  o: Options,
  login: { login: string; password: string },
): Promise<void> {
  const { app, cookie } = await benchServer(database, login.login, login.password);
  try {
    const timings = await timePages(app, cookie, pagesFor(period, region, unit), o.repeat);
    printTimings(`${title}: ${o.repeat} запросов на страницу (inject, без сети), каждый ответ по состоянию базы на момент запроса`, timings);
    const centres = await openCentres(database, region);
    if (o.probes > 0 && centres.length >= 2) {
      const [probe, background] = [centres[0] as string, centres.slice(1)];
      const local = await measureFreshness(app, injectSeekerCount(app, cookie), benchSecret, probe, background, o.probes, 200);
      const load = `фоном ${local.backgroundPerSec.toFixed(0)} анкет/с в ${background.join(", ")}`;
      printFreshness(`Свежесть: ${o.probes} анкет в ${probe} (ответ 303 → видно в /api/results ЦЗН того же процесса), ${load}`, local);
      const idle = await measureIdleCpu(app, benchSecret, centres, 10, 20);
      printFigures(
        `Процессор сервера без чтений, пока из другого процесса по HTTP приходит 10 анкет/с (${idle.seconds.toFixed(0)} с, ${grouped(idle.submitted)} анкет)`,
        [
          [
            "доля одного ядра",
            `${idle.cpuPercent.toFixed(1)} %${database.backend === "pglite" ? " (вместе с PGlite в этом же процессе)" : " (без процесса PostgreSQL)"}`,
          ],
          ["анкет не принято", grouped(idle.refused)],
        ],
      );
      if (database.url) {
        // Another process on the same PostgreSQL: a real `zvezda serve`, read over HTTP.
        const second = await startSecondServer(database.url, login);
        try {
          const across = await measureFreshness(app, httpSeekerCount(second.baseUrl, second.cookie), benchSecret, probe, background, o.probes, 200);
          printFreshness(
            `Свежесть между процессами: анкета через этот процесс (303) → видно в /api/results второго (zvezda serve, HTTP), фоном ${across.backgroundPerSec.toFixed(0)} анкет/с`,
            across,
          );
        } finally {
          await second.stop();
        }
      }
    }
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

/** The first instant (UTC, ISO) of month `index` (year × 12 + month). */
const monthStart = (index: number): string => new Date(Date.UTC(Math.floor(index / 12), index % 12, 1)).toISOString();

/** Generates and writes the national dataset; the responses are dropped on return (reading never holds them). */
async function loadNational(database: Database, o: Options): Promise<{ region: string; unit: string }> {
  const methodology = loadDefaultMethodology();
  let t = performance.now();
  const dataset = generateNationalDataset({ responses: o.responses, seed: o.seed, period: o.period, periods: o.quarters, methodology });
  const read = parsePeriod(o.period) as NonNullable<ReturnType<typeof parsePeriod>>;
  const inPeriod = dataset.responses.filter((r) => r.submittedAt >= monthStart(read.start) && r.submittedAt < monthStart(read.end)).length;
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
    ["анкет", `${grouped(report.responses)} за ${o.quarters} кв. (в ${o.period} около ${grouped(inPeriod)})`],
    ["строк счётчиков", grouped(report.counters)],
    ["генерация", duration(generateMs)],
    ["запись анкет", `${duration(report.responsesMs)} (${grouped((report.responses / report.responsesMs) * 1000)} анкет/с)`],
    ["запись счётчиков", duration(report.countersMs)],
    ["всего загрузка", duration(loadMs)],
  ]);
  return { region, unit };
}

/** Imports 100 responses to `unit` in the period's first month: the changes a restarted server applies to the checkpoint. */
async function addResponsesAfterCheckpoint(database: Database, unit: string, period: string): Promise<void> {
  const methodology = loadDefaultMethodology();
  const sampler = createResponseSampler(methodology, createRng(7));
  const month = periodMonths(parsePeriod(period) as NonNullable<ReturnType<typeof parsePeriod>>)[0] as string;
  const responses = Array.from({ length: 100 }, (_, i) =>
    sampler.sample({
      id: `bench-restart-${i}`,
      unit,
      view: i % 2 === 0 ? "seeker" : "employer",
      submittedAt: `${month}-10T09:00:00Z`,
      quality: 0,
      offeredChannels: new Set(),
    }),
  );
  await importDataset(database.db, { format: "zvezda-dataset/1", units: await readDatasetUnits(database.db), responses, objective: [] }, methodology);
}

async function national(o: Options): Promise<void> {
  const database = await openBenchDatabase("national");
  try {
    const { region, unit } = await loadNational(database, o);
    await addBenchAdmin(database);
    for (const [title, when] of [
      ["Первое чтение после загрузки (суммирование счётчиков периода и расчёт всей страны)", "first"],
      ["Первое чтение после перезапуска (контрольная точка, изменения после неё и расчёт всей страны)", "restart"],
    ] as const) {
      if (when === "restart") await addResponsesAfterCheckpoint(database, unit, o.period);
      const cache = new ResultsCache(database.db);
      const start = performance.now();
      const snapshot = await cache.get(o.period);
      const totalMs = performance.now() - start;
      await cache.close();
      printFigures(title, [
        ["расчёт из счётчиков в памяти", duration(snapshot.computeMs)],
        ["всего, с загрузкой и чтением методики", duration(totalMs)],
        ["счётчики", cache.loads.fromCheckpoint > 0 ? "из контрольной точки" : "просуммированы заново"],
      ]);
    }
    await measure(database, `Национальная база (${database.backend}), ${o.period}`, o.period, region, unit, o, benchAdmin);
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
