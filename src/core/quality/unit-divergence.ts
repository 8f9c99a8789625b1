// Unit-level divergence from peers: top answers, spread, time taken, optional answers skipped, comments,
// against the region's and the country's units, with Benjamini–Hochberg control of false discoveries.
//
// Responses already flagged by a response-level signal are left out, so one fabricated batch does not make its
// whole unit look divergent. High scores alone never flag a unit (a genuinely excellent centre has them too):
// the behaviour of its respondents must diverge in the direction of inflation as well.

import type { QualityFrame } from "./quality-frame.js";
import type { QualitySettings } from "./quality-settings.js";
import type { QualityReason, UnitAssessment } from "./quality-types.js";
import { benjaminiHochberg, normalUpperTail, robustCentre } from "./quality-statistics.js";
import { combinedScore, type ReasonBook } from "./reason-book.js";

const STATS = ["topShare", "spread", "logDuration", "missingOptional", "commentRate"] as const;
type Stat = (typeof STATS)[number];
/** +1 when inflation raises the statistic, −1 when it lowers it. */
const DIRECTION: Record<Stat, number> = { topShare: 1, spread: -1, logDuration: -1, missingOptional: 1, commentRate: -1 };
const BEHAVIOUR: readonly Stat[] = ["logDuration", "missingOptional", "commentRate"];

interface UnitStats {
  readonly unit: number;
  readonly n: number;
  readonly mean: Record<Stat, number>;
  readonly se: Record<Stat, number>;
}

function responseValue(frame: QualityFrame, i: number, stat: Stat): number {
  switch (stat) {
    case "topShare":
      return (frame.scaleCount[i] as number) > 0 ? (frame.scaleTop[i] as number) / (frame.scaleCount[i] as number) : NaN;
    case "spread":
      return (frame.scaleCount[i] as number) > 1 ? (frame.scaleSd[i] as number) : NaN;
    case "logDuration":
      return (frame.duration[i] as number) > 0 ? Math.log(frame.duration[i] as number) : NaN;
    case "missingOptional":
      return frame.optionalCount[i] === 0 ? 1 : 0;
    case "commentRate":
      return (frame.commentCount[i] as number) > 0 ? 1 : 0;
  }
}

function unitStats(frame: QualityFrame, unit: number, members: ArrayLike<number>): UnitStats {
  const mean = {} as Record<Stat, number>,
    se = {} as Record<Stat, number>;
  for (const stat of STATS) {
    let n = 0,
      sum = 0,
      sumSq = 0;
    for (let k = 0; k < members.length; k++) {
      const v = responseValue(frame, members[k] as number, stat);
      if (Number.isNaN(v)) continue;
      n++;
      sum += v;
      sumSq += v * v;
    }
    mean[stat] = n > 0 ? sum / n : NaN;
    se[stat] = n > 1 ? Math.sqrt(Math.max(0, sumSq / n - (sum / n) ** 2) / n) : NaN;
  }
  return { unit, n: members.length, mean, se };
}

type Centre = { median: number; scale: number };

/** The robust centre and spread of peers' values of one statistic. */
function centreOf(peers: readonly UnitStats[], stat: Stat): Centre {
  return robustCentre(peers.map((p) => p.mean[stat]).filter((v) => !Number.isNaN(v)));
}

/** The directional z of one statistic against peers' centre. */
function zAgainst(own: UnitStats, { median, scale }: Centre, stat: Stat): { z: number; peer: number } {
  const x = own.mean[stat];
  if (Number.isNaN(median) || Number.isNaN(x)) return { z: 0, peer: NaN };
  const spread = Math.max(scale, Number.isNaN(own.se[stat]) ? 0 : own.se[stat], stat === "logDuration" ? 0.02 : 0.005);
  return { z: (DIRECTION[stat] * (x - median)) / spread, peer: median };
}

const percent = (x: number): string => `${Math.round(x * 100)} %`;
const seconds = (logX: number): string => `${Math.round(Math.exp(logX))} с`;

function describe(stat: Stat, own: number, peer: number): string {
  switch (stat) {
    case "topShare":
      return `доля высших оценок ${percent(own)} при ${percent(peer)} у сопоставимых подразделений`;
    case "spread":
      return `разброс оценок внутри анкеты ${own.toFixed(2).replace(".", ",")} балла при ${peer.toFixed(2).replace(".", ",")}`;
    case "logDuration":
      return `типичное время заполнения ${seconds(own)} при ${seconds(peer)}`;
    case "missingOptional":
      return `без ответа на необязательные вопросы ${percent(own)} анкет при ${percent(peer)}`;
    case "commentRate":
      return `анкет с комментариями ${percent(own)} при ${percent(peer)}`;
  }
}

