// Writing JSON into jsonb columns the same way on both drivers.
import { sql, type RawBuilder } from "kysely";
import type { Json, JsonbInput } from "../database-schema.js";

/**
 * A jsonb value for an insert or update. `pg` would turn a JS array into a PostgreSQL array
 * literal and PGlite serialises by the column's type; sending JSON text cast to jsonb gives
 * the same result on both.
 */
export function jsonb<T extends Json>(value: T): RawBuilder<JsonbInput<T>> {
  return sql<JsonbInput<T>>`cast(${JSON.stringify(value)}::text as jsonb)`;
}
