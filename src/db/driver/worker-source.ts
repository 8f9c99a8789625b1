// Starting a worker thread on one of our modules, whether the process runs from TypeScript source or from built files.

/**
 * The `eval` source of a worker that runs `name` (without extension) beside `importer` (the caller's import.meta.url).
 * From source the module is TypeScript and Node 20 gives workers no loader hooks, so tsx's API loads it.
 */
export function workerSource(importer: string, name: string): string {
  const file = new URL(`./${name}.${importer.endsWith(".ts") ? "ts" : "js"}`, importer).href;
  return file.endsWith(".ts")
    ? `import("tsx/esm/api").then((api) => api.tsImport(${JSON.stringify(file)}, ${JSON.stringify(file)}))`
    : `import(${JSON.stringify(file)})`;
}
