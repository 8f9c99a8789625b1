// `bench comments`: the voice of the client at scale — tagging cost per text, and p50/p95 of a filtered search over
// the country and of theme summaries, on the demo and on a synthetic national table of N texts.
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { isNegativeText, periodMonths, parsePeriod, type Period } from "../../core/index.js";
import { importDataset, type Database } from "../../db/index.js";
import { voiceTaggerFor } from "../../server/index.js";
import { CliError } from "../cli-error.js";
import { loadDefaultMethodology } from "../methodology-files.js";
import { runDemoSeed } from "../seed/demo-seed.js";
import { demoUsers } from "../seed/demo-users.js";
import { demoQuarters } from "../seed/demo-world.js";
import { EXTERNAL_FEEDBACK, NEGATIVE_NOTES, PHONE_COMPLAINTS, POSITIVE_NOTES, SUGGESTIONS } from "../synthetic/comment-texts.js";
import { generateNationalDataset } from "../synthetic/national-dataset.js";
import { createRng, type Rng } from "../synthetic/prng.js";
import { addBenchAdmin, benchAdmin, benchServer, printTimings, timePages } from "./api-timing.js";
import { openBenchDatabase } from "./bench-database.js";
import { duration, grouped, printFigures } from "./bench-report.js";

interface Options {
  texts: number;
  repeat: number;
  year: number;
  skipDemo: boolean;
  skipNational: boolean;
}

function options(argv: string[]): Options {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        texts: { type: "string", default: "1000000" },
        repeat: { type: "string", default: "50" },
        "skip-demo": { type: "boolean", default: false },
        "skip-national": { type: "boolean", default: false },
      },
      strict: true,
    });
    const texts = Number(values.texts),
      repeat = Number(values.repeat);
    if (!Number.isSafeInteger(texts) || texts < 1000) throw new Error(`--texts ${values.texts}: нужно целое не меньше 1000`);
    if (!Number.isSafeInteger(repeat) || repeat < 1) throw new Error(`--repeat ${values.repeat}: нужно положительное целое`);
    return { texts, repeat, year: 2025, skipDemo: values["skip-demo"], skipNational: values["skip-national"] };
  } catch (error) {
    throw new CliError(`bench comments: ${(error as Error).message}`);
  }
}

const pool = [...NEGATIVE_NOTES, ...POSITIVE_NOTES, ...SUGGESTIONS, ...EXTERNAL_FEEDBACK.map((f) => f.text), ...PHONE_COMPLAINTS];

/** A client text of one or two sentences from the demo's pools, with a little noise so texts differ. */
function syntheticText(rng: Rng): string {
  const first = rng.pick(pool);
  return rng.chance(0.4) ? `${first}. ${rng.pick(pool)}` : first;
}

const pagesFor = (period: string, region: string, unit: string) => [
  {
    label: "поиск по стране: «очередь», оценки 1–4",
    url: `/api/voice/texts?unit=country&period=${period}&q=${encodeURIComponent("очередь")}&band=low&limit=50`,
  },
  { label: "поиск по стране: тема «дозвон», негативные", url: `/api/voice/texts?unit=country&period=${period}&theme=phone&negative=true&limit=50` },
  {
    label: `поиск в регионе ${region}: «сайт -запись»`,
    url: `/api/voice/texts?unit=${region}&period=${period}&q=${encodeURIComponent("сайт -запись")}&limit=50`,
  },
  { label: `темы ЦЗН ${unit} (с динамикой за 4 периода)`, url: `/api/voice/summary?unit=${unit}&period=${period}` },
  { label: `темы региона ${region}`, url: `/api/voice/summary?unit=${region}&period=${period}` },
];

