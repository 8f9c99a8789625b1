// Checks an XLSX (a zip) before anything parses it: the central directory's sizes, each entry inflated
// under a cap (so a lying directory is caught too), and the rows of every worksheet counted.
import { inflateRawSync } from "node:zlib";

export interface WorkbookLimits {
  /** Sum of the entries' uncompressed sizes. */
  maxUncompressedBytes: number;
  /** Rows of all worksheets together (`<row` elements). */
  maxRows: number;
  /** Entries in the zip. */
  maxEntries: number;
}

/** Why a workbook is refused: `too_large` (a zip bomb, 413) or `unreadable`/`too_many_rows` (422). */
export class WorkbookRefusal extends Error {
  constructor(
    readonly reason: "too_large" | "too_many_rows" | "unreadable",
    message: string,
  ) {
    super(message);
  }
}

const megabytes = (n: number) => `${Math.round(n / 1024 / 1024)} МБ`;
const unreadable = () => new WorkbookRefusal("unreadable", "Файл не читается как книга Excel (XLSX)");

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/** The central directory's entries; throws when the zip's structure is broken or uses Zip64. */
function centralDirectory(zip: Buffer, maxEntries: number): Entry[] {
  const minEnd = Math.max(0, zip.length - 22 - 0xffff);
  let end = -1;
  for (let i = zip.length - 22; i >= minEnd; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw unreadable();
  const count = zip.readUInt16LE(end + 10);
  const offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new WorkbookRefusal("too_large", "Книги Excel в формате Zip64 не принимаются");
  if (count > maxEntries) throw new WorkbookRefusal("too_large", `В книге больше ${maxEntries} частей`);
  const entries: Entry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw unreadable();
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's bytes, inflated to at most its declared size (a lying directory throws). */
function entryBytes(zip: Buffer, entry: Entry): Buffer {
  const local = entry.localOffset;
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw unreadable();
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw unreadable();
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw new WorkbookRefusal("too_large", "Файл распаковывается в больше данных, чем заявлено: он не принят");
    }
    throw unreadable();
  }
}

/** Counts `<row` elements (with or without a namespace prefix) in a worksheet's XML. */
function rowCount(xml: Buffer): number {
  let count = 0;
  const rows = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;
  const text = xml.toString("latin1");
  while (rows.exec(text) !== null) count++;
  return count;
}

/** Throws a WorkbookRefusal when the workbook `zip` breaks `limits`; reads nothing more than the limits allow. */
export function inspectWorkbookZip(zip: Buffer, limits: WorkbookLimits): void {
  if (zip.length < 22) throw unreadable();
  const entries = centralDirectory(zip, limits.maxEntries);
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.maxUncompressedBytes) {
    throw new WorkbookRefusal(
      "too_large",
      `Книга распаковывается в ${megabytes(declared)}, допускается не больше ${megabytes(limits.maxUncompressedBytes)}: файл не принят`,
    );
  }
  let rows = 0;
  for (const entry of entries) {
    const bytes = entryBytes(zip, entry);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) {
      rows += rowCount(bytes);
      if (rows > limits.maxRows)
        throw new WorkbookRefusal("too_many_rows", `В книге больше ${limits.maxRows.toLocaleString("ru-RU")} строк: разделите файл на части`);
    }
  }
}
