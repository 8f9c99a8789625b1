// A Kysely driver over one PGlite instance: a single connection, lent out under a mutex.
import { parse, protocol, type PGlite, type Results } from "@electric-sql/pglite";
import { CompiledQuery, type DatabaseConnection, type Driver, type QueryCompiler, type QueryResult, type TransactionSettings } from "kysely";
import { ConnectionMutex } from "./connection-mutex.js";
import { preparedMarker, statementName } from "./prepared-statements.js";

/** Runs Kysely queries on PGlite; `sql` without parameters may hold several statements. */
class PgliteConnection implements DatabaseConnection {
  /** Names of the statements prepared in this session (see prepared-statements.ts). */
  readonly #prepared = new Set<string>();

  constructor(readonly pglite: PGlite) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const parameters = [...compiledQuery.parameters];
    if (parameters.length > 0 && compiledQuery.sql.startsWith(preparedMarker)) return this.#executePrepared<R>(compiledQuery.sql, parameters);
    // Like `pg`, a query without parameters goes through the simple protocol, which
    // accepts several statements (migration files); with parameters, the extended one.
    const result: Results<R> | undefined =
      parameters.length === 0
        ? ((await this.pglite.exec(compiledQuery.sql)).at(-1) as Results<R> | undefined)
        : await this.pglite.query<R>(compiledQuery.sql, parameters);
    return {
      rows: result?.rows ?? [],
      numAffectedRows: result?.affectedRows === undefined ? undefined : BigInt(result.affectedRows),
    };
  }

  /**
   * Runs a marked statement as a named protocol statement: parsed (and, after a few runs, planned) once per session,
   * then only bound and executed. Its parameters travel as text, their types taken from the statement's casts.
   */
  async #executePrepared<R>(text: string, parameters: unknown[]): Promise<QueryResult<R>> {
    const { serialize } = protocol;
    const name = statementName(text);
    const steps: Uint8Array[] = [];
    if (!this.#prepared.has(name)) steps.push(serialize.parse({ name, text, types: [] }));
    const values = parameters.map((v) =>
      v === null || v === undefined
        ? null
        : typeof v === "string"
          ? v
          : v instanceof Date
            ? v.toISOString()
            : typeof v === "object"
              ? JSON.stringify(v)
              : String(v),
    );
    steps.push(serialize.bind({ statement: name, values }), serialize.describe({ type: "P" }), serialize.execute({}), serialize.sync());
    const message = new Uint8Array(steps.reduce((n, m) => n + m.length, 0));
    steps.reduce((at, m) => (message.set(m, at), at + m.length), 0);
    // The protocol methods skip PGlite's own query lock (its LISTEN runs queries of its own): taken here.
    const { messages } = await this.pglite.runExclusive(() => this.pglite.execProtocol(message));
    this.#prepared.add(name);
    const [result] = parse.parseResults(messages, this.pglite.parsers) as Results<R>[];
    return { rows: result?.rows ?? [], numAffectedRows: result?.affectedRows === undefined ? undefined : BigInt(result.affectedRows) };
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
  readonly #connection: PgliteConnection;
  readonly #mutex = new ConnectionMutex();
  #release: (() => void) | undefined;
  #closed = false;

  constructor(pglite: PGlite) {
    this.#connection = new PgliteConnection(pglite);
  }

  async init(): Promise<void> {
    await this.#connection.pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#closed) throw new Error("the database is closed");
    this.#release = await this.#mutex.lock();
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const options = [settings.isolationLevel && `isolation level ${settings.isolationLevel}`, settings.accessMode].filter(Boolean);
    await connection.executeQuery(CompiledQuery.raw(["start transaction", ...options].join(" ")));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
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
      if (!this.#connection.pglite.closed) await this.#connection.pglite.close();
    } finally {
      release();
    }
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
