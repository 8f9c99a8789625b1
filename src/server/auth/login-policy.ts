// The lock-out policy: how many failures lock an account, for how long, and how to say so.

/** Consecutive failures that lock the account (and every further multiple of it). */
export const failuresPerLock = 5;
const baseLockMs = 15 * 60 * 1000;
const maxLockMs = 24 * 60 * 60 * 1000;

/**
 * When a lock set after `failedLogins` consecutive failures ends: 15 minutes for the first
 * lock, doubling for each further one (30, 60, …), at most a day.
 */
export function lockedUntil(failedLogins: number, now = new Date()): Date {
  const locks = Math.max(1, Math.floor(failedLogins / failuresPerLock));
  return new Date(now.getTime() + Math.min(maxLockMs, baseLockMs * 2 ** (locks - 1)));
}

/** The Russian message for a locked account, naming the minutes left. */
export function lockedMessage(until: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `Слишком много неудачных попыток входа. Учётная запись временно заблокирована: повторите попытку через ${minutes} мин.`;
}
