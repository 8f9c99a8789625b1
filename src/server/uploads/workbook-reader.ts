// Reads an uploaded XLSX in a worker thread under limits (zip sizes, rows, heap, time), one upload per user
// and a few in all at once: a hostile file costs a worker, never the server's heap or event loop.
import { Worker } from "node:worker_threads";
import { workerSource } from "../../db/index.js";
import { BadRequestError, PayloadTooLargeError, RejectedError, TooManyRequestsError } from "../errors/app-errors.js";
import { bookView, type BookView, type WorkbookJobResult } from "./plain-workbook.js";
import type { WorkbookLimits } from "./zip-inspection.js";

export type { WorkbookLimits } from "./zip-inspection.js";

/** Uploads parsed at once, per user and in all; more answer 429. */
export const uploadConcurrency = { perUser: 1, total: 2 } as const;
/** A worker's heap and time: far above any honest template, far below the server's. */
const workerHeapMb = 256;
const workerTimeoutMs = 60_000;

const running = new Map<string, number>();
let runningTotal = 0;

/** Takes a slot for `userId` or throws 429; the returned function gives it back. */
export function enterUpload(userId: string): () => void {
  if (runningTotal >= uploadConcurrency.total) throw new TooManyRequestsError("Сервер уже обрабатывает другие загрузки файлов: повторите через минуту");
  if ((running.get(userId) ?? 0) >= uploadConcurrency.perUser) throw new TooManyRequestsError("Ваш предыдущий файл ещё обрабатывается: дождитесь результата");
  runningTotal++;
  running.set(userId, (running.get(userId) ?? 0) + 1);
  let left = false;
  return () => {
    if (left) return;
    left = true;
    runningTotal--;
    const mine = (running.get(userId) ?? 1) - 1;
    if (mine === 0) running.delete(userId);
    else running.set(userId, mine);
  };
}

function runWorker(bytes: Buffer, limits: WorkbookLimits): Promise<WorkbookJobResult> {
  return new Promise((resolve) => {
    const copy = new Uint8Array(bytes);
    const worker = new Worker(workerSource(import.meta.url, "workbook-worker"), {
      eval: true,
      workerData: { bytes: copy, limits },
      transferList: [copy.buffer],
      resourceLimits: { maxOldGenerationSizeMb: workerHeapMb },
    });
    let settled = false;
    const settle = (result: WorkbookJobResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => settle({ ok: false, reason: "timeout", message: "Файл обрабатывается слишком долго: разделите его на части" }),
      workerTimeoutMs,
    );
    worker.once("message", (result: WorkbookJobResult) => settle(result));
    worker.once("error", (error: Error & { code?: string }) =>
      settle(
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? { ok: false, reason: "out_of_memory", message: "Файл слишком сложен для обработки: разделите его на части" }
          : { ok: false, reason: "unreadable", message: "Файл не читается как книга Excel (XLSX)", detail: String(error) },
      ),
    );
    worker.once("exit", () => settle({ ok: false, reason: "unreadable", message: "Файл не читается как книга Excel (XLSX)" }));
  });
}

/**
 * The workbook in `bytes`, read in a worker within `limits`. Throws 413 for a zip bomb or a file too heavy
 * to parse, 422 for too many rows or too long a parse, 400 for a file that is not a workbook.
 */
export async function readWorkbookBounded(bytes: Buffer, limits: WorkbookLimits): Promise<BookView> {
  const result = await runWorker(bytes, limits);
  if (result.ok) return bookView(result.sheets);
  switch (result.reason) {
    case "too_large":
    case "out_of_memory":
      throw new PayloadTooLargeError(result.message);
    case "too_many_rows":
    case "timeout":
      throw new RejectedError("workbook_refused", result.message);
    default:
      throw new BadRequestError(result.message);
  }
}
