// Runs a request a button started: busy while it runs, its error in Russian, `onDone` after a success.
import { useState } from "react";

export interface ActionState {
  busy: boolean;
  error?: string;
  setError(message: string | undefined): void;
  /** Runs `request`; true when it succeeded. */
  run(request: () => Promise<unknown>): Promise<boolean>;
}

export function useAction(onDone: () => void): ActionState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async (request: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await request();
      onDone();
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
