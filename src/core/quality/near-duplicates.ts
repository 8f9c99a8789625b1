// Near-duplicates: answer vectors within one unit and form that agree almost everywhere on an improbable pattern.
//
// Candidates come from banding (LSH): the keys are split into maxDifferences + 1 bands, so two vectors
// differing in at most that many keys share at least one band exactly. A pair counts by how many honest
// partners that close would be expected: (m − 1) · C(K, differences) · Π p(agreed value)^temper, with p the
// higher of the unit's and the region's frequency (so an excellent centre's many 10s are not suspicious).
// A response is flagged when, for some c, its c most improbable partners each have an expected count e with
// P(Poisson(e) ≥ c) ≤ maxExpected (one very rare partner, or many moderately rare ones).
//
// Since 2026.5 (topJoint): top answers are not independent — a satisfied respondent gives the top value on most
// questions, and «all 10» is one of the commonest forms there are. The agreed top answers of a pair count with the
// higher of their product and the chance that a form is at the top on those questions and below it only where the
// pair differs, read from how many answers below the top the region's forms give over the questions most forms
// answer (which of them taken as exchangeable; the unit's own tally too for forms at the top throughout).
// And (unitPrior) a unit's answer frequencies are shrunk towards its region's.

import type { QualityFrame } from "./quality-frame.js";
import type { QualitySettings } from "./quality-settings.js";
import { poissonUpperTail } from "./quality-statistics.js";
import type { ReasonBook } from "./reason-book.js";

const CODES = 256;
const CROWDED_BUCKET = 64;
const CROWDED_SPAN = 16;
/** Scale answers per form counted for the top-answer tallies (more are counted as this many). */
const MAX_SCALE = 31;

function logBinomial(n: number, k: number): number {
  let c = 0;
  for (let j = 1; j <= k; j++) c += Math.log((n - k + j) / j);
  return c;
}

function find(parent: Int32Array, i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i] as number] as number;
    i = parent[i] as number;
  }
  return i;
}

/** The smallest expected counts of the partners of each member of one group, ascending. */
class BestPartners {
  static readonly SIZE = 8;
  best = new Float64Array(0);
  /** Ready for a group of `m` members, all without partners. */
  reset(m: number): void {
    if (this.best.length < m * BestPartners.SIZE) this.best = new Float64Array(m * BestPartners.SIZE * 2);
    this.best.fill(Infinity, 0, m * BestPartners.SIZE);
  }
  add(i: number, e: number): void {
    const b = this.best,
      o = i * BestPartners.SIZE;
    let at = o + BestPartners.SIZE - 1;
    if (e >= (b[at] as number)) return;
    while (at > o && e < (b[at - 1] as number)) {
      b[at] = b[at - 1] as number;
      at--;
    }
    b[at] = e;
  }
  /** Whether some c partners are each so improbable that P(Poisson(e_c) ≥ c) ≤ alpha. */
  improbable(i: number, alpha: number): boolean {
    for (let c = 1; c <= BestPartners.SIZE; c++) {
      const e = this.best[i * BestPartners.SIZE + c - 1] as number;
      if (e === Infinity) return false;
      if (poissonUpperTail(c, e) <= alpha) return true;
    }
    return false;
  }
}

