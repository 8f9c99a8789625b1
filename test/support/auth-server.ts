// A test server with one account per role (scoped in region 32) and a regional admin of region 25; sign-in helpers.
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Backend, Role } from "../../src/db/index.js";
import type { BuildServerOptions } from "../../src/server/index.js";
import { hashPassword } from "../../src/server/auth/password-hash.js";
import { startSurveyServer, type SurveyServer } from "./survey-server.js";

export const testPassword = "correct-horse-42";

/** The accounts the server starts with: login → role and scope. */
export const testAccounts = {
  fadmin: { role: "federal_admin", scope: null },
  fanalyst: { role: "federal_analyst", scope: null },
  radmin: { role: "regional_admin", scope: "32" },
  umanager: { role: "unit_manager", scope: "32-01" },
  radmin25: { role: "regional_admin", scope: "25" },
} as const satisfies Record<string, { role: Role; scope: string | null }>;
export type TestLogin = keyof typeof testAccounts;

/** The survey test server (units 32, 32-01, 32-02, 32-03) plus the test accounts, all with `testPassword`. */
export async function startAuthServer(backend: Backend, options: Pick<BuildServerOptions, "loginRateLimit"> = {}): Promise<SurveyServer> {
  const server = await startSurveyServer(backend, {}, options);
  const hash = await hashPassword(testPassword);
  await server.database.db
    .insertInto("users")
    .values(
      Object.entries(testAccounts).map(([login, a]) => ({ login, password_hash: hash, display_name: `Тест ${login}`, role: a.role, scope_unit_id: a.scope })),
    )
    .execute();
  return server;
}

export interface Signed {
  cookie: string;
  csrfToken: string;
}

/** POST /api/auth/login with JSON. */
export function postLogin(app: FastifyInstance, login: string, password: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: "POST", url: "/api/auth/login", headers: { "content-type": "application/json" }, payload: JSON.stringify({ login, password }) });
}

/** Signs in (expecting success): the Cookie header to send back and the CSRF token. */
export async function signIn(app: FastifyInstance, login: string, password = testPassword): Promise<Signed> {
  const response = await postLogin(app, login, password);
  if (response.statusCode !== 200) throw new Error(`login ${login}: ${response.statusCode} ${response.body}`);
  const setCookie = String(response.headers["set-cookie"]);
  return { cookie: setCookie.split(";")[0] ?? "", csrfToken: response.json<{ csrfToken: string }>().csrfToken };
}
