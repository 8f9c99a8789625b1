// A client address as the audit log and the lock-out keep it: a salted hash, never the address itself.
import { createHmac } from "node:crypto";

/** HMAC-SHA256 of the address under the application secret, shortened to 24 hex characters. */
export function addressHash(secret: string, address: string): string {
  return createHmac("sha256", secret).update(`client-address:${address}`).digest("hex").slice(0, 24);
}
