// `zvezda start`: migrate, fill an empty database with the demo dataset, serve.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Logger } from "pino";
import type { Database, Db } from "../../db/index.js";
import { CliError } from "../cli-error.js";
import { ensureWebBuild } from "../web-build.js";
import { runServer } from "./serve.js";

type DemoSeed = (db: Db) => Promise<unknown>;

interface DemoLogin {
  login: string;
  password: string;
  role?: string;
  displayName?: string;
}

// A variable, not a literal: the seed module is written in parallel and may not exist yet.
const demoSeedModule = "../seed/demo-seed.js";

/** The demo seed, or undefined when this build has none. */
async function loadDemoSeed(): Promise<DemoSeed | undefined> {
  try {
    const module = (await import(demoSeedModule)) as { runDemoSeed?: DemoSeed };
    return module.runDemoSeed;
  } catch (error) {
    // Only the module's own absence means "no seed"; a seed that fails to load is a bug to show.
    const missing = ["ts", "js"].every((ext) => !existsSync(fileURLToPath(new URL(`../seed/demo-seed.${ext}`, import.meta.url))));
    if ((error as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND" && missing) return undefined;
    throw error;
  }
}

/** The logins a seed result lists, whatever its exact shape (`{ logins: […] }` or the list itself). */
function demoLogins(result: unknown): DemoLogin[] {
  const list = Array.isArray(result) ? result : (result as { logins?: unknown } | null | undefined)?.logins;
  if (!Array.isArray(list)) return [];
  return list.filter((item): item is DemoLogin => typeof item?.login === "string" && typeof item?.password === "string");
}

/** Seeds the demo dataset when the database has no survey responses; returns the lines to print. */
async function seedIfEmpty(database: Database, logger: Logger): Promise<string[]> {
  const any = await database.db.selectFrom("responses").select("id").limit(1).executeTakeFirst();
  if (any) return [];
  const runDemoSeed = await loadDemoSeed();
  if (!runDemoSeed) {
    logger.warn("demo seed not available");
    return ["Демо-данные недоступны / demo seed not available"];
  }
  logger.info("seeding the demo dataset into an empty database");
  const logins = demoLogins(await runDemoSeed(database.db));
  if (logins.length === 0) return ["Демо-данные загружены / demo data loaded"];
  return [
    "Демо-данные загружены; входы / demo data loaded; logins:",
    ...logins.map((item) => `  ${item.login} / ${item.password}${item.role ? `  (${item.role}${item.displayName ? `, ${item.displayName}` : ""})` : ""}`),
  ];
}

/** Builds the admin app when its sources changed, so that `npm ci && npm start` serves it; returns the line to print. */
async function buildWebApp(logger: Logger): Promise<string[]> {
  let result: Awaited<ReturnType<typeof ensureWebBuild>>;
  try {
    result = await ensureWebBuild();
  } catch (error) {
    // The survey and the API still work without the app: say so and serve.
    logger.error({ err: error }, "admin app build failed");
    return [`Админ-приложение не собрано / admin app build failed: ${(error as Error).message.split("\n")[0]}`];
  }
  logger.info(result, "admin app build checked");
  if (result.status === "built") {
    const seconds = ((result.ms ?? 0) / 1000).toFixed(1);
    return [`Админ-приложение собрано за ${seconds.replace(".", ",")} с / admin app built in ${seconds} s: /admin/`];
  }
  if (result.status === "unavailable") return [`Админ-приложение не собрано / admin app not built (${result.reason ?? "?"})`];
  return [];
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes("--help")) {
    process.stdout.write("Использование / usage: zvezda start\nПрименяет миграции, загружает демо-данные в пустую базу и запускает сервер.\n");
    return 0;
  }
  if (argv.length > 0) throw new CliError(`Лишние аргументы / unexpected arguments: ${argv.join(" ")}`);
  return runServer({ prepare: async (database, logger) => [...(await buildWebApp(logger)), ...(await seedIfEmpty(database, logger))] });
}
