// Device keys for data-quality checks, without personal data: a kiosk's id, or a salted hash of the
// browser and address whose salt changes every day, so a key cannot be followed across days.
import { createHash, createHmac } from "node:crypto";

/** `d:` + a hash of user agent and IP under today's salt; the raw IP is never stored. */
export function browserDeviceKey(secret: string, userAgent: string, ip: string, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  const salt = createHmac("sha256", secret).update("device-salt:" + day).digest();
  return "d:" + createHash("sha256").update(salt).update(userAgent).update("\u0000").update(ip).digest("base64url").slice(0, 22);
}

/** The device key of a registered kiosk. */
export function kioskDeviceKey(kioskId: string): string {
  return "k:" + kioskId;
}
