// `bench crash`: the crash drill on PGlite, and on PostgreSQL when DATABASE_URL is set; exit 1 if anything acknowledged is missing.
import { parseArgs } from "node:util";
import { CliError } from "../cli-error.js";
import { grouped, printFigures } from "./bench-report.js";
import { crashDrill, type CrashFigures } from "./crash-drill.js";

function options(argv: string[]): { seconds: number; connections: number; runs: number } {
  const { values } = parseArgs({
    args: argv,
    options: { seconds: { type: "string", default: "10" }, connections: { type: "string", default: "16" }, runs: { type: "string", default: "1" } },
    strict: true,
  });
  const parsed = { seconds: Number(values.seconds), connections: Number(values.connections), runs: Number(values.runs) };
  for (const [name, value] of Object.entries(parsed))
    if (!Number.isSafeInteger(value) || value < 1) throw new CliError(`bench crash: --${name} должно быть положительным целым`);
  return parsed;
}

export async function run(argv: string[]): Promise<number> {
  const o = options(argv);
  const figures: CrashFigures[] = [];
  const backends = process.env.DATABASE_URL ? (["pglite", "postgres"] as const) : (["pglite"] as const);
  for (const backend of backends) {
    for (let i = 0; i < o.runs; i++)
      figures.push(await crashDrill(backend, { loadMs: o.seconds * 1000, connections: o.connections, adminUrl: process.env.DATABASE_URL }));
  }
  printFigures(
    "Авария под нагрузкой: kill -9 сервера, перезапуск / crash drill",
    figures.map((f, i) => [`${f.backend} #${i + 1}`, `подтверждено ${grouped(f.acknowledged)}, потеряно ${f.missing}, перезапуск ${grouped(f.restartMs)} мс`]),
  );
  return figures.every((f) => f.missing === 0 && f.acknowledged > 0) ? 0 : 1;
}
