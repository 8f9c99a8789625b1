// `zvezda kiosk add|list|revoke`: office kiosks (tablets) of a unit, registered with a secret URL shown once.
import { findSurveyUnit, listKiosks, registerKiosk, revokeKiosk, type Db, type KioskListing } from "../../db/index.js";
import { kioskUrl, type ServerConfig } from "../../server/index.js";
import { CliError } from "../cli-error.js";
import { readOptions, requiredOption } from "../subcommand-options.js";
import { withMigratedDatabase } from "../with-migrated-database.js";

const usage = `Использование / usage:
  zvezda kiosk add --unit CODE [--label TEXT]   зарегистрировать киоск и показать его адрес / register a kiosk and print its URL
  zvezda kiosk list --unit CODE                 киоски центра / the unit's kiosks
  zvezda kiosk revoke --id ID                   отключить киоск / revoke a kiosk
`;

type Options = { unit?: string; label?: string; id?: string };

const required = (value: string | undefined, option: string): string => requiredOption(value, option, usage);

async function add(db: Db, config: ServerConfig, options: Options): Promise<void> {
  const code = required(options.unit, "--unit");
  const label = options.label?.trim() || "Киоск";
  const unit = await findSurveyUnit(db, code);
  if (!unit) throw new CliError(`Нет действующего центра с кодом ${code} / no open unit with code ${code}`, "not_found");
  const kiosk = await registerKiosk(db, unit.id, label);
  process.stdout.write(
    [
      `Киоск ${kiosk.id} «${label}» зарегистрирован: ${unit.name} (${unit.id}) / kiosk registered`,
      `Адрес киоска / kiosk URL: ${kioskUrl(config.publicUrl, kiosk.token)}`,
      "Адрес показан один раз и нигде не хранится: откройте его на планшете или сохраните сейчас.",
      `Если адрес потерян, отключите киоск (zvezda kiosk revoke --id ${kiosk.id}) и зарегистрируйте новый.`,
      "The URL is shown only once and is not stored; if it is lost, revoke the kiosk and register a new one.",
    ].join("\n") + "\n",
  );
}

const stamp = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace("T", " ") : "—");

function formatListing(kiosks: KioskListing[]): string {
  const width = Math.max(2, ...kiosks.map((k) => k.id.length));
  return kiosks
    .map((k) => {
      const state = k.revokedAt ? `отключён / revoked ${stamp(k.revokedAt)}` : "действует / active";
      return `  ${k.id.padEnd(width)}  ${k.label}  создан / created ${stamp(k.createdAt)}  замечен / seen ${stamp(k.lastSeenAt)}  ${state}`;
    })
    .join("\n");
}

async function list(db: Db, options: Options): Promise<void> {
  const code = required(options.unit, "--unit");
  const kiosks = await listKiosks(db, code);
  process.stdout.write(kiosks.length === 0 ? `Киосков нет / no kiosks: ${code}\n` : `Киоски / kiosks: ${code}\n${formatListing(kiosks)}\n`);
}

async function revoke(db: Db, options: Options): Promise<void> {
  const id = required(options.id, "--id");
  if (!(await revokeKiosk(db, id))) throw new CliError(`Нет действующего киоска ${id} / no active kiosk ${id}`, "not_found");
  process.stdout.write(`Киоск ${id} отключён: его адрес больше не работает / kiosk ${id} revoked\n`);
}

const subcommands = {
  add: { options: ["unit", "label"], run: (db: Db, config: ServerConfig, o: Options) => add(db, config, o) },
  list: { options: ["unit"], run: (db: Db, _config: ServerConfig, o: Options) => list(db, o) },
  revoke: { options: ["id"], run: (db: Db, _config: ServerConfig, o: Options) => revoke(db, o) },
} satisfies Record<string, { options: (keyof Options)[]; run: (db: Db, config: ServerConfig, o: Options) => Promise<void> }>;

export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || rest.includes("--help")) {
    (name === undefined ? process.stderr : process.stdout).write(usage);
    return name === undefined ? 2 : 0;
  }
  const subcommand = Object.hasOwn(subcommands, name) ? subcommands[name as keyof typeof subcommands] : undefined;
  if (!subcommand) throw new CliError(`Неизвестная команда / unknown command: kiosk ${name}\n${usage}`);
  const options = readOptions(rest, subcommand.options, usage);
  await withMigratedDatabase((db, config) => subcommand.run(db, config, options));
  return 0;
}
