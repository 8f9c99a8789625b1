// Reads the plain-SQL migration files NNNN_name.sql of a folder, in order, with checksums.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** One migration file. */
export interface MigrationFile {
  /** The file name without `.sql`, e.g. `0001_init`. */
  name: string;
  /** sha256 of the text with line endings normalised, hex. */
  checksum: string;
  sql: string;
}

/** The folder of the migrations that ship with Zvezda. */
export const defaultMigrationsFolder = new URL("../migrations/", import.meta.url);

const namePattern = /^(\d{4})_[a-z0-9_]+\.sql$/;

/** The checksum of a migration's text; CRLF counts as LF so a checkout on Windows is no change. */
export function migrationChecksum(text: string): string {
  return createHash("sha256").update(text.replaceAll("\r\n", "\n")).digest("hex");
}

/** Lists the folder's migrations in order; a misnamed `.sql` file or a reused number is an error. */
export async function loadMigrationFiles(folder: URL | string = defaultMigrationsFolder): Promise<MigrationFile[]> {
  const path = folder instanceof URL ? fileURLToPath(folder) : folder;
  const names = (await readdir(path)).filter((name) => name.endsWith(".sql")).sort();
  const numbers = new Set<string>();
  const files: MigrationFile[] = [];
  for (const fileName of names) {
    const number = namePattern.exec(fileName)?.[1];
    if (!number) throw new Error(`migration file name must look like 0001_name.sql: ${fileName}`);
    if (numbers.has(number)) throw new Error(`two migrations are numbered ${number}`);
    numbers.add(number);
    const sql = await readFile(`${path}/${fileName}`, "utf8");
    files.push({ name: fileName.slice(0, -4), checksum: migrationChecksum(sql), sql });
  }
  return files;
}
