// Limits of the public survey: text lengths, token lifetime, request sizes, submission rates.

/** Maximum lengths of free-text answers, in characters. */
export const textLimits = { short: 200, note: 1000, comment: 2000 } as const;

/** A form token is accepted for this long after the page was rendered. */
export const tokenLifetimeMs = 24 * 60 * 60 * 1000;

/** Largest accepted survey submission body, in bytes. */
export const bodyLimitBytes = 64 * 1024;

/** Submissions accepted from one browser device key per hour (a household may share a phone). */
export const submissionsPerDeviceHour = 30;

/**
 * Submissions accepted an hour from one client address (whatever its User-Agent): to one unit, and to all
 * units. A shared office or mobile-operator address may carry several respondents, hence the margin.
 */
export const submissionsPerAddress = { perAddressUnitHour: 60, perAddressHour: 200 } as const;

/** Submissions accepted from one kiosk per hour (a queue of visitors at the office tablet). */
export const submissionsPerKioskHour = 600;

/** A kiosk returns to its start screen after this many idle seconds (with a warning 15 s before). */
export const kioskIdleSeconds = 90;
