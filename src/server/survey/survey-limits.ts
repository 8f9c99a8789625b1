// Limits of the public survey: text lengths, token lifetime, request sizes, submission rates.

/** Maximum lengths of free-text answers, in characters. */
export const textLimits = { short: 200, note: 1000, comment: 2000 } as const;

/** A form token is accepted for this long after the page was rendered. */
export const tokenLifetimeMs = 24 * 60 * 60 * 1000;

/** Largest accepted survey submission body, in bytes. */
export const bodyLimitBytes = 64 * 1024;
