// The Kysely dialect for PGlite: PostgreSQL's SQL compiler and adapter over the PGlite driver.
import type { PGlite } from "@electric-sql/pglite";
import {
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
} from "kysely";
import { PgliteDriver } from "./pglite-driver.js";

/** Lets Kysely talk to an (already created) PGlite instance exactly as to PostgreSQL. */
export class PgliteDialect implements Dialect {
  constructor(readonly pglite: PGlite) {}

  createDriver(): Driver {
    return new PgliteDriver(this.pglite);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}
