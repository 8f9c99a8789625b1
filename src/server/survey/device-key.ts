// Device keys for data-quality checks, without personal data: a kiosk's id, or a salted hash of the
// browser and address whose salt changes every day, so a key cannot be followed across days.
import { createHash, createHmac } from "node:crypto";

let lastSalt: { secret: string; day: string; salt: Buffer } | undefined;

/** The day's salt, derived once a day rather than once a submission. */
function saltOf(secret: string, day: string): Buffer {
  if (lastSalt?.day !== day || lastSalt.secret !== secret)
    lastSalt = {
      secret,
      day,
      salt: createHmac("sha256", secret)
        .update("device-salt:" + day)
        .digest(),
    };
  return lastSalt.salt;
}

/** `d:` + a hash of user agent and IP under today's salt; the raw IP is never stored. */
export function browserDeviceKey(secret: string, userAgent: string, ip: string, now = new Date()): string {
  const salt = saltOf(secret, now.toISOString().slice(0, 10));
  return "d:" + createHash("sha256").update(salt).update(userAgent).update("\u0000").update(ip).digest("base64url").slice(0, 22);
}

/** The device key of a registered kiosk. */
export function kioskDeviceKey(kioskId: string): string {
  return "k:" + kioskId;
}
