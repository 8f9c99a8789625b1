// A child process for the data-dir lock test: on {dir} it tries the lock and says whether it won; "release" gives it back.
import { lockDataDir } from "../../../src/db/driver/data-dir-lock.js";

let release: (() => void) | undefined;
process.on("message", (message: { dir?: string; release?: true; exit?: true }) => {
  if (message.dir !== undefined) {
    try {
      release = lockDataDir(message.dir);
      process.send?.({ won: true });
    } catch (error) {
      process.send?.({ won: false, error: (error as Error).message });
    }
  } else if (message.release) {
    release?.();
    release = undefined;
    process.send?.({ released: true });
  } else if (message.exit) process.exit(0);
});
process.send?.({ ready: true });
