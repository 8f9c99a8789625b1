// Where tests keep their databases and templates: a RAM-backed directory when the machine has a roomy one, else the temp dir.
import { accessSync, constants, statfsSync } from "node:fs";
import { tmpdir } from "node:os";

const roomy = 4 * 1024 ** 3;

function ramBacked(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    const stats = statfsSync(path);
    return stats.bavail * stats.bsize >= roomy;
  } catch {
    return false;
  }
}

/**
 * /dev/shm when it is writable with 4 GiB free, else os.tmpdir(). Tests copy a 150 MB seeded database per browser
 * file and fsync at every commit; on tmpfs that is a third of the time, and the page cache cannot evict the templates.
 * (A container's default /dev/shm is 64 MB: too small, so the temp dir is used there.)
 */
export const scratchRoot: string = ramBacked("/dev/shm") ? "/dev/shm" : tmpdir();
