// Group commit for survey submissions: requests that arrive while a write is in flight are stored
// together by the next one, so under load one statement and one commit serve many respondents,
// and a lone submission is written at once, without waiting.
import { storeSurveyResponses, type Db, type ResponseWithCells } from "../../db/index.js";

export type StoreOutcome = "stored" | "duplicate";

export interface ResponseBatcher {
  /** Resolves once the response and its counters are committed (or found to be a duplicate). */
  store(item: ResponseWithCells): Promise<StoreOutcome>;
}

export interface BatcherOptions {
  /** Responses per statement at most. */
  maxBatch: number;
  /** Statements in flight at once (PGlite has a single connection). */
  maxInFlight: number;
}

interface Waiting {
  item: ResponseWithCells;
  resolve: (outcome: StoreOutcome) => void;
  reject: (error: unknown) => void;
}

export function createResponseBatcher(db: Db, options: BatcherOptions): ResponseBatcher {
  const queue: Waiting[] = [];
  let inFlight = 0;
  let scheduled = false;

  async function write(batch: Waiting[]): Promise<void> {
    try {
      const outcomes = await storeSurveyResponses(
        db,
        batch.map((w) => w.item),
      );
      batch.forEach((w, i) => w.resolve(outcomes[i]!));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      // One bad response must not fail the others: store them one by one.
      await Promise.all(batch.map((w) => write([w])));
    }
  }

  /**
   * Forms batches after the requests the event loop is handling now have queued theirs: PGlite runs each statement
   * on this thread, so requests that arrive meanwhile are only read once it has finished, and taking the first
   * of them alone at once would write one response per statement. A lone submission waits one turn of the loop.
   */
  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      pump();
    });
  }

  function pump(): void {
    while (inFlight < options.maxInFlight && queue.length > 0) {
      const batch = queue.splice(0, options.maxBatch);
      inFlight += 1;
      void write(batch).finally(() => {
        inFlight -= 1;
        schedule();
      });
    }
  }

  return {
    store(item) {
      return new Promise<StoreOutcome>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        schedule();
      });
    },
  };
}