/** Flags responses whose near-duplicate partners in their unit and form are improbable for honest respondents. */
export function detectNearDuplicates(frame: QualityFrame, settings: QualitySettings, book: ReasonBook): void {
  const { maxDifferences: d, minAnswered, maxExpected, temper, weight, clusterWeight, consensusShare, topJoint } = settings.nearDuplicate;
  const unitPrior = settings.nearDuplicate.unitPrior ?? 0;
  // Since 2026.3 (with consensusShare): a second pass without the suspects, and copies joined by their cluster's consensus.
  const refined = consensusShare !== undefined;
  // A pair this likely can never help: even eight such partners would not be improbable.
  const loosest = 3;
  const K = frame.keys.length;
  if (K === 0) return;
  const { codes, byUnit, unitStart, regionOfUnit } = frame;
  const regionSlot = new Map<number, number>();
  for (let u = 0; u < frame.units.length; u++) if (!regionSlot.has(regionOfUnit[u] as number)) regionSlot.set(regionOfUnit[u] as number, regionSlot.size);
  const regionCounts = new Float64Array(regionSlot.size * 2 * K * CODES);
  const regionTotals = new Float64Array(regionSlot.size * 2);
  const TOPS = MAX_SCALE + 1;
  const regionTops = new Float64Array(topJoint ? regionSlot.size * 2 * TOPS : 0);
  const slotOf = (i: number): number => (regionSlot.get(regionOfUnit[frame.unit[i] as number] as number) as number) * 2 + (frame.form[i] as number);
  for (let i = 0; i < frame.n; i++) {
    const slot = slotOf(i);
    regionTotals[slot] = (regionTotals[slot] as number) + 1;
    const base = slot * K * CODES,
      row = i * K;
    for (let k = 0; k < K; k++) {
      const at = base + k * CODES + (codes[row + k] as number);
      regionCounts[at] = (regionCounts[at] as number) + 1;
    }
  }
  const logBinomials = Array.from({ length: d + 1 }, (_, diff) => logBinomial(K, diff));
  const bands = d + 1;
  // Bands are drawn over informative keys only (no value held by most responses): a pair within d differences
  // overall is within d on these keys too, so it still shares a band, and buckets stay small.
  // The country's counts per key and value are the sum of the regions' (one more pass over the answers would cost more).
  const countryCounts = new Float64Array(K * CODES);
  for (let slot = 0; slot < regionTotals.length; slot++) {
    const base = slot * K * CODES;
    for (let x = 0; x < K * CODES; x++) countryCounts[x] = (countryCounts[x] as number) + (regionCounts[base + x] as number);
  }
  const informative: number[] = [];
  for (let k = 0; k < K; k++) {
    let top = 0;
    for (let c = 0; c < CODES; c++) if ((countryCounts[k * CODES + c] as number) > top) top = countryCounts[k * CODES + c] as number;
    if (top <= 0.6 * frame.n) informative.push(k);
  }
  const bandKeys = Array.from({ length: bands }, (_, b) => informative.filter((_, x) => x % bands === b));
  // Since 2026.5: the scale questions most forms answer, with their top code (0: not counted as a top answer); a
  // follow-up asked of few is rated on its own, and a form's answers below the top among the core ones.
  const topCodes = new Uint8Array(K);
  if (topJoint) for (let k = 0; k < K; k++) if ((countryCounts[k * CODES] as number) < 0.5 * frame.n) topCodes[k] = frame.topCodes[k] as number;
  const coreAnswered = new Uint8Array(topJoint ? frame.n : 0),
    belowTop = new Uint8Array(topJoint ? frame.n : 0);
  if (topJoint)
    for (let i = 0; i < frame.n; i++) {
      let answered = 0,
        below = 0;
      for (let k = 0; k < K; k++) {
        const c = codes[i * K + k] as number;
        if (topCodes[k] === 0 || c === 0) continue;
        answered++;
        if (c !== topCodes[k]) below++;
      }
      coreAnswered[i] = Math.min(MAX_SCALE, answered);
      belowTop[i] = Math.min(MAX_SCALE, below);
      const at = slotOf(i) * TOPS + (belowTop[i] as number);
      regionTops[at] = (regionTops[at] as number) + 1;
    }
  const unitCounts = new Float64Array(K * CODES);
  const logTable = new Float64Array(K * CODES);
  const outCounts = new Float64Array(K * CODES);
  // The (key, value) slots a unit's group uses: filled and cleared one by one instead of sweeping K × 256.
  let touched = new Int32Array(1024);
  let scratch = new Float64Array(1024);
  // Pairs never leave their unit and form: partners and clusters are kept per group, by position in it.
  const partners = new BestPartners();
  let partnerCount = new Int32Array(0);
  let parent = new Int32Array(0);
  const sentence = { d, weight, clusterWeight, maxExpected };
  // Since 2026.5: log p^temper of agreed top answers (topJointTable).
  const logTopJoint = new Float64Array(TOPS * TOPS * (d + 1)).fill(-Infinity);
  const unitTops = new Float64Array(TOPS),
    outTops = new Float64Array(TOPS);

  for (let u = 0; u < frame.units.length; u++) {
    const members = byUnit.subarray(unitStart[u] as number, unitStart[u + 1] as number);
    const templates: { consensus: Uint8Array; ids: string[]; key: string }[] = [];
    for (const form of [0, 1]) {
      // Straight-lined vectors are left to the texture check: identical «all 10» answers are common among honest respondents.
      const group = members.filter((i) => frame.form[i] === form && (frame.answered[i] as number) >= minAnswered && (frame.scaleDistinct[i] as number) > 1);
      const m = group.length;
      if (m < 2) continue;
      // Pass 1 estimates the unit's answer frequencies from all its forms; when it finds clusters, pass 2 leaves the
      // suspects out of those frequencies (a fabricated cluster must not make its own template look common) and scores again.
      const scoreGroup = (leftOut: ReadonlySet<number> | null): boolean => {
        partners.reset(m);
        if (partnerCount.length < m) {
          partnerCount = new Int32Array(m * 2);
          parent = new Int32Array(m * 2);
        }
        partnerCount.fill(0, 0, m);
        for (let a = 0; a < m; a++) parent[a] = a;
        let anyPair = false;
        let used = 0;
        for (const i of group) {
          for (let k = 0; k < K; k++) {
            const at = k * CODES + (codes[i * K + k] as number);
            if (unitCounts[at] === 0) {
              if (used === touched.length) {
                const grown = new Int32Array(used * 2);
                grown.set(touched);
                touched = grown;
              }
              touched[used++] = at;
            }
            unitCounts[at] = (unitCounts[at] as number) + 1;
          }
        }
        if (leftOut)
          for (const a of leftOut)
            for (let k = 0; k < K; k++) {
              const at = k * CODES + (codes[(group[a] as number) * K + k] as number);
              outCounts[at] = (outCounts[at] as number) + 1;
            }
        const kept = m - (leftOut?.size ?? 0);
        const slot = (regionSlot.get(regionOfUnit[u] as number) as number) * 2 + form;
        const rBase = slot * K * CODES,
          rTotal = regionTotals[slot] as number;
        // log p^temper per key and value present in the unit (p: the higher of the unit's and the region's frequency).
        for (let x = 0; x < used; x++) {
          const at = touched[x] as number;
          const out = outCounts[at] as number;
          const pr = ((regionCounts[rBase + at] as number) - out + 1) / (rTotal - (m - kept) + 2);
          // Since 2026.5 (unitPrior): the unit's frequency shrunk towards the region's by that many forms, so a cluster
          // that is a large part of a small unit does not make its own answers look common.
          const own = ((unitCounts[at] as number) - out + unitPrior * pr) / (kept + unitPrior);
          logTable[at] = temper * Math.log(kept > 0 ? Math.max(own, pr) : pr);
          unitCounts[at] = 0;
          outCounts[at] = 0;
        }
        if (topJoint) {
          unitTops.fill(0);
          outTops.fill(0);
          let scales = 0;
          for (const i of group) {
            const t = belowTop[i] as number;
            unitTops[t] = (unitTops[t] as number) + 1;
            scales = Math.max(scales, coreAnswered[i] as number);
          }
          if (leftOut)
            for (const a of leftOut) {
              const t = belowTop[group[a] as number] as number;
              outTops[t] = (outTops[t] as number) + 1;
            }
          // The unit's own tallies count only for forms at the top throughout (an excellent centre has many «all 10»):
          // for other forms a fabricated cluster would make its own pattern look common.
          topJointTable(logTopJoint, scales, d, temper, (j) => {
            const region = ((regionTops[slot * TOPS + j] as number) - (outTops[j] as number)) / Math.max(1, rTotal - (m - kept));
            if (j > 0) return region;
            return Math.max(kept > 0 ? ((unitTops[j] as number) - (outTops[j] as number)) / kept : 0, region);
          });
        }
        const logPairs = Math.log(m - 1);
        for (let band = 0; band < bands; band++) {
          // Buckets without a Map of arrays: (band hash, member) packed into one double, sorted, read in runs.
          const scale = 2 ** Math.ceil(Math.log2(m + 1));
          const packed = scratch.length >= m ? scratch.subarray(0, m) : (scratch = new Float64Array(m * 2)).subarray(0, m);
          for (let a = 0; a < m; a++) {
            const i = group[a] as number;
            let h = 0x811c9dc5 ^ band;
            for (const k of bandKeys[band] as number[]) h = Math.imul(h ^ (codes[i * K + k] as number), 0x01000193);
            packed[a] = (h >>> 0) * scale + a;
          }
          packed.sort();
          for (let runStart = 0; runStart < m;) {
            const bucket = Math.floor((packed[runStart] as number) / scale);
            let runEnd = runStart + 1;
            while (runEnd < m && Math.floor((packed[runEnd] as number) / scale) === bucket) runEnd++;
            const size = runEnd - runStart;
            // A crowded bucket holds a common band pattern: its pairs are compared with near neighbours in time only.
            const span = size > CROWDED_BUCKET ? CROWDED_SPAN : size;
            for (let x = runStart; x < runEnd; x++) {
              const a = (packed[x] as number) % scale;
              const i = group[a] as number;
              for (let y = x + 1; y < runEnd && y <= x + span; y++) {
                const b = (packed[y] as number) % scale;
                const j = group[b] as number;
                // Two people on one phone the same day (a couple) may well answer alike: not evidence.
                if (frame.device[i] === frame.device[j] && frame.device[i] !== -1 && !frame.kiosk[i] && frame.day[i] === frame.day[j]) continue;
                let diff = 0,
                  logMatch = 0,
                  tops = 0,
                  logTops = 0,
                  lower = 0,
                  scaleDiff = 0;
                for (let k = 0; k < K && diff <= d; k++) {
                  const c = codes[i * K + k] as number;
                  if (c !== codes[j * K + k]) {
                    diff++;
                    if (topCodes[k] !== 0) scaleDiff++;
                  } else if (c !== 0 && c === topCodes[k]) {
                    tops++;
                    logTops += logTable[k * CODES + c] as number;
                  } else {
                    if (c !== 0 && topCodes[k] !== 0) lower++;
                    logMatch += logTable[k * CODES + c] as number;
                  }
                }
                if (diff > d) continue;
                logMatch += tops > 0 ? Math.max(logTops, logTopJoint[jointAt(tops, lower, scaleDiff, d)] as number) : 0;
                // A pair shares several bands when close: count it only in the first band it shares.
                let earlier = false;
                for (let other = 0; other < band && !earlier; other++) {
                  let same = true;
                  for (const k of bandKeys[other] as number[]) if (codes[i * K + k] !== codes[j * K + k]) same = false;
                  earlier = same;
                }
                if (earlier) continue;
                const e = Math.exp(logPairs + (logBinomials[diff] as number) + logMatch);
                if (e > loosest) continue;
                partners.add(a, e);
                partners.add(b, e);
                partnerCount[a] = (partnerCount[a] as number) + 1;
                partnerCount[b] = (partnerCount[b] as number) + 1;
                parent[find(parent, a)] = find(parent, b);
                anyPair = true;
              }
            }
            runStart = runEnd;
          }
        }
        return anyPair;
      };
      const anyPair = scoreGroup(null);
      const context: ConsensusContext = { codes, K, logTable, logBinomials, d, maxExpected, consensusShare: consensusShare ?? 0, topCodes, logTopJoint };
      // Forms of the other questionnaire filled from the template of a cluster found in the first one.
      for (const template of templates) {
        // The forms within d of the template must not make it look common here: they are left out of the frequencies.
        const near = closeToConsensus(group, template.consensus, new Set(), m, { ...context, maxExpected: Infinity });
        if (near.length === 0) continue;
        scoreGroup(new Set(near));
        const close = closeToConsensus(group, template.consensus, new Set(), m, context);
        scoreGroup(null);
        for (const a of close)
          book.add(group[a] as number, {
            code: "near_duplicate",
            text: consensusText(d, template.ids.length),
            weight,
            related: template.ids.slice(0, 20),
            group: template.key,
          });
      }
      if (!anyPair) continue;
      const first = flaggedMembers(group, partners, partnerCount, maxExpected);
      if (first.size === 0) continue;
      const firstClusters = clustersOf(group, parent, first);
      if (!refined) {
        flagClusters(frame, group, partners, partnerCount, firstClusters, sentence, book);
        continue;
      }
      scoreGroup(first);
      const second = flaggedMembers(group, partners, partnerCount, maxExpected);
      // Pass 2 only adds: a pass-1 member stays flagged with its pass-1 cluster.
      for (const a of first) second.delete(a);
      const clusters = [...firstClusters, ...clustersOf(group, parent, second)];
      flagClusters(frame, group, partners, partnerCount, clusters, sentence, book);
      // A copy edited in a few places is far from other edited copies but close to the cluster's consensus.
      const inCluster = new Set(clusters.flat());
      for (const list of clusters) {
        if (list.length < 3) continue;
        const ids = list.map((a) => frame.responses[group[a] as number]?.id as string);
        const consensus = consensusOf(group, list, codes, K);
        const key = `near-duplicate:${ids[0]}`;
        // Every form within d of the consensus is left out of the frequencies it is judged by.
        scoreGroup(new Set([...first, ...closeToConsensus(group, consensus, new Set(), m, { ...context, maxExpected: Infinity })]));
        for (const a of closeToConsensus(group, consensus, inCluster, m - list.length, context, list.length)) {
          book.add(group[a] as number, { code: "near_duplicate", text: consensusText(d, list.length), weight, related: ids.slice(0, 20), group: key });
        }
        templates.push({ consensus, ids, key });
      }
    }
  }
}

