// `zvezda user add|passwd`: create an account (the first one, typically) or set a password from the console.
import { changePasswordHash, createUser, deleteUserSessions, findScopeUnit, findUserByLogin, writeAudit, type Db, type Role } from "../../db/index.js";
import { allRoles } from "../../server/auth/access.js";
import { minPasswordLength } from "../../server/auth/auth-schemas.js";
import { hashPassword } from "../../server/auth/password-hash.js";
import { CliError } from "../cli-error.js";
import { readOptions, requiredOption } from "../subcommand-options.js";
import { withMigratedDatabase } from "../with-migrated-database.js";

const roles = allRoles;

const usage = `Использование / usage:
  zvezda user add --login L --password P --role R [--unit ID] [--name TEXT]   создать учётную запись / create an account
  zvezda user passwd --login L --password P                                  сменить пароль / set a password
Роли / roles: ${roles.join(", ")}; федеральные роли без --unit, остальные с --unit / federal roles take no --unit, the others require one.
`;

type Options = { login?: string; password?: string; role?: string; unit?: string; name?: string };

const required = (value: string | undefined, option: string): string => requiredOption(value, option, usage);

function checkPassword(login: string, password: string): void {
  if (password.length < minPasswordLength) throw new CliError(`Пароль должен быть не короче ${minPasswordLength} символов / the password must be at least ${minPasswordLength} characters`);
  if (password.trim().toLowerCase() === login.toLowerCase()) throw new CliError("Пароль не должен совпадать с логином / the password must differ from the login");
}

async function add(db: Db, options: Options): Promise<void> {
  const login = required(options.login, "--login").toLowerCase();
  const password = options.password ?? required(undefined, "--password");
  const role = required(options.role, "--role") as Role;
  if (!roles.includes(role)) throw new CliError(`Неизвестная роль / unknown role: ${role} (${roles.join(", ")})`);
  const federal = role === "federal_admin" || role === "federal_analyst";
  const unitId = options.unit?.trim() || null;
  if (federal && unitId !== null) throw new CliError(`Роль ${role} действует по всей стране: --unit не нужен / federal roles take no --unit`);
  if (!federal && unitId === null) throw new CliError(`Для роли ${role} укажите --unit / role ${role} requires --unit`);
  checkPassword(login, password);
  const unit = unitId === null ? undefined : await findScopeUnit(db, unitId);
  if (unitId !== null && !unit) throw new CliError(`Нет подразделения с кодом ${unitId} / no unit with code ${unitId}`);
  const displayName = options.name?.trim() || login;
  const created = await createUser(db, { login, passwordHash: await hashPassword(password), displayName, role, scopeUnitId: unitId });
  if (!created) throw new CliError(`Логин ${login} уже занят / login ${login} is taken`);
  const scope = unit ? `${unit.name} (${unit.id})` : "вся страна / the whole country";
  process.stdout.write(`Учётная запись ${login} создана / account created: ${role}, ${scope}\n`);
}

async function passwd(db: Db, options: Options): Promise<void> {
  const login = required(options.login, "--login").toLowerCase();
  const password = options.password ?? required(undefined, "--password");
  checkPassword(login, password);
  const user = await findUserByLogin(db, login);
  if (!user) throw new CliError(`Нет учётной записи ${login} / no account ${login}`);
  await changePasswordHash(db, user.id, await hashPassword(password));
  const revoked = await deleteUserSessions(db, user.id);
  await writeAudit(db, { actorId: null, action: "user.password_change", entity: "user", entityId: user.id, after: { revokedSessions: revoked, by: "cli" } });
  process.stdout.write(`Пароль ${login} изменён, сеансов завершено: ${revoked} / password changed, sessions revoked: ${revoked}\n`);
}

const subcommands = {
  add: { options: ["login", "password", "role", "unit", "name"], run: add },
  passwd: { options: ["login", "password"], run: passwd },
} satisfies Record<string, { options: (keyof Options)[]; run: (db: Db, o: Options) => Promise<void> }>;

export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || rest.includes("--help")) {
    (name === undefined ? process.stderr : process.stdout).write(usage);
    return name === undefined ? 2 : 0;
  }
  const subcommand = Object.hasOwn(subcommands, name) ? subcommands[name as keyof typeof subcommands] : undefined;
  if (!subcommand) throw new CliError(`Неизвестная команда / unknown command: user ${name}\n${usage}`);
  const options = readOptions(rest, subcommand.options, usage);
  await withMigratedDatabase((db) => subcommand.run(db, options));
  return 0;
}
