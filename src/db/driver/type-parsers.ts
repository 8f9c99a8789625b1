// The one place where database values become JavaScript values, for both backends.

/** PostgreSQL type oids whose text form we parse ourselves. */
const oid = { int8: 20, numeric: 1700, date: 1082, int8Array: 1016, numericArray: 1231 } as const;

const toNumber = (text: string): number => Number(text);
const parseNumberArray = (text: string): number[] => (text === "{}" ? [] : text.slice(1, -1).split(",").map(toNumber));

/**
 * Parsers applied by both drivers so that every query returns the same JS types:
 * bigint, count(*) and numeric as `number` (`pg` would give strings, PGlite numbers or
 * strings), `date` as the plain `YYYY-MM-DD` string (`pg` would make a Date at *local*
 * midnight, PGlite at UTC midnight). timestamptz is a `Date` and jsonb a parsed value on
 * both already, so they are left to the drivers.
 *
 * Numbers above 2^53 or with more than ~15 significant digits would lose precision; counts
 * and the figures this product stores stay far below that.
 */
export const typeParsers: Readonly<Record<number, (text: string) => unknown>> = {
  [oid.int8]: toNumber,
  [oid.numeric]: toNumber,
  [oid.date]: (text) => text,
  [oid.int8Array]: parseNumberArray,
  [oid.numericArray]: parseNumberArray,
};