interface ConsensusContext {
  readonly codes: Uint8Array;
  readonly K: number;
  readonly logTable: Float64Array;
  readonly logBinomials: readonly number[];
  readonly d: number;
  readonly maxExpected: number;
  /** The largest expected share of honest forms among those joined to a consensus. */
  readonly consensusShare: number;
  readonly topCodes: Uint8Array;
  readonly logTopJoint: Float64Array;
}

/** Index of the joint table for t agreed top answers, a agreed answers below the top and e differing scale answers. */
const jointAt = (t: number, a: number, e: number, d: number): number => (Math.min(MAX_SCALE, t) * (MAX_SCALE + 1) + Math.min(MAX_SCALE, a)) * (d + 1) + e;

/**
 * log p^temper for each (t, a, e) with t + a ≤ scales, e ≤ d: p the chance that a form is at the top on the t agreed
 * top answers and below it on the a agreed lower ones, its other answers below the top lying among the e that differ:
 * Σ over j = a..a + e of share(j) · C(e, j − a) / C(t + a + e, j), share(j) the forms with j answers below the top,
 * which of its answers they are taken as exchangeable.
 */
function topJointTable(out: Float64Array, scales: number, d: number, temper: number, share: (j: number) => number): void {
  out.fill(-Infinity);
  for (let t = 1; t <= scales; t++)
    for (let a = 0; t + a <= scales; a++)
      for (let e = 0; e <= d; e++) {
        let p = 0;
        for (let j = a; j <= a + e; j++) p += share(j) * Math.exp(logBinomial(e, j - a) - logBinomial(t + a + e, j));
        if (p > 0) out[jointAt(t, a, e, d)] = temper * Math.log(Math.min(1, p));
      }
}