/** Assesses units against peers; flags the divergent ones and the responses in them that carry the divergent traits. */
export function assessUnitDivergence(frame: QualityFrame, settings: QualitySettings, book: ReasonBook): UnitAssessment[] {
  const { minResponses, minPeers, falseDiscoveryRate, minStatZ, responseWeight } = settings.unitDivergence;
  const flaggedAlready = (i: number): boolean => combinedScore(book.reasons(i)) >= settings.flagThreshold;
  const all: UnitStats[] = [];
  for (let u = 0; u < frame.units.length; u++) {
    const members = frame.byUnit.subarray(frame.unitStart[u] as number, frame.unitStart[u + 1] as number).filter((i) => !flaggedAlready(i));
    if (members.length < minResponses) continue;
    all.push(unitStats(frame, u, members));
  }
  if (all.length < minPeers + 1) return [];
  const byRegion = new Map<number, UnitStats[]>();
  for (const s of all) {
    const r = frame.regionOfUnit[s.unit] as number;
    const list = byRegion.get(r);
    if (list) list.push(s);
    else byRegion.set(r, [s]);
  }
  const country = Object.fromEntries(STATS.map((stat) => [stat, centreOf(all, stat)])) as Record<Stat, Centre>;
  const tests = all.map((own) => {
    const regional = (byRegion.get(frame.regionOfUnit[own.unit] as number) ?? []).filter((p) => p !== own);
    const z = {} as Record<Stat, number>,
      peer = {} as Record<Stat, number>;
    for (const stat of STATS) {
      const b = zAgainst(own, country[stat], stat);
      const a = regional.length >= minPeers ? zAgainst(own, centreOf(regional, stat), stat) : b;
      // Divergent only as far as it diverges from both the region and the country.
      z[stat] = Math.min(a.z, b.z);
      peer[stat] = a.peer;
    }
    const behaviour = BEHAVIOUR.reduce((s, stat) => s + Math.max(-3, Math.min(10, z[stat])), 0) / Math.sqrt(BEHAVIOUR.length);
    return { own, z, peer, p: normalUpperTail(behaviour) };
  });
  const discoveries = benjaminiHochberg(
    tests.map((t) => t.p),
    falseDiscoveryRate,
  );
  const flagged: UnitAssessment[] = [];
  tests.forEach((t, k) => {
    const divergent = STATS.filter((stat) => t.z[stat] >= minStatZ);
    if (!discoveries[k] || t.z.topShare < 0 || !divergent.some((stat) => BEHAVIOUR.includes(stat))) return;
    const unitId = frame.units[t.own.unit]?.id as string;
    const text = `Ответы в подразделении заметно отличаются от подразделений региона и страны в сторону завышения: ${divergent.map((stat) => describe(stat, t.own.mean[stat], t.peer[stat])).join("; ")}. Проверено по всем подразделениям с поправкой Бенджамини — Хохберга (доля ложных обнаружений ${percent(falseDiscoveryRate)}), p = ${t.p.toExponential(1).replace(".", ",")}.`;
    const reason: QualityReason = { code: "unit_divergence", text, weight: Math.min(1, 1 - t.p), group: `unit:${unitId}` };
    const stats: Record<string, number> = { responses: t.own.n, pValue: t.p };
    for (const stat of STATS) {
      stats[stat] = stat === "logDuration" ? Math.exp(t.own.mean[stat]) : t.own.mean[stat];
      stats[`${stat}Peers`] = stat === "logDuration" ? Math.exp(t.peer[stat]) : t.peer[stat];
      stats[`${stat}Z`] = t.z[stat];
    }
    flagged.push({ id: unitId, score: reason.weight, reasons: [reason], stats });
    const members = frame.byUnit.subarray(frame.unitStart[t.own.unit] as number, frame.unitStart[t.own.unit + 1] as number);
    // Traits for single responses: every behaviour statistic leaning towards inflation, not only the significant ones.
    const leaning = BEHAVIOUR.filter((stat) => t.z[stat] >= 1);
    markResponses(frame, members, leaning, t.peer, responseWeight, unitId, book);
  });
  return flagged;
}

/** Flags the responses of a divergent unit that carry most of its divergent traits (and high scores). */
function markResponses(
  frame: QualityFrame,
  members: Int32Array,
  behaviour: readonly Stat[],
  peer: Record<Stat, number>,
  weight: number,
  unitId: string,
  book: ReasonBook,
): void {
  for (const i of members) {
    const top = responseValue(frame, i, "topShare");
    const high = top >= Math.max(0.4, peer.topShare) || (frame.scaleMean[i] as number) >= 8.8;
    if (!high) continue;
    let carried = 0;
    for (const stat of behaviour) {
      const v = responseValue(frame, i, stat);
      if (Number.isNaN(v)) continue;
      if (stat === "logDuration" ? v < peer.logDuration - 0.2 : DIRECTION[stat] * (v - peer[stat]) > 0) carried++;
    }
    if (carried === 0) continue;
    book.add(i, {
      code: "unit_divergence",
      text: "Анкета из подразделения, ответы которого в целом отличаются от соседей в сторону завышения, и сама несёт эти черты (высокие оценки при типичных для завышения особенностях заполнения).",
      weight,
      group: `unit:${unitId}`,
    });
  }
}
