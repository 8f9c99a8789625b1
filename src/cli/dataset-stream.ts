// Reads a dataset file in two streaming passes, so that a file of a million responses never sits in
// memory: first everything but the responses (units, objective entries — small), then the responses
// one at a time, each checked by the core before anything is written.
import { createReadStream } from "node:fs";
import { parser } from "stream-json";
import { DuplicateKeyError, ValueAssembler, type JsonToken, type Problem } from "../core/index.js";

/** A file that is not well-formed JSON (or repeats a key): the problem the core would report. */
export class DatasetSyntaxError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

async function* tokensOf(path: string): AsyncGenerator<JsonToken> {
  const tokens = parser.asStream({ packValues: true, streamValues: false });
  const source = createReadStream(path);
  source.on("error", (error) => tokens.destroy(error));
  source.pipe(tokens);
  try {
    for await (const token of tokens) yield token as JsonToken;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code) throw error;
    throw new DatasetSyntaxError({ code: "invalid_json", path: "", detail: (error as Error).message });
  } finally {
    source.destroy();
    tokens.destroy();
  }
}

/**
 * Walks the top-level object: `onValue(key, value)` for every member (`responses` reported as an
 * empty array when it is one), the elements of `responses` to `onResponse(value, index)` —
 * assembled only when `assembleResponses` is set, otherwise skipped and only counted.
 * A document that is not an object reports `onValue("", undefined)`.
 */
async function walk(
  path: string,
  assembleResponses: boolean,
  onValue: (key: string, value: unknown) => void,
  onResponse: (value: unknown, index: number) => Promise<void> | void,
): Promise<void> {
  const assembler = new ValueAssembler();
  const keys = new Set<string>();
  let depth = 0;
  let key: string | undefined;
  let index = 0;
  let skipDepth = 0;
  try {
    for await (const token of tokensOf(path)) {
      if (depth === 0) {
        if (token.name !== "startObject") return onValue("", undefined);
        depth = 1;
      } else if (depth === 1 && !assembler.busy && token.name === "endObject") {
        depth = 3; // the end; the parser still refuses anything after it
      } else if (depth === 1 && !assembler.busy && token.name === "keyValue") {
        if (keys.has(token.value)) throw new DuplicateKeyError(token.value);
        keys.add(token.value);
        key = token.value;
      } else if (depth === 1 && !assembler.busy && key === "responses" && token.name === "startArray") {
        onValue(key, []);
        depth = 2;
      } else if (depth === 2 && !assembler.busy && skipDepth === 0 && token.name === "endArray") {
        depth = 1;
      } else if (depth === 2 && !assembleResponses) {
        if (token.name === "startObject" || token.name === "startArray") skipDepth += 1;
        else if (token.name === "endObject" || token.name === "endArray") skipDepth -= 1;
        if (skipDepth === 0 && token.name !== "keyValue") await onResponse(undefined, index++);
      } else if (assembler.push(token)) {
        const value = assembler.take();
        if (depth === 2) await onResponse(value, index++);
        else onValue(key!, value);
      }
    }
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw new DatasetSyntaxError({ code: "invalid_json", path: "", detail: error.message });
    throw error;
  }
}

/** The dataset with `responses: []` (when it has them), and how many responses the file holds. */
export async function readDatasetSkeleton(path: string): Promise<{ value: unknown; responseCount: number }> {
  const members = new Map<string, unknown>();
  let isObject = true;
  let responseCount = 0;
  await walk(
    path,
    false,
    (key, value) => {
      if (key === "") isObject = false;
      else members.set(key, value);
    },
    () => {
      responseCount += 1;
    },
  );
  return { value: isObject ? Object.fromEntries(members) : null, responseCount };
}

/** Every element of `responses`, in file order, assembled one at a time. */
export async function forEachResponse(path: string, onResponse: (value: unknown, index: number) => Promise<void> | void): Promise<void> {
  await walk(path, true, () => undefined, onResponse);
}
