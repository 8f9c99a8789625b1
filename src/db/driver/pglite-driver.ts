// A Kysely driver over one PGlite session: a single connection, lent out under a mutex.
import { CompiledQuery, type DatabaseConnection, type Driver, type QueryCompiler, type QueryResult, type TransactionSettings } from "kysely";
import { ConnectionMutex } from "./connection-mutex.js";
import type { PgliteSession, StatementResult } from "./pglite-session.js";
import { preparedMarker } from "./prepared-statements.js";

const queryResult = <R>(result: StatementResult): QueryResult<R> => ({
  rows: result.rows as R[],
  numAffectedRows: result.affectedRows === undefined ? undefined : BigInt(result.affectedRows),
});

/** A parameter as text, as the protocol sends it. */
const asText = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : typeof v === "string"
      ? v
      : v instanceof Date
        ? v.toISOString()
        : typeof v === "object"
          ? JSON.stringify(v)
          : String(v);

/** Runs Kysely queries on PGlite; `sql` without parameters may hold several statements. */
class PgliteConnection implements DatabaseConnection {
  inTransaction = false;

  /** One holder's lease of the session; `release` gives it back (once, however often called). */
  constructor(
    readonly session: PgliteSession,
    readonly release: () => void,
  ) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const running = this.#run(compiledQuery);
    // A session that runs statements in the order they were issued need not be held until a lone statement finishes:
    // the next holder's statements queue behind it, so PGlite always has the next one waiting.
    if (this.session.runsInIssueOrder && !this.inTransaction) this.release();
    return queryResult<R>(await running);
  }

  #run(compiledQuery: CompiledQuery): Promise<StatementResult> {
    const parameters = [...compiledQuery.parameters];
    // Marked statements run as named protocol statements: parsed (and, after a few runs, planned) once per session.
    if (parameters.length > 0 && compiledQuery.sql.startsWith(preparedMarker)) return this.session.prepared(compiledQuery.sql, parameters.map(asText));
    // Like `pg`, a query without parameters goes through the simple protocol, which
    // accepts several statements (migration files); with parameters, the extended one.
    return parameters.length === 0 ? this.session.exec(compiledQuery.sql) : this.session.query(compiledQuery.sql, parameters);
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery, chunkSize = 1000): AsyncIterableIterator<QueryResult<R>> {
    const { rows } = await this.executeQuery<R>(compiledQuery);
    for (let i = 0; i < rows.length; i += chunkSize) yield { rows: rows.slice(i, i + chunkSize) };
  }
}

/**
 * PGlite is one PostgreSQL backend with one session: a transaction must own it from BEGIN
 * to COMMIT, or statements of concurrent requests would run inside it. So the connection is
 * acquired under a mutex and every query or transaction waits its turn. A query issued on
 * `db` while a transaction of the same async flow is open on `trx` therefore waits forever:
 * inside a transaction, use `trx`.
 */
export class PgliteDriver implements Driver {
  readonly #mutex = new ConnectionMutex();
  #closed = false;

  constructor(readonly session: PgliteSession) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#closed) throw new Error("the database is closed");
    return new PgliteConnection(this.session, await this.#mutex.lock());
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as PgliteConnection).release();
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const options = [settings.isolationLevel && `isolation level ${settings.isolationLevel}`, settings.accessMode].filter(Boolean);
    (connection as PgliteConnection).inTransaction = true;
    await connection.executeQuery(CompiledQuery.raw(["start transaction", ...options].join(" ")));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
    (connection as PgliteConnection).inTransaction = false;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
    (connection as PgliteConnection).inTransaction = false;
  }

  async savepoint(connection: DatabaseConnection, name: string, _compile: QueryCompiler["compileQuery"]): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteIdentifier(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, _compile: QueryCompiler["compileQuery"]): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to savepoint ${quoteIdentifier(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, _compile: QueryCompiler["compileQuery"]): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release savepoint ${quoteIdentifier(name)}`));
  }

  /** Refuses new work, waits for the holders already queued, then shuts PGlite down so its files are consistent. */
  async destroy(): Promise<void> {
    this.#closed = true;
    const release = await this.#mutex.lock();
    try {
      await this.session.close();
    } finally {
      release();
    }
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
