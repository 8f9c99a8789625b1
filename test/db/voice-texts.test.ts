// Voice texts: the survey statement, the import and the sweep store tagged texts; full-text search with
// highlights and filters; theme tallies leave excluded responses out; external feedback and corrections.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { loadDefaultMethodology } from "../../src/cli/methodology-files.js";
import { syncMethodologies } from "../../src/cli/methodology-sync.js";
import {
  correctVoiceThemes,
  countVoiceTexts,
  findVoiceText,
  importDataset,
  insertFeedback,
  searchVoiceTexts,
  storeSurveyResponses,
  sweepVoiceTexts,
  taggedResponseTexts,
  tallyThemes,
  themeMonths,
  type Database,
  type ResponseWithCells,
} from "../../src/db/index.js";
import { voiceTaggerFor } from "../../src/server/voice/theme-taxonomy-file.js";
import { addBryanskCentres, backends, openTestDatabase } from "../support/databases.js";
import { seekerSubmission } from "../support/survey-submission.js";

const m = loadDefaultMethodology();
const tagger = voiceTaggerFor(m);

function submission(id: string, unit: string, answers: Record<string, number | string>, comments: Record<string, string>): ResponseWithCells {
  return seekerSubmission({
    id,
    unit,
    answers,
    comments,
    token: `t-${id}`,
    deviceHash: null,
    texts: taggedResponseTexts(m, tagger, "seeker", answers, comments),
  });
}

