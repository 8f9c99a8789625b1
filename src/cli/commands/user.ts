// `zvezda user add|passwd`: create an account (the first one, typically) or set a password from the console.
import { changePasswordHash, createUser, deleteUserSessions, findScopeUnit, findUserByLogin, writeAudit, type Db, type Role } from "../../db/index.js";
import { roles as allRoles } from "../../contract/roles.js";
import { newPasswordProblem, hashPassword } from "../../server/index.js";
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

/** The policy of the web forms (length, not the login, not common or repetitive), so the console is no way around it. */
function checkPassword(login: string, password: string): void {
  const problem = newPasswordProblem(login, password);
  if (problem !== undefined) throw new CliError(`${problem} / the password is refused by the password policy`);
}

interface NewAccount {
  login: string;
  password: string;
  role: Role;
  unitId: string | null;
  displayName: string;
}

/** Checks the options of `user add` before the database is opened: bad input changes nothing and costs nothing. */
function checkAdd(options: Options): NewAccount {
  const login = required(options.login, "--login").toLowerCase();
  const password = options.password ?? required(undefined, "--password");
  const role = required(options.role, "--role") as Role;
  if (!roles.includes(role)) throw new CliError(`Неизвестная роль / unknown role: ${role} (${roles.join(", ")})`);
  const federal = role === "federal_admin" || role === "federal_analyst";
  const unitId = options.unit?.trim() || null;
  if (federal && unitId !== null) throw new CliError(`Роль ${role} действует по всей стране: --unit не нужен / federal roles take no --unit`);
  if (!federal && unitId === null) throw new CliError(`Для роли ${role} укажите --unit / role ${role} requires --unit`);
  checkPassword(login, password);
  return { login, password, role, unitId, displayName: options.name?.trim() || login };
}

async function add(db: Db, account: NewAccount): Promise<void> {
  const { login, role, unitId, displayName } = account;
  const unit = unitId === null ? undefined : await findScopeUnit(db, unitId);
  if (unitId !== null && !unit) throw new CliError(`Нет подразделения с кодом ${unitId} / no unit with code ${unitId}`);
  const created = await createUser(db, { login, passwordHash: await hashPassword(account.password), displayName, role, scopeUnitId: unitId });
  if (!created) throw new CliError(`Логин ${login} уже занят / login ${login} is taken`);
  const scope = unit ? `${unit.name} (${unit.id})` : "вся страна / the whole country";
  process.stdout.write(`Учётная запись ${login} создана / account created: ${role}, ${scope}\n`);
}

interface NewPassword {
  login: string;
  password: string;
}

function checkPasswd(options: Options): NewPassword {
  const login = required(options.login, "--login").toLowerCase();
  const password = options.password ?? required(undefined, "--password");
  checkPassword(login, password);
  return { login, password };
}

async function passwd(db: Db, { login, password }: NewPassword): Promise<void> {
  const user = await findUserByLogin(db, login);
  if (!user) throw new CliError(`Нет учётной записи ${login} / no account ${login}`);
  await changePasswordHash(db, user.id, await hashPassword(password), null);
  const revoked = await deleteUserSessions(db, user.id);
  await writeAudit(db, { actorId: null, action: "user.password_change", entity: "user", entityId: user.id, after: { revokedSessions: revoked, by: "cli" } });
  process.stdout.write(`Пароль ${login} изменён, сеансов завершено: ${revoked} / password changed, sessions revoked: ${revoked}\n`);
}

/** Binds a subcommand's check to its work, so `run` holds the checked input without naming its type. */
const subcommand = <T>(options: (keyof Options)[], check: (o: Options) => T, work: (db: Db, input: T) => Promise<void>) => ({
  options,
  prepare: (o: Options) => {
    const input = check(o);
    return (db: Db) => work(db, input);
  },
});

const subcommands = {
  add: subcommand(["login", "password", "role", "unit", "name"], checkAdd, add),
  passwd: subcommand(["login", "password"], checkPasswd, passwd),
};

export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || rest.includes("--help")) {
    (name === undefined ? process.stderr : process.stdout).write(usage);
    return name === undefined ? 2 : 0;
  }
  const chosen = Object.hasOwn(subcommands, name) ? subcommands[name as keyof typeof subcommands] : undefined;
  if (!chosen) throw new CliError(`Неизвестная команда / unknown command: user ${name}\n${usage}`);
  const work = chosen.prepare(readOptions(rest, chosen.options, usage));
  await withMigratedDatabase(work);
  return 0;
}
