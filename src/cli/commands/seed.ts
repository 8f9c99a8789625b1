// `zvezda seed --demo`: loads the deterministic demo dataset into the configured database.
import { parseArgs } from "node:util";
import { CliError } from "../cli-error.js";
import { runDemoSeed } from "../seed/demo-seed.js";
import { withMigratedDatabase } from "../with-migrated-database.js";

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { demo: { type: "boolean" }, help: { type: "boolean" } }, strict: true });
  if (values.help || !values.demo) {
    process.stdout.write("Использование / usage: zvezda seed --demo\nЗагружает демонстрационные данные (13 пилотных регионов, четыре квартала анкет).\n");
    if (!values.demo && !values.help) throw new CliError("Укажите --demo / pass --demo");
    return 0;
  }
  return withMigratedDatabase(async (db) => {
    const existing = await db.selectFrom("responses").select("id").limit(1).executeTakeFirst();
    if (existing) throw new CliError("В базе уже есть анкеты: демо-данные загружаются только в пустую базу / the database already has responses");
    const result = await runDemoSeed(db);
    process.stdout.write(`Загружено: ${result.units} подразделений, ${result.responses} анкет, ${result.objectiveEntries} объективных записей\n`);
    for (const u of result.logins) process.stdout.write(`  ${u.login} / ${u.password}  (${u.role})\n`);
    return 0;
  });
}
