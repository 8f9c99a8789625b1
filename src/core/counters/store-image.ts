// The byte layout of a counter store's image: a length-prefixed JSON header (dictionaries and the place of each
// row) followed by every row's counts as little-endian 32-bit integers, so a national store reads back in milliseconds.

/** What a counter store is made of: unit ids, the key-value dictionary and its dense rows. */
export interface StoreImage {
  readonly units: readonly string[];
  readonly keys: readonly string[];
  readonly values: readonly string[];
  readonly rows: readonly { readonly month: string; readonly view: number; readonly unit: number; readonly counts: Int32Array }[];
}

interface Header {
  format: typeof FORMAT;
  units: readonly string[];
  keys: readonly string[];
  values: readonly string[];
  /** Per row: month, view index, unit index, number of counts. */
  rows: [string, number, number, number][];
}

const FORMAT = "zvezda-counter-store/1";

/** The image as bytes. */
export function encodeStoreImage(image: StoreImage): Uint8Array {
  const header: Header = {
    format: FORMAT,
    units: image.units,
    keys: image.keys,
    values: image.values,
    rows: image.rows.map((r) => [r.month, r.view, r.unit, r.counts.length]),
  };
  const head = new TextEncoder().encode(JSON.stringify(header));
  const start = 4 + head.length + ((4 - (head.length % 4)) % 4);
  const total = image.rows.reduce((n, r) => n + r.counts.length, 0);
  const bytes = new Uint8Array(start + total * 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, head.length, true);
  bytes.set(head, 4);
  let at = start;
  for (const { counts } of image.rows) {
    for (let i = 0; i < counts.length; i++, at += 4) view.setInt32(at, counts[i] as number, true);
  }
  return bytes;
}

/** The image `encodeStoreImage` wrote; throws on bytes of another layout or cut short. */
export function decodeStoreImage(bytes: Uint8Array): StoreImage {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headLength = bytes.byteLength >= 4 ? view.getUint32(0, true) : Number.NaN;
  if (!(headLength + 4 <= bytes.byteLength)) throw new Error("counter store image: cut short");
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headLength))) as Header;
  if (header.format !== FORMAT) throw new Error(`counter store image: format ${String(header.format)}, expected ${FORMAT}`);
  let at = 4 + headLength + ((4 - (headLength % 4)) % 4);
  const total = header.rows.reduce((n, r) => n + r[3], 0);
  if (at + total * 4 !== bytes.byteLength) throw new Error("counter store image: its rows do not fill it");
  const rows = header.rows.map(([month, viewIndex, unit, length]) => {
    const counts = new Int32Array(length);
    for (let i = 0; i < length; i++, at += 4) counts[i] = view.getInt32(at, true);
    return { month, view: viewIndex, unit, counts };
  });
  return { units: header.units, keys: header.keys, values: header.values, rows };
}
