// The server's configuration, read from environment variables and validated.
import { resolve } from "node:path";
import { z } from "zod";
import { pgliteThreads, type DatabaseConfig, type PgliteThread } from "../db/index.js";
import { ConfigError } from "./config-error.js";
import { scryptCostOf, scryptCosts } from "./auth/password-hash.js";

/** Log levels understood by pino (`silent` turns logging off). */
export const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof logLevels)[number];

/** Everything the server and the CLI take from the environment. */
export interface ServerConfig {
  port: number;
  host: string;
  /** PostgreSQL when `DATABASE_URL` is set, otherwise PGlite in `ZVEZDA_DATA_DIR`. */
  database: DatabaseConfig & { dataDir: string };
  logLevel: LogLevel;
  /**
   * `ZVEZDA_SECRET`, the key behind cookies and salts. When absent the server generates one
   * on first start and keeps it in the database (table app_settings), which for PGlite lives
   * in the data directory: restarts keep sessions valid. Set it explicitly to share it
   * across installations or to rotate it.
   */
  secret: string | undefined;
  /**
   * `ZVEZDA_PUBLIC_URL`, where people reach this server from outside, without a trailing
   * slash (`https://zvezda.example.ru`): the base of survey links, QR codes and kiosk URLs.
   * `http://localhost:<port>` by default.
   */
  publicUrl: string;
  /**
   * `ZVEZDA_TRUSTED_PROXIES`, comma-separated addresses or CIDR ranges of reverse proxies whose
   * X-Forwarded-For is believed (Fastify's trustProxy): the client's address is then the one the
   * proxy saw, for rate limits, lock-outs and device keys. Empty: the socket's address.
   */
  trustedProxies: string[];
}

// An empty variable (`PORT=`) counts as unset.
const optional = (schema: z.ZodString) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const environment = z.object({
  PORT: optional(z.string().regex(/^\d{1,5}$/, "должен быть целым числом от 0 до 65535 / must be an integer from 0 to 65535")).refine(
    (value) => value === undefined || Number(value) <= 65_535,
    "должен быть целым числом от 0 до 65535 / must be an integer from 0 to 65535",
  ),
  HOST: optional(z.string()),
  DATABASE_URL: optional(
    z
      .string()
      .regex(
        /^postgres(ql)?:\/\/\S+$/,
        "должен иметь вид postgres://пользователь:пароль@сервер:порт/база / must look like postgres://user:password@host:port/database",
      ),
  ),
  ZVEZDA_DATA_DIR: optional(z.string()),
  ZVEZDA_PGLITE_THREAD: optional(z.string()).refine(
    (value) => value === undefined || (pgliteThreads as readonly string[]).includes(value),
    `должен быть одним из / must be one of: ${pgliteThreads.join(", ")}`,
  ),
  LOG_LEVEL: optional(z.string()).refine(
    (value) => value === undefined || (logLevels as readonly string[]).includes(value),
    `должен быть одним из / must be one of: ${logLevels.join(", ")}`,
  ),
  ZVEZDA_SECRET: optional(z.string().min(32, "должен быть не короче 32 символов / must be at least 32 characters long")),
  ZVEZDA_TRUSTED_PROXIES: optional(z.string()).refine(
    (value) => value === undefined || value.split(",").every((part) => /^[0-9A-Fa-f:.]+(\/\d{1,3})?$/.test(part.trim())),
    "должен быть списком адресов или сетей через запятую (10.0.0.1, 10.0.0.0/8, ::1) / must be a comma-separated list of addresses or CIDR ranges",
  ),
  ZVEZDA_SCRYPT_COST: optional(z.string()).refine(
    (value) => scryptCostOf(value) !== undefined,
    `должен быть целым числом от ${scryptCosts.least} до ${scryptCosts.most} / must be a whole number from ${scryptCosts.least} to ${scryptCosts.most}`,
  ),
  ZVEZDA_PUBLIC_URL: optional(z.string()).refine(
    (value) => value === undefined || isPublicUrl(value),
    "должен быть адресом http(s)://сервер[:порт][/путь] без косой черты в конце / must be an http(s)://host[:port][/path] URL without a trailing slash",
  ),
});

/** An absolute http(s) URL with no query, fragment, credentials or trailing slash. */
function isPublicUrl(value: string): boolean {
  if (!/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/i.test(value) || value.endsWith("/")) return false;
  try {
    const url = new URL(value);
    return url.username === "" && url.password === "";
  } catch {
    return false;
  }
}

/**
 * Reads the configuration from `env` (process.env by default); throws `ConfigError` naming
 * the first bad variable. Defaults: PORT 3000, HOST 0.0.0.0, ZVEZDA_DATA_DIR ./data, LOG_LEVEL info,
 * ZVEZDA_PUBLIC_URL http://localhost:<PORT>.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "?");
    throw new ConfigError(`Неверное значение ${name} / Invalid ${name}: ${issue?.message ?? ""}`);
  }
  const vars = parsed.data;
  const port = vars.PORT === undefined ? 3000 : Number(vars.PORT);
  return {
    port,
    host: vars.HOST ?? "0.0.0.0",
    database: {
      url: vars.DATABASE_URL,
      dataDir: resolve(vars.ZVEZDA_DATA_DIR ?? "./data"),
      pgliteThread: vars.ZVEZDA_PGLITE_THREAD as PgliteThread | undefined,
    },
    logLevel: (vars.LOG_LEVEL as LogLevel | undefined) ?? "info",
    secret: vars.ZVEZDA_SECRET,
    publicUrl: vars.ZVEZDA_PUBLIC_URL ?? `http://localhost:${port}`,
    trustedProxies: vars.ZVEZDA_TRUSTED_PROXIES?.split(",").map((part) => part.trim()) ?? [],
  };
}
