// Creates a PGlite the way Zvezda runs it, on whichever thread calls: on disk with fsync on, or in memory.
import { PGlite } from "@electric-sql/pglite";
import { durablePgliteOptions } from "./durable-node-fs.js";
import { typeParsers } from "./type-parsers.js";

/** What a PGlite starts from; plain data, so that it can be handed to another thread. */
export interface PgliteStart {
  /** PGlite's own directory; absent: an in-memory database. */
  dir?: string | undefined;
  /** A tarball of a data directory to start a new one from instead of running initdb. */
  template?: Blob | undefined;
  /** PostgreSQL's `shared_buffers`, e.g. "16MB"; PGlite's 128MB when absent. */
  sharedBuffers?: string | undefined;
}

/** Start parameters with `shared_buffers` set, when asked for. */
function withSharedBuffers(startParams: readonly string[], sharedBuffers: string | undefined): string[] {
  if (sharedBuffers === undefined) return [...startParams];
  if (!/^\d+(kB|MB|GB)$/.test(sharedBuffers)) throw new Error(`pgliteSharedBuffers: expected a size such as 16MB, got ${sharedBuffers}`);
  return [...startParams, "-c", `shared_buffers=${sharedBuffers}`];
}

/** Creates and starts the PGlite; rejects when it cannot start. */
export function createPglite(start: PgliteStart): Promise<PGlite> {
  const template = start.template ? { loadDataDir: start.template } : {};
  if (!start.dir) return PGlite.create({ parsers: typeParsers, ...template, startParams: withSharedBuffers(PGlite.defaultStartParams, start.sharedBuffers) });
  const durable = durablePgliteOptions(start.dir);
  const startParams = withSharedBuffers(durable.startParams ?? PGlite.defaultStartParams, start.sharedBuffers);
  return PGlite.create({ parsers: typeParsers, ...template, ...durable, startParams });
}
