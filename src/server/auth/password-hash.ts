// Password hashing with scrypt (node:crypto), in a self-describing string format.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

const params = { r: 8, p: 1, keyLength: 32 } as const;

/**
 * The cost, log2 of scrypt's N: 15 (32 MiB and about a tenth of a second per hash) unless `ZVEZDA_SCRYPT_COST` says
 * otherwise. The test suite sets the least, as Rails' tests do with bcrypt: it signs in hundreds of times. A hash keeps
 * the cost it was made with, so a server can raise it at any time.
 */
export const scryptCosts = { least: 10, most: 20, usual: 15 } as const;

/** The cost `ZVEZDA_SCRYPT_COST` asks for, or undefined when it is not a whole number within `scryptCosts`. */
export function scryptCostOf(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return scryptCosts.usual;
  const cost = Number(value);
  return Number.isInteger(cost) && cost >= scryptCosts.least && cost <= scryptCosts.most ? cost : undefined;
}

function currentN(): number {
  const cost = scryptCostOf(process.env.ZVEZDA_SCRYPT_COST);
  if (cost === undefined) throw new Error(`ZVEZDA_SCRYPT_COST must be a whole number from ${scryptCosts.least} to ${scryptCosts.most}`);
  return 2 ** cost;
}

function derive(password: string, salt: Buffer, N: number, r: number, p: number, keyLength: number): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: 128 * N * r * 2 };
  return new Promise((resolve, reject) => scrypt(password.normalize("NFKC"), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** Hashes a password as `scrypt$N$r$p$salt$key` (base64url), so parameters can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const N = currentN();
  const key = await derive(password, salt, N, params.r, params.p, params.keyLength);
  return ["scrypt", N, params.r, params.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** Checks a password against a stored hash in constant time; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, "base64url");
  const actual = await derive(password, Buffer.from(salt, "base64url"), Number(n), Number(r), Number(p), expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