async function demo(o: Options): Promise<void> {
  const database = await openBenchDatabase("voice-demo");
  try {
    const start = performance.now();
    await runDemoSeed(database.db);
    const texts = await database.db
      .selectFrom("voice_texts")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    process.stdout.write(`Демо: ${grouped(Number(texts.n))} текстов, загрузка ${duration(performance.now() - start)}\n`);
    const admin = demoUsers.find((u) => u.role === "federal_admin") as (typeof demoUsers)[number];
    const { app, cookie } = await benchServer(database, admin.login, admin.password);
    try {
      printTimings(
        `Голос клиента, демо (${database.backend}), ${demoQuarters.at(-1)}: ${o.repeat} запросов`,
        await timePages(app, cookie, pagesFor(demoQuarters.at(-1) as string, "32", "32-02"), o.repeat),
      );
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

/** Writes `o.texts` tagged texts over the national units and the year's twelve months; returns the tagging cost. */
async function loadNational(database: Database, o: Options): Promise<{ region: string; unit: string; tagUs: number }> {
  const methodology = loadDefaultMethodology();
  const tagger = voiceTaggerFor(methodology);
  const dataset = generateNationalDataset({ responses: 0, seed: "voice", period: `${o.year}-Q2`, methodology });
  await importDataset(database.db, dataset, methodology);
  const territorial = dataset.units.filter((u) => u.kind === "territorial").map((u) => u.id);
  const rng = createRng("voice-bench");
  const months = Array.from({ length: 12 }, (_, i) => `${o.year}-${String(i + 1).padStart(2, "0")}`);
  let tagMs = 0;
  const batch = 10_000;
  const t = performance.now();
  for (let start = 0; start < o.texts; start += batch) {
    const n = Math.min(batch, o.texts - start);
    const rows = {
      unit: [] as string[],
      month: [] as string[],
      at: [] as string[],
      score: [] as (number | null)[],
      text: [] as string[],
      themes: [] as string[],
      sentiment: [] as number[],
      negative: [] as boolean[],
      key: [] as string[],
    };
    for (let i = 0; i < n; i++) {
      const text = syntheticText(rng);
      const score = rng.chance(0.8) ? 1 + rng.int(10) : null;
      const started = performance.now();
      const tag = tagger.tag(text);
      tagMs += performance.now() - started;
      const month = rng.pick(months);
      rows.unit.push(rng.pick(territorial));
      rows.month.push(month);
      rows.at.push(`${month}-${String(1 + rng.int(28)).padStart(2, "0")}T10:00:00Z`);
      rows.score.push(score);
      rows.text.push(text);
      rows.themes.push(`{${tag.themes.join(",")}}`);
      rows.sentiment.push(tag.sentiment);
      rows.negative.push(isNegativeText(tag.sentiment, score));
      rows.key.push(score === null ? "suggestions" : `q${1 + rng.int(11)}`);
    }
    // Texts without a response (as external feedback is): the bench measures reading, and no response table is needed.
    const feedback = await sql<{ id: string }>`insert into voice_feedback (unit_id, channel, received_on, text)
      select unit_id, 'other', d::date, text from unnest(${rows.unit}::text[], ${rows.at.map((a) => a.slice(0, 10))}::text[], ${rows.text}::text[]) as x(unit_id, d, text)
      returning id::text as id`.execute(database.db);
    await sql`insert into voice_texts (feedback_id, source_key, kind, unit_id, local_month, at, score, text, themes, sentiment, negative, tagged_by)
      select f::bigint, k, 'note', u, m, a::timestamptz, s, x, th::text[], se, ng, ${tagger.taxonomyId}
      from unnest(${feedback.rows.map((r) => r.id)}::text[], ${rows.key}::text[], ${rows.unit}::text[], ${rows.month}::text[], ${rows.at}::text[], ${rows.score}::int[],
        ${rows.text}::text[], ${rows.themes}::text[], ${rows.sentiment}::int[], ${rows.negative}::boolean[]) as d(f, k, u, m, a, s, x, th, se, ng)`.execute(
      database.db,
    );
    if ((start + n) % 100_000 === 0) process.stdout.write(`  … ${grouped(start + n)} текстов записано (${duration(performance.now() - t)})\n`);
  }
  await sql`analyze voice_texts`.execute(database.db);
  printFigures(`Национальная таблица текстов (${database.backend})`, [
    ["подразделений", grouped(dataset.units.length)],
    ["текстов", grouped(o.texts)],
    ["разметка темами", `${((tagMs / o.texts) * 1000).toFixed(1)} мкс на текст`],
    ["запись (с tsvector и GIN)", duration(performance.now() - t)],
  ]);
  return { region: "77", unit: territorial.find((u) => u.startsWith("77-")) ?? territorial[0]!, tagUs: (tagMs / o.texts) * 1000 };
}

async function national(o: Options): Promise<void> {
  const database = await openBenchDatabase("voice-national");
  try {
    const { region, unit } = await loadNational(database, o);
    await addBenchAdmin(database);
    const { app, cookie } = await benchServer(database, benchAdmin.login, benchAdmin.password);
    const period = parsePeriod(`${o.year}-Q2`) as Period;
    try {
      printTimings(
        `Голос клиента, ${grouped(o.texts)} текстов за год (${database.backend}), ${period.label} (${periodMonths(period).length} мес.): ${o.repeat} запросов`,
        await timePages(app, cookie, pagesFor(period.label, region, unit), o.repeat),
      );
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

/** Runs the comments suite and prints its figures. */
export async function run(argv: string[]): Promise<number> {
  const o = options(argv);
  if (!o.skipDemo) await demo(o);
  if (!o.skipNational) await national(o);
  return 0;
}
