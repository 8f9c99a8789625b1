// Who holds a lock: pid, host, boot and the process's start time, so a reused pid is told from its holder.
import { readFileSync } from "node:fs";
import { hostname } from "node:os";

/** A process as recorded in a lock file. `boot` and `start` are empty where /proc is not available. */
export interface ProcessIdentity {
  pid: number;
  host: string;
  boot: string;
  start: string;
}

function readOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    return fallback;
  }
}

/** The kernel's id of this boot (Linux), so that pids and start times of an earlier boot never match. */
const bootId = (): string => readOr("/proc/sys/kernel/random/boot_id", "");

/** The start time of `pid` in clock ticks since boot (field 22 of /proc/<pid>/stat), or "" when unknown. */
export function startTimeOf(pid: number): string {
  const stat = readOr(`/proc/${pid}/stat`, "");
  // The command name (field 2) may hold spaces and parentheses: count the fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return fields[19] ?? "";
}

/** This process. */
export function currentProcess(): ProcessIdentity {
  return { pid: process.pid, host: hostname(), boot: bootId(), start: startTimeOf(process.pid) };
}

function pidRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Whether the process `who` is certainly gone: on this host, and either its pid no longer runs, or it
 * runs with another start time or under another boot (the pid was reused). A process of another host,
 * or one whose start time cannot be read, counts as alive: only the operator can tell.
 */
export function isGone(who: ProcessIdentity): boolean {
  if (who.host !== hostname()) return false;
  const boot = bootId();
  if (who.boot !== "" && boot !== "" && who.boot !== boot) return true;
  if (!pidRuns(who.pid)) return true;
  const start = startTimeOf(who.pid);
  return who.start !== "" && start !== "" && who.start !== start;
}