/** A cluster's consensus: its most frequent value per question. */
function consensusOf(group: Int32Array, list: readonly number[], codes: Uint8Array, K: number): Uint8Array {
  const consensus = new Uint8Array(K);
  const tally = new Map<number, number>();
  for (let k = 0; k < K; k++) {
    tally.clear();
    let best = 0,
      bestCount = 0;
    for (const a of list) {
      const c = codes[(group[a] as number) * K + k] as number;
      const n = (tally.get(c) ?? 0) + 1;
      tally.set(c, n);
      if (n > bestCount) [best, bestCount] = [c, n];
    }
    consensus[k] = best;
  }
  return consensus;
}

/**
 * Members of the group outside `skip` within d answers of one consensus vector on an improbable pattern. For each, e is
 * the expected number of honest forms among `candidates` that close to that one vector: candidates · C(K, differences)
 * · Π p^temper (p from the group's own table). A form is joined when e ≤ maxExpected on its own, or when it is among
 * the k closest forms with e ≤ share · (k + known): with `known` copies already established, at most that share of the
 * joined forms is expected to be honest (a false-discovery bound at the cluster). Infinite maxExpected: every form within d.
 */
function closeToConsensus(group: Int32Array, consensus: Uint8Array, skip: ReadonlySet<number>, candidates: number, x: ConsensusContext, known = 0): number[] {
  const logCandidates = Math.log(Math.max(1, candidates));
  const scored: { a: number; e: number }[] = [];
  for (let a = 0; a < group.length; a++) {
    if (skip.has(a)) continue;
    const row = (group[a] as number) * x.K;
    let diff = 0,
      logMatch = 0,
      tops = 0,
      logTops = 0,
      lower = 0,
      scaleDiff = 0;
    for (let k = 0; k < x.K && diff <= x.d; k++) {
      const c = consensus[k] as number;
      if (x.codes[row + k] !== c) {
        diff++;
        if (x.topCodes[k] !== 0) scaleDiff++;
      } else if (c !== 0 && c === x.topCodes[k]) {
        tops++;
        logTops += x.logTable[k * CODES + c] as number;
      } else {
        if (c !== 0 && x.topCodes[k] !== 0) lower++;
        logMatch += x.logTable[k * CODES + c] as number;
      }
    }
    logMatch += tops > 0 ? Math.max(logTops, x.logTopJoint[jointAt(tops, lower, Math.min(x.d, scaleDiff), x.d)] as number) : 0;
    if (diff <= x.d) scored.push({ a, e: Math.exp(logCandidates + (x.logBinomials[diff] as number) + logMatch) });
  }
  if (x.maxExpected === Infinity) return scored.map((c) => c.a);
  scored.sort((p, q) => p.e - q.e);
  let joined = 0;
  scored.forEach((c, k) => {
    if (c.e <= x.maxExpected || c.e <= x.consensusShare * (k + 1 + known)) joined = k + 1;
  });
  return scored.slice(0, joined).map((c) => c.a);
}

