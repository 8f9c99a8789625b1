// QR code images of survey links: SVG and PNG, error-correction level M, a four-module quiet zone.
import QRCode from "qrcode";

// Level M survives a scuffed or partly covered poster; four modules of margin is the
// quiet zone the QR standard asks for.
const common = { errorCorrectionLevel: "M", margin: 4 } as const;

// A PNG takes ~0.1 s of CPU to draw and the same few links are asked for again and again:
// keep the most recent images (a few KB each), oldest evicted first.
const cacheSize = 256;
const cache = new Map<string, Promise<string | Buffer>>();

function remembered<T extends string | Buffer>(key: string, make: () => Promise<T>): Promise<T> {
  const hit = cache.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  const made = make();
  made.catch(() => cache.delete(key));
  cache.set(key, made);
  if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
  return made;
}

/** An SVG QR code of `text`, scalable (a viewBox), `width` pixels wide when given. */
export function qrSvg(text: string, width?: number): Promise<string> {
  const options = { ...common, type: "svg", ...(width === undefined ? {} : { width }) } as const;
  return remembered(`svg:${width ?? ""}:${text}`, () => QRCode.toString(text, options));
}

/** A PNG QR code of `text`, `width` pixels wide (large enough to print sharply by default). */
export function qrPng(text: string, width = 1024): Promise<Buffer> {
  return remembered(`png:${width}:${text}`, () => QRCode.toBuffer(text, { ...common, type: "png", width }));
}
