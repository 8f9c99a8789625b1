// Demo feedback from other channels: a few items per centre and quarter, and a wave of phone complaints in
// the Bryansk region's last quarter, so «новые темы периода» has something real to show.
import { periodMonths, parsePeriod, type Methodology, type Period } from "../../core/index.js";
import { insertFeedback, type Db, type FeedbackChannel, type NewFeedback } from "../../db/index.js";
import { voiceTaggerFor } from "../../server/index.js";
import { createRng } from "../synthetic/prng.js";
import { EXTERNAL_FEEDBACK, PHONE_COMPLAINTS } from "../synthetic/comment-texts.js";
import { demoQuarters } from "./demo-world.js";

const channels: readonly FeedbackChannel[] = ["book", "social", "appeal", "media", "other"];
const channelWeights = [40, 30, 20, 5, 5];

/** Writes the demo's external feedback (one transaction); returns how many items. */
export async function seedDemoFeedback(db: Db, m: Methodology): Promise<number> {
  const rng = createRng("demo-feedback");
  const units = await db.selectFrom("org_units").select(["id", "parent_id"]).where("kind", "=", "territorial").orderBy("id").execute();
  const items: NewFeedback[] = [];
  const day = (month: string) => `${month}-${String(1 + rng.int(28)).padStart(2, "0")}`;
  const last = demoQuarters[demoQuarters.length - 1];
  for (const quarter of demoQuarters) {
    const months = periodMonths(parsePeriod(quarter) as Period);
    for (const unit of units) {
      for (let n = rng.int(4); n > 0; n--) {
        const item = rng.pick(EXTERNAL_FEEDBACK);
        const channel = channels[rng.weighted(channelWeights)] ?? "book";
        items.push({
          unitId: unit.id,
          channel,
          receivedOn: day(rng.pick(months)),
          text: item.text,
          rating: channel === "social" || channel === "book" ? (item.rating ?? null) : null,
          link: channel === "social" ? `https://vk.com/wall-100${rng.int(100000)}` : null,
        });
      }
      if (quarter === last && unit.id.startsWith("32-")) {
        for (let n = 4 + rng.int(4); n > 0; n--) {
          items.push({
            unitId: unit.id,
            channel: rng.chance(0.5) ? "appeal" : "social",
            receivedOn: day(rng.pick(months)),
            text: rng.pick(PHONE_COMPLAINTS),
            rating: null,
            link: null,
          });
        }
      }
    }
  }
  const tagger = voiceTaggerFor(m);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < items.length; i += 500) await insertFeedback(trx, items.slice(i, i + 500), tagger, null);
  });
  return items.length;
}
