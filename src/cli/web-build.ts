// Builds the admin app (src/web → dist/web) with Vite when its sources changed since the last build.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type * as Vite from "vite";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
/** Where the built app lives; the server serves it under /admin/. */
export const webOutDir = join(repoRoot, "dist", "web");
const hashFile = ".source-hash";

export interface WebBuildResult {
  /** "fresh": the existing build matches the sources; "built": Vite ran; "unavailable": no sources or no Vite. */
  status: "fresh" | "built" | "unavailable";
  /** Wall-clock milliseconds of the Vite build, when one ran. */
  ms?: number;
  reason?: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/** A sha256 over the app's sources and the Vite config: names and contents, in a stable order. */
export function webSourceHash(root = repoRoot): string {
  const files = [...listFiles(join(root, "src", "web")), join(root, "vite.config.ts")].map((path) => relative(root, path).split("\\").join("/")).sort();
  const hash = createHash("sha256");
  for (const file of files)
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(join(root, file)))
      .update("\0");
  return hash.digest("hex");
}

function builtHash(): string | undefined {
  const path = join(webOutDir, hashFile);
  return existsSync(path) ? readFileSync(path, "utf8").trim() : undefined;
}

/**
 * Makes dist/web match src/web: compares the sources' hash with dist/web/.source-hash and runs
 * Vite's build() only when they differ. The build goes to a side directory that replaces
 * dist/web at the end, so a running server never serves half a build.
 */
export async function ensureWebBuild(): Promise<WebBuildResult> {
  if (!existsSync(join(repoRoot, "src", "web", "index.html"))) return { status: "unavailable", reason: "no src/web" };
  const hash = webSourceHash();
  if (builtHash() === hash) return { status: "fresh" };
  let vite: typeof Vite;
  try {
    vite = await import("vite");
  } catch {
    return { status: "unavailable", reason: "vite is not installed" };
  }
  const started = performance.now();
  const sideDir = `${webOutDir}.${process.pid}.tmp`;
  // Under a test runner NODE_ENV is "test", and Vite would then bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await vite.build({ configFile: join(repoRoot, "vite.config.ts"), logLevel: "error", build: { outDir: sideDir, emptyOutDir: true } });
    writeFileSync(join(sideDir, hashFile), `${hash}\n`);
    rmSync(webOutDir, { recursive: true, force: true });
    try {
      renameSync(sideDir, webOutDir);
    } catch (error) {
      // Another process built the same sources at the same moment: its build is as good as ours.
      if (builtHash() !== hash) throw error;
    }
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
    rmSync(sideDir, { recursive: true, force: true });
  }
  return { status: "built", ms: Math.round(performance.now() - started) };
}
