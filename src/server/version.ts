// The running version of Zvezda, as package.json states it.
import { readFileSync } from "node:fs";

/** package.json's version; read at run time so it is right from src/ and dist/ alike. */
export const version: string = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
