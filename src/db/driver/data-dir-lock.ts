// An exclusive lock on a PGlite data directory: two processes on one data dir would corrupt it.
import { createHash, randomBytes } from "node:crypto";
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { DatabaseOpenError } from "./database-open-error.js";
import { currentProcess, isGone, type ProcessIdentity } from "./process-identity.js";

const lockName = "zvezda.lock";
/** Lock files this process holds (a second open in one process must fail too). */
const heldHere = new Set<string>();

interface LockRecord extends ProcessIdentity {
  /** Unique per taking, so two generations of a lock never read alike. */
  nonce: string;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Creates `path` holding `record` only if it does not exist (O_EXCL: the atomic step). */
function tryCreate(path: string, record: LockRecord): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(record));
  } finally {
    closeSync(fd);
  }
  return true;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** The holder named by a lock file's text; an old plain-pid file or a half-written one names a pid or nobody. */
function holderOf(text: string): ProcessIdentity | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<LockRecord>;
    if (typeof parsed.pid === "number" && typeof parsed.host === "string")
      return { pid: parsed.pid, host: parsed.host, boot: String(parsed.boot ?? ""), start: String(parsed.start ?? "") };
  } catch {
    // Below.
  }
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && String(pid) === text.trim() ? { pid, host: currentProcess().host, boot: "", start: "" } : undefined;
}

/**
 * Takes `path` for `record`; returns the live holder when another process has it. A stale file (its
 * holder gone) is removed only by the one process that creates its takeover claim — a file named after
 * the stale file's exact text — and only if the text is still that one: no two processes can remove
 * different generations, so exactly one of any number of concurrent openers wins. A claim left by a
 * process that died during a takeover is itself taken over the same way.
 */
function take(path: string, record: LockRecord, depth = 0): ProcessIdentity | undefined {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (tryCreate(path, record)) return undefined;
    const text = readText(path);
    if (text === undefined) continue;
    const holder = holderOf(text);
    // An empty or torn file: a creator between its open and its write. Give it a moment.
    if (holder === undefined) {
      if (attempt < 20) {
        sleep(5);
        continue;
      }
    } else if (!isGone(holder) && !(holder.pid === record.pid && holder.start === record.start && !heldHere.has(path))) {
      return holder;
    }
    const claim = `${path}.takeover-${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
    if (depth > 8) throw new DatabaseOpenError("data-dir-in-use", `Не удалось захватить блокировку ${path} / Could not take lock ${path}`);
    const claimHolder = take(claim, record, depth + 1);
    if (claimHolder !== undefined) {
      // Another live process is taking this stale lock over right now: look again shortly.
      sleep(5);
      continue;
    }
    try {
      if (readText(path) === text) rmSync(path, { force: true });
      if (tryCreate(path, record)) return undefined;
    } finally {
      rmSync(claim, { force: true });
    }
  }
  throw new DatabaseOpenError("data-dir-in-use", `Не удалось захватить блокировку ${path} / Could not take lock ${path}`);
}

/**
 * Takes `<dir>/zvezda.lock` (holding pid, host, boot and start time) and returns its release function.
 * A lock whose holder is certainly gone (see isGone: a reused pid counts as gone) is taken over safely.
 */
export function lockDataDir(dir: string): () => void {
  const path = join(dir, lockName);
  const record: LockRecord = { ...currentProcess(), nonce: randomBytes(8).toString("hex") };
  const holder = take(path, record);
  if (holder !== undefined) {
    const where = holder.host === record.host ? `pid ${holder.pid}` : `pid ${holder.pid} on ${holder.host}`;
    throw new DatabaseOpenError(
      "data-dir-in-use",
      `Каталог данных ${dir} занят другим процессом Zvezda (${where}) / Data directory ${dir} is in use by another Zvezda process (${where})`,
    );
  }
  heldHere.add(path);
  return () => {
    if (!heldHere.delete(path)) return;
    // Remove only our own generation: never a lock someone took over after us.
    if (readText(path) === JSON.stringify(record)) rmSync(path, { force: true });
  };
}
