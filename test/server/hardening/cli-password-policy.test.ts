// The console applies the web's password policy: `zvezda user add|passwd` refuse common and repetitive passwords.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUserByLogin, openDatabase } from "../../../src/db/index.js";
import { verifyPassword } from "../../../src/server/auth/password-hash.js";
import { openTestDatabase, temporaryDir } from "../../support/databases.js";
import { zvezda } from "../../support/run-cli.js";

describe("password policy on the command line", () => {
  const dir = temporaryDir();
  const dataDir = join(dir.path, "data");
  const env = { ZVEZDA_DATA_DIR: dataDir };
  beforeAll(async () => {
    await (await openTestDatabase("pglite", { dataDir })).close();
  });
  afterAll(() => dir.remove());

  const account = async (login: string) => {
    const database = await openDatabase({ dataDir });
    try {
      return await findUserByLogin(database.db, login);
    } finally {
      await database.close();
    }
  };

  it.each(["1234567890", "aaaaaaaaaa", "password12", "qwertyuiop", "abcabcabcabc"])(
    "refuses %s for a new account with exit 2 and a Russian reason",
    async (password) => {
      const run = await zvezda(["user", "add", "--login", "weakling", "--password", password, "--role", "federal_admin"], env);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/Пароль|пароль/);
      expect(await account("weakling")).toBeUndefined();
    },
  );

  it("refuses a weak password on reset and keeps the old one", async () => {
    expect((await zvezda(["user", "add", "--login", "keeper", "--password", "Strong-Cedar-91", "--role", "federal_admin"], env)).code).toBe(0);
    const run = await zvezda(["user", "passwd", "--login", "keeper", "--password", "1111111111"], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("пароль");
    const user = await account("keeper");
    expect(await verifyPassword("Strong-Cedar-91", user!.passwordHash)).toBe(true);
  });
});
