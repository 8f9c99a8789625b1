// Wake-ups on the channel the counter triggers notify (migration 0012): LISTEN on a dedicated
// PostgreSQL connection, or PGlite's in-process notifications.
import pg from "pg";
import type { PgliteSession } from "./pglite-session.js";

/** The channel every statement that changes what figures depend on notifies at commit. */
export const changeChannel = "zvezda_changes";

/** Calls `onChange` at every notification; `onLost` once if notifications may stop (the connection failed). Resolves to a stop function. */
export type ChangeListen = (onChange: () => void, onLost: () => void) => Promise<() => Promise<void>>;

/** Listens on PostgreSQL through one connection of its own (outside the pool, as LISTEN needs). */
export function postgresChangeListen(url: string): ChangeListen {
  return async (onChange, onLost) => {
    const client = new pg.Client({ connectionString: url });
    let stopped = false;
    const lost = () => {
      if (!stopped) onLost();
      stopped = true;
    };
    client.on("error", lost);
    client.on("end", lost);
    client.on("notification", (message) => {
      if (message.channel === changeChannel) onChange();
    });
    await client.connect();
    await client.query(`LISTEN ${changeChannel}`);
    return async () => {
      stopped = true;
      await client.end().catch(() => undefined);
    };
  };
}

/** Listens inside PGlite: its notifications arrive in-process. */
export function pgliteChangeListen(session: PgliteSession): ChangeListen {
  return (onChange) => session.listen(changeChannel, onChange);
}
