// The structured (JSON, pino) logger the server and the CLI write to.
import { pino, type DestinationStream, type Logger } from "pino";
import type { LogLevel } from "./config.js";

/** The kiosk's secret token in a path (`/k/<token>…`). */
const kioskToken = /^(\/k\/)[^/?#]+/;

/**
 * What a request's log line says of it: method, host and path, without the kiosk's token and without
 * the client's address (a respondent's IP is personal data, kept nowhere, logs included).
 */
export function requestLogFields(request: { method: string; url: string; host?: string }): { method: string; url: string; host?: string } {
  return { method: request.method, url: request.url.replace(kioskToken, "$1…"), ...(request.host === undefined ? {} : { host: request.host }) };
}

/** A pino logger writing JSON lines to stdout (or `destination`) at `level`. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino({ level, base: { service: "zvezda" }, serializers: { req: requestLogFields } }, destination);
}
