// Content-Disposition for downloads with Russian file names (RFC 6266 / RFC 5987).

/**
 * `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>`: browsers use the
 * UTF-8 name, old clients the fallback (non-ASCII letters replaced by `_`).
 */
export function attachmentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** A file name part without characters file systems refuse. */
export function safeFilePart(text: string): string {
  return [...text]
    .map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? "_" : c))
    .join("")
    .trim()
    .slice(0, 80);
}