/** Why a form close to a cluster's consensus is flagged. */
const consensusText = (d: number, size: number): string =>
  `Ответы отличаются не более чем в ${d} вопросах от общего образца группы из ${size} почти одинаковых анкет этого подразделения (по каждому вопросу взят самый частый в группе ответ); столько анкет так близко к этому образцу у честных респондентов не набирается: из отмеченных так анкет случайно похожих ожидается не более одной из двадцати.`;

/** Positions of the group's members whose partners are improbable. */
function flaggedMembers(group: Int32Array, partners: BestPartners, partnerCount: Int32Array, maxExpected: number): Set<number> {
  const out = new Set<number>();
  for (let a = 0; a < group.length; a++) if (partnerCount[a] && partners.improbable(a, maxExpected)) out.add(a);
  return out;
}

/** The members grouped by their pair-linked cluster, each list in input order. */
function clustersOf(group: Int32Array, parent: Int32Array, members: ReadonlySet<number>): number[][] {
  const clusters = new Map<number, number[]>();
  for (const a of members) {
    const root = find(parent, a);
    const list = clusters.get(root);
    if (list) list.push(a);
    else clusters.set(root, [a]);
  }
  return [...clusters.values()].map((list) => list.sort((x, y) => (group[x] as number) - (group[y] as number)));
}

