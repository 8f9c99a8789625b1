// The evidence screens' data, shaped from the stored flags and responses: a burst as a timeline,
// duplicate pairs with the answers that differ, the devices involved.
import { answerFields, answerLabel, type Methodology, type View } from "../../core/index.js";
import type { FlaggedResponse, ResponseContent } from "../../db/index.js";
import type { DuplicatePair, TimelinePoint } from "../../contract/quality.js";

type AnswerDifference = DuplicatePair["differences"][number];

/** The answers on which two responses of `view` differ (a skipped answer is null), and how many they share. */
export function compareAnswers(
  m: Methodology,
  view: View,
  a: Record<string, unknown>,
  b: Record<string, unknown>,
): { same: number; differences: AnswerDifference[] } {
  const questions = answerFields(m, view);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const differences: AnswerDifference[] = [];
  let same = 0;
  for (const key of keys) {
    const x = a[key] ?? null,
      y = b[key] ?? null;
    if (JSON.stringify(x) === JSON.stringify(y)) same++;
    else {
      const q = questions.get(key);
      differences.push({
        key,
        value: x,
        other: y,
        question: q?.question ?? key,
        answer: answerLabel(m, q?.field, x),
        otherAnswer: answerLabel(m, q?.field, y),
      });
    }
  }
  return { same, differences };
}

/** The near-duplicate pairs of `response` with the partners the engine named. */
export function duplicatePairs(m: Methodology, flag: FlaggedResponse, contents: ReadonlyMap<string, ResponseContent>): DuplicatePair[] {
  const self = contents.get(flag.id);
  if (!self) return [];
  const partners = new Set(flag.reasons.filter((r) => r.code === "near_duplicate").flatMap((r) => r.related ?? []));
  return [...partners]
    .map((id) => contents.get(id))
    .filter((c): c is ResponseContent => c !== undefined)
    .map((other) => ({ id: self.id, otherId: other.id, ...compareAnswers(m, self.respondent, self.answers, other.answers) }));
}

/** Every response a flag's reasons name as evidence. */
export function relatedIds(flags: readonly FlaggedResponse[]): string[] {
  const ids = new Set<string>();
  for (const f of flags) for (const r of f.reasons) for (const id of r.related ?? []) ids.add(id);
  for (const f of flags) ids.delete(f.id);
  return [...ids].sort();
}

/** The responses on a timeline, by submission time; flags give score and status where they exist. */
export function timeline(contents: readonly ResponseContent[], flags: ReadonlyMap<string, FlaggedResponse>): TimelinePoint[] {
  return [...contents]
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || (a.id < b.id ? -1 : 1))
    .map((c) => {
      const f = flags.get(c.id);
      return {
        id: c.id,
        unitId: c.unitId,
        submittedAt: c.submittedAt.toISOString(),
        startedAt: c.durationSec === null ? null : new Date(c.submittedAt.getTime() - c.durationSec * 1000).toISOString(),
        durationSec: c.durationSec,
        device: c.device,
        channel: c.channel,
        score: f?.score ?? null,
        status: f?.status ?? null,
      };
    });
}

/** The distinct reasons (by code, the strongest text) of a set of flags, strongest first. */
export function distinctReasons(flags: readonly FlaggedResponse[]): { code: string; text: string; weight: number; count: number }[] {
  const by = new Map<string, { code: string; text: string; weight: number; count: number }>();
  for (const f of flags) {
    for (const r of f.reasons) {
      const seen = by.get(r.code);
      if (!seen) by.set(r.code, { code: r.code, text: r.text, weight: r.weight, count: 1 });
      else {
        seen.count++;
        if (r.weight > seen.weight) Object.assign(seen, { text: r.text, weight: r.weight });
      }
    }
  }
  return [...by.values()].sort((a, b) => b.weight - a.weight || (a.code < b.code ? -1 : 1));
}
