// IANA time-zone names, checked against the runtime's time-zone database (Intl, no I/O).

const ianaShape = /^(?:[A-Za-z][A-Za-z0-9_+-]*)(?:\/[A-Za-z0-9_+-]+)*$/;
const known = new Map<string, boolean>();

/** True when `name` is an IANA zone name the runtime knows (`Europe/Moscow`, `Asia/Vladivostok`, `UTC`). */
export function isIanaTimeZone(name: string): boolean {
  const cached = known.get(name);
  if (cached !== undefined) return cached;
  let ok = ianaShape.test(name);
  if (ok) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: name });
    } catch {
      ok = false;
    }
  }
  known.set(name, ok);
  return ok;
}