describe.each(backends)("voice texts on %s", (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    await syncMethodologies(database.db, [m], m);
    await addBryanskCentres(database.db);
    await storeSurveyResponses(database.db, [
      submission(
        "v1",
        "32-01",
        { q9: 2, q14: "other", q14other: "мессенджер" },
        { q9: "Очередь огромная, ждали два часа", suggestions: "Сделайте электронную очередь" },
      ),
      submission("v2", "32-02", { q11: 3 }, { q11: "Сотрудники грубят и хамят" }),
      submission("v3", "32-01", { q1: 10 }, {}),
    ]);
    await importDataset(
      database.db,
      {
        format: "zvezda-dataset/1",
        units: [],
        objective: [],
        responses: [
          {
            id: "v4",
            unit: "32-02",
            respondent: "seeker",
            submittedAt: "2025-05-10T09:00:00Z",
            answers: { q3: 3 },
            comments: { q3: "Автобус до центра ходит редко, ждать очереди тоже долго" },
          },
        ],
      },
      m,
      undefined,
      tagger,
    );
    await importDataset(
      database.db,
      {
        format: "zvezda-dataset/1",
        units: [],
        objective: [],
        responses: [
          {
            id: "v5",
            unit: "32-01",
            respondent: "seeker",
            submittedAt: "2025-05-11T09:00:00Z",
            answers: { q9: 1 },
            comments: { q9: "В очереди стояли час" },
            excluded: true,
          },
        ],
      },
      m,
    );
  });
  afterAll(() => database?.close());

  it("stores the survey's texts with the response, tagged, with the answer they are about", async () => {
    const rows = await database.db
      .selectFrom("voice_texts")
      .select(["response_id", "source_key", "kind", "score", "themes", "negative", "tagged_by"])
      .where("response_id", "in", ["v1", "v2", "v3"])
      .orderBy("response_id")
      .orderBy("source_key")
      .execute();
    expect(rows).toEqual([
      { response_id: "v1", source_key: "q14other", kind: "other", score: null, themes: ["website"], negative: false, tagged_by: "2026.1" },
      { response_id: "v1", source_key: "q9", kind: "note", score: 2, themes: ["queue"], negative: true, tagged_by: "2026.1" },
      { response_id: "v1", source_key: "suggestions", kind: "suggestion", score: null, themes: ["queue"], negative: true, tagged_by: "2026.1" },
      { response_id: "v2", source_key: "q11", kind: "note", score: 3, themes: ["politeness"], negative: true, tagged_by: "2026.1" },
    ]);
    const pending = await database.db.selectFrom("responses").select("id").where("voice_pending", "=", true).orderBy("id").execute();
    expect(pending.map((r) => r.id)).toEqual(["v5"]);
  });

  it("sweeps responses written without their texts, once", async () => {
    expect(await sweepVoiceTexts(database.db, tagger)).toEqual({ responses: 1, texts: 1, retagged: 0 });
    expect(await sweepVoiceTexts(database.db, tagger)).toEqual({ responses: 0, texts: 0, retagged: 0 });
  });

  it("finds inflected forms with highlights, marks excluded responses, and keeps search input a parameter", async () => {
    const months = ["2025-04", "2025-05"];
    const found = await searchVoiceTexts(database.db, { months, query: "очередь" }, { limit: 10, offset: 0 });
    expect(found.hits.map((h) => h.responseId).sort()).toEqual(["v1", "v1", "v4", "v5"]);
    const v1 = found.hits.find((h) => h.responseId === "v1" && h.sourceKey === "q9")!;
    expect(v1.headline).toBe("\uE000Очередь\uE001 огромная, ждали два часа");
    expect(found.hits.find((h) => h.responseId === "v5")!.excluded).toBe(true);
    const hostile = await searchVoiceTexts(database.db, { months, query: "'); drop table voice_texts; --" }, { limit: 10, offset: 0 });
    expect(hostile.hits).toEqual([]);
    expect(await countVoiceTexts(database.db, { months }, 100)).toBe(6);
    const narrowed = await searchVoiceTexts(
      database.db,
      { months, query: "очередь -автобус", unitIds: ["32-02", "32-01"], scoreRange: [1, 4], theme: "queue" },
      { limit: 10, offset: 0 },
    );
    expect(narrowed.hits.map((h) => `${h.responseId}:${h.sourceKey}`).sort()).toEqual(["v1:q9", "v5:q9"]);
  });

  it("tallies themes and negative texts without excluded responses, per month too", async () => {
    const tally = await tallyThemes(database.db, { months: ["2025-04", "2025-05"] });
    expect(tally.total).toBe(5);
    expect(tally.negative).toBe(4);
    expect(tally.themes.get("queue")).toEqual({ count: 3, negative: 3 });
    expect(tally.themes.get("location")).toEqual({ count: 1, negative: 1 });
    const months = await themeMonths(database.db, { months: ["2025-04", "2025-05"] });
    expect(months.filter((r) => r.theme === null)).toEqual(
      expect.arrayContaining([
        { month: "2025-04", theme: null, count: 4 },
        { month: "2025-05", theme: null, count: 1 },
      ]),
    );
    expect(months.find((r) => r.month === "2025-04" && r.theme === "queue")?.count).toBe(2);
  });

  it("finds a text by its local month when its instant falls in the month before (UTC)", async () => {
    // 22:30 UTC on 31 May is 01:30 on 1 June in Bryansk (UTC+3): a June text, stored with a May instant.
    const dataset = {
      format: "zvezda-dataset/1" as const,
      units: [],
      objective: [],
      responses: [
        {
          id: "v6",
          unit: "32-02",
          respondent: "seeker" as const,
          submittedAt: "2025-05-31T22:30:00Z",
          answers: { q9: 2 },
          comments: { q9: "Полночь, а очередь" },
        },
      ],
    };
    await importDataset(database.db, dataset, m, undefined, tagger);
    const june = await searchVoiceTexts(database.db, { months: ["2025-06"] }, { limit: 10, offset: 0 });
    expect(june.hits.map((h) => h.text)).toEqual(["Полночь, а очередь"]);
    const may = await searchVoiceTexts(database.db, { months: ["2025-05"] }, { limit: 10, offset: 0 });
    expect(may.hits.map((h) => h.text)).not.toContain("Полночь, а очередь");
    await sql`delete from voice_texts where response_id = 'v6'`.execute(database.db);
    await sql`delete from responses where id = 'v6'`.execute(database.db);
  });

  it("stores external feedback tagged beside survey texts and keeps a correction through a re-tagging", async () => {
    const [id] = await database.db.transaction().execute((trx) =>
      insertFeedback(
        trx,
        [
          {
            unitId: "32-01",
            channel: "social",
            receivedOn: "2025-04-20",
            text: "Не дозвониться на горячую линию",
            rating: 1,
            link: "https://vk.com/wall-1_2",
          },
        ],
        tagger,
        null,
      ),
    );
    const found = await searchVoiceTexts(database.db, { months: ["2025-04"], channel: "social" }, { limit: 10, offset: 0 });
    expect(found.hits).toHaveLength(1);
    expect(found.hits[0]).toMatchObject({ feedbackId: id, themes: ["phone"], negative: true, rating: 1, link: "https://vk.com/wall-1_2", kind: "feedback" });
    const text = (await findVoiceText(database.db, found.hits[0]!.id))!;
    await correctVoiceThemes(database.db, text.id, text.themes, ["phone", "information"], null);
    await sql`update voice_texts set tagged_by = 'old'`.execute(database.db);
    expect((await sweepVoiceTexts(database.db, tagger)).retagged).toBe(6);
    expect((await findVoiceText(database.db, text.id))!.themes).toEqual(["phone", "information"]);
  });
});
