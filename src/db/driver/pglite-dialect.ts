// The Kysely dialect for PGlite: PostgreSQL's SQL compiler and adapter over the PGlite driver.
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
import type { PgliteSession } from "./pglite-session.js";

/** Lets Kysely talk to an (already open) PGlite session exactly as to PostgreSQL. */
export class PgliteDialect implements Dialect {
  constructor(readonly session: PgliteSession) {}

  createDriver(): Driver {
    return new PgliteDriver(this.session);
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