/** The group's flagged members, cluster by cluster, with their reasons. */
function flagClusters(
  frame: QualityFrame,
  group: Int32Array,
  partners: BestPartners,
  partnerCount: Int32Array,
  clusters: readonly number[][],
  { d, weight, clusterWeight }: { d: number; weight: number; clusterWeight: number; maxExpected: number },
  book: ReasonBook,
): void {
  for (const list of clusters) {
    const ids = list.map((a) => frame.responses[group[a] as number]?.id as string);
    const key = `near-duplicate:${ids[0]}`;
    for (const a of list) {
      const i = group[a] as number;
      const count = partnerCount[a] as number;
      const w = count >= 3 ? 1 - (1 - weight) * (1 - clusterWeight) : weight;
      const e = partners.best[a * BestPartners.SIZE] as number;
      const chance = e < 1e-6 ? "менее 0,000001" : `около ${e.toPrecision(1).replace(".", ",")}`;
      const text = `Ответы почти совпадают (расхождение не более чем в ${d} вопросах) с ${count} ${count === 1 ? "другой анкетой" : "другими анкетами"} этого подразделения; у честных респондентов такое совпадение ожидается редко (${chance} случая).`;
      const own = frame.responses[i]?.id;
      book.add(i, { code: "near_duplicate", text, weight: w, related: ids.filter((x) => x !== own).slice(0, 20), group: key });
    }
  }
}
