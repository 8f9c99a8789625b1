// Uploads within bounds (units, objective data, external feedback): a shared-strings zip bomb and a 900,000-row sheet are refused before parsing, uploads are
// limited per user and in all, and the survey keeps answering while the worst files are processed.
import { deflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inspectWorkbookZip, WorkbookRefusal } from "../../../src/server/uploads/zip-inspection.js";
import { enterUpload, uploadConcurrency } from "../../../src/server/uploads/workbook-reader.js";
import { adminClient, type AdminClient } from "../../support/admin-api.js";
import { startAuthServer } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import { testUnits, type SurveyServer } from "../../support/survey-server.js";

/** A zip of deflated entries; `declare` overrides an entry's declared uncompressed size (a lying directory). */
function zipOf(entries: { name: string; data: Buffer; declare?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const packed = deflateRawSync(entry.data, { level: 9 });
    const size = entry.declare ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const contentTypes = {
  name: "[Content_Types].xml",
  data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
};

/** Shared strings that expand to `megabytes` MB: one long string, a few hundred KB packed. */
function sharedStringsBomb(megabytes: number): Buffer {
  const text = Buffer.alloc(megabytes * 1024 * 1024, "A");
  return zipOf([contentTypes, { name: "xl/sharedStrings.xml", data: Buffer.concat([Buffer.from("<sst><si><t>"), text, Buffer.from("</t></si></sst>")]) }]);
}

/** A sheet of `rows` rows, one inline string each (900,000 rows pack to a few MB). */
function tallSheet(rows: number): Buffer {
  const parts: string[] = ["<worksheet><sheetData>"];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>x</t></is></c></row>`);
  parts.push("</sheetData></worksheet>");
  return zipOf([contentTypes, { name: "xl/worksheets/sheet1.xml", data: Buffer.from(parts.join("")) }]);
}

describe("zip inspection", () => {
  const limits = { maxUncompressedBytes: 32 * 1024 * 1024, maxRows: 5_100, maxEntries: 100 };
  const reasonOf = (zip: Buffer) => {
    try {
      inspectWorkbookZip(zip, limits);
      return "accepted";
    } catch (error) {
      return error instanceof WorkbookRefusal ? error.reason : `threw ${String(error)}`;
    }
  };
  it("refuses by the declared sizes, by the real sizes when the directory lies, and by rows", () => {
    expect(reasonOf(sharedStringsBomb(40))).toBe("too_large");
    const lying = zipOf([contentTypes, { name: "xl/sharedStrings.xml", data: Buffer.alloc(8 * 1024 * 1024, "A"), declare: 1000 }]);
    expect(reasonOf(lying)).toBe("too_large");
    expect(reasonOf(tallSheet(5_101))).toBe("too_many_rows");
    expect(reasonOf(tallSheet(100))).toBe("accepted");
    expect(reasonOf(Buffer.from("not a zip at all, just some text here"))).toBe("unreadable");
  });
});

describe("upload slots", () => {
  it("lets one upload per user and a few in all, and gives the slots back", () => {
    const leaveA = enterUpload("a");
    expect(() => enterUpload("a")).toThrow(/предыдущий файл/);
    const others = Array.from({ length: uploadConcurrency.total - 1 }, (_, i) => enterUpload(`other-${i}`));
    expect(() => enterUpload("b")).toThrow(/другие загрузки/);
    leaveA();
    leaveA();
    const leaveB = enterUpload("b");
    leaveB();
    for (const leave of others) leave();
  });
});

describe.each(backends)("upload bounds over HTTP on %s", (backend) => {
  let server: SurveyServer;
  let fadmin: AdminClient, radmin: AdminClient, umanager: AdminClient;
  beforeAll(async () => {
    server = await startAuthServer(backend);
    [fadmin, radmin, umanager] = await Promise.all([adminClient(server, "fadmin"), adminClient(server, "radmin"), adminClient(server, "umanager")]);
  });
  afterAll(async () => server?.close());

  it("refuses a shared-strings bomb with 413 and a 900,000-row sheet with 422, while the survey answers promptly", { timeout: 120_000 }, async () => {
    const bomb = sharedStringsBomb(400);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const tall = tallSheet(900_000);
    expect(tall.length).toBeLessThan(10 * 1024 * 1024);

    const latencies: number[] = [];
    let uploading = true;
    const probe = (async () => {
      while (uploading) {
        const started = performance.now();
        const page = await server.app.inject({ method: "GET", url: `/s/${testUnits.open}` });
        expect(page.statusCode).toBe(200);
        latencies.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const [bombed, rows] = await Promise.all([
      fadmin.upload("/api/units/import?region=32", "bomb.xlsx", bomb),
      radmin.upload("/api/units/import?region=32", "tall.xlsx", tall),
    ]);
    const objectiveBomb = await umanager.upload("/api/objective/import?period=2025-Q2", "bomb.xlsx", bomb);
    const feedbackBomb = await radmin.upload("/api/voice/feedback/import", "bomb.xlsx", bomb);
    uploading = false;
    await probe;
    expect(bombed.statusCode, bombed.body).toBe(413);
    expect(bombed.json().error.message).toContain("распаковывается");
    // 900,000 rows unpack to ~60 MB: refused by the directory's sizes already (413), or by the rows (422).
    expect([413, 422], rows.body).toContain(rows.statusCode);
    const rowsOnly = await radmin.upload("/api/units/import?region=32", "rows.xlsx", tallSheet(20_000));
    expect(rowsOnly.statusCode, rowsOnly.body).toBe(422);
    expect(rowsOnly.json().error.message).toContain("строк");
    expect(objectiveBomb.statusCode, objectiveBomb.body).toBe(413);
    expect(feedbackBomb.statusCode, feedbackBomb.body).toBe(413);
    latencies.sort((a, b) => a - b);
    const p99 = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))]!;
    expect(latencies.length).toBeGreaterThan(3);
    console.log(`survey start page during the uploads: ${latencies.length} requests, p99 ${p99.toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms`);
    expect(p99).toBeLessThan(500);
    // Nothing was written.
    expect(await server.database.db.selectFrom("audit_log").select("id").where("action", "=", "unit.import").executeTakeFirst()).toBeUndefined();
  });
});
