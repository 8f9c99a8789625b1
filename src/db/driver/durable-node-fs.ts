// PGlite on disk with fsync on: PGlite starts Postgres with `-F` (fsync off), and its Node filesystem
// ignores fsync anyway; here Postgres's fsync reaches the disk (fs.fsyncSync), so a power loss keeps commits.
import { fsyncSync } from "node:fs";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { NodeFS } from "@electric-sql/pglite/nodefs";

let syncs = 0;
/** fsync calls passed to the disk so far in this process (tests check that commits reach it). */
export const diskSyncCount = (): number => syncs;

interface EmscriptenModule {
  NODEFS?: { stream_ops?: { fsync?: (stream: { nfd?: number }) => number } };
}

/** NodeFS whose streams implement fsync with the host's fsync. */
class DurableNodeFS extends NodeFS {
  override async init(pg: Parameters<NodeFS["init"]>[0], options: Parameters<NodeFS["init"]>[1]) {
    const result = await super.init(pg, options);
    const preRun = result.emscriptenOpts.preRun ?? [];
    result.emscriptenOpts.preRun = [
      ...preRun,
      (module: EmscriptenModule) => {
        const ops = module.NODEFS?.stream_ops;
        // Fail loudly rather than run silently without fsync if a PGlite upgrade changes its internals.
        if (!ops) throw new Error("PGlite's NODEFS has no stream_ops: cannot enable fsync");
        ops.fsync = (stream) => {
          if (stream.nfd !== undefined) {
            fsyncSync(stream.nfd);
            syncs++;
          }
          return 0;
        };
      },
    ];
    return result;
  }
}

/** PGlite's start parameters without `-F`, and the WAL synced with fsync (fdatasync is a no-op in its runtime). */
const durableStartParams = [...PGlite.defaultStartParams.filter((p) => p !== "-F"), "-c", "wal_sync_method=fsync"];

/** Options that open `dir` with fsync on. */
export function durablePgliteOptions(dir: string): Pick<PGliteOptions, "fs" | "startParams"> {
  return { fs: new DurableNodeFS(dir), startParams: durableStartParams };
}
