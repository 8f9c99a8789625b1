// The responses laid out column-wise for the checks: local times, device and unit indexes, encoded answers.

import { zoneOffsetMs } from "../periods/local-month.js";
import { openingSpans, type OpeningSpans } from "./opening-hours.js";
import { medianOf } from "./quality-statistics.js";
import { groupBy, indexDevices, timeOrder } from "./response-indexes.js";
import type { QualityInput, QualityResponse, QualityUnit } from "./quality-types.js";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Answer value codes per key: 0 = skipped, 255 = any further distinct value. */
const MAX_CODE = 255;
const SMALL_INTS = 64;

/** Column arrays over the assessed responses (index = position in `input.responses`). */
export interface QualityFrame {
  readonly n: number;
  readonly responses: readonly QualityResponse[];
  readonly units: readonly QualityUnit[];
  /** Unit index of each response. */
  readonly unit: Int32Array;
  /** Region unit index of each unit (itself for a region). */
  readonly regionOfUnit: Int32Array;
  readonly spans: readonly OpeningSpans[];
  readonly time: Float64Array;
  /** Local day number since 1970-01-01 and minute of the local day. */
  readonly day: Int32Array;
  readonly minute: Uint16Array;
  /** 0 = Sunday … 6 = Saturday, local. */
  readonly weekday: Uint8Array;
  /** Seconds; NaN when unknown. */
  readonly duration: Float32Array;
  /** Device index, -1 without a key. */
  readonly device: Int32Array;
  /** Device count, and the key of device `d`. */
  readonly deviceCount: number;
  deviceName(d: number): string;
  readonly kiosk: Uint8Array;
  /** 0 seeker, 1 employer. */
  readonly form: Uint8Array;
  /** The answer keys seen, and each response's value code per key (row-major, `n × keys.length`). */
  readonly keys: readonly string[];
  readonly codes: Uint8Array;
  /** Per key, the code of the scale's top value when the key has numeric answers, optional ones included (0 otherwise). */
  readonly topCodes: Uint8Array;
  readonly answered: Uint8Array;
  readonly scaleCount: Uint8Array;
  /** Scale answers at the scale's top value. */
  readonly scaleTop: Uint8Array;
  readonly scaleDistinct: Uint8Array;
  readonly scaleSd: Float32Array;
  readonly scaleMean: Float32Array;
  /** The lowest scale answer (0 without any). */
  readonly scaleMin: Uint8Array;
  readonly optionalCount: Uint8Array;
  readonly commentCount: Uint16Array;
  /** Response indexes ordered by device then time, and each device's start in it. */
  readonly byDevice: Int32Array;
  readonly deviceStart: Int32Array;
  /** Response indexes ordered by unit then time, and each unit's start in it. */
  readonly byUnit: Int32Array;
  readonly unitStart: Int32Array;
  /** The median duration per form (NaN without durations). */
  readonly medianDuration: readonly [number, number];
}

/** Responses read up front for the answer keys; a key first seen later starts the layout again with every key. */
const KEY_SAMPLE = 5_000;

/** Lays the input out for the checks; `optionalKeys` are the keys whose answers count as optional. */
export function buildQualityFrame(input: QualityInput, optionalKeys: readonly string[]): QualityFrame {
  return layOut(input, optionalKeys, KEY_SAMPLE) ?? (layOut(input, optionalKeys, Infinity) as QualityFrame);
}

/** The frame, with the answer keys of the first `keySample` responses; undefined when a later response has another key. */
function layOut(input: QualityInput, optionalKeys: readonly string[], keySample: number): QualityFrame | undefined {
  const { units, responses } = input;
  const n = responses.length;
  const unitIndex = new Map<string, number>();
  units.forEach((u, i) => unitIndex.set(u.id, i));
  const regionOfUnit = new Int32Array(units.length);
  units.forEach((u, i) => {
    let at = u,
      guard = 0;
    while (at.parent !== null && guard++ < 10) {
      const p = unitIndex.get(at.parent);
      if (p === undefined) break;
      at = units[p] as QualityUnit;
    }
    regionOfUnit[i] = unitIndex.get(at.id) ?? i;
  });
  const zones: string[] = [];
  const zoneOfUnit = units.map((u) => {
    const z = zones.indexOf(u.timezone);
    return z >= 0 ? z : zones.push(u.timezone) - 1;
  });
  let minT = Infinity,
    maxT = -Infinity;
  for (const r of responses) {
    if (r.submittedAt < minT) minT = r.submittedAt;
    if (r.submittedAt > maxT) maxT = r.submittedAt;
  }
  const firstDay = Math.floor(minT / DAY_MS);
  const dayCount = n === 0 ? 0 : Math.floor(maxT / DAY_MS) - firstDay + 1;
  const dailyOffsets = new Float64Array(zones.length * dayCount).fill(Infinity);
  const hourlyOffsets = new Map<number, number>();
  /** A zone's offset, cached per UTC day when it is the same at both ends of the day, else per hour. */
  const offsetAt = (zone: number, t: number): number => {
    const dayIndex = Math.floor(t / DAY_MS);
    const slot = zone * dayCount + dayIndex - firstDay;
    let offset = dailyOffsets[slot] as number;
    if (offset === Infinity) {
      const start = dayIndex * DAY_MS,
        name = zones[zone] as string;
      const a = zoneOffsetMs(name, start),
        b = zoneOffsetMs(name, start + DAY_MS - 1);
      dailyOffsets[slot] = offset = a === b ? a : NaN;
    }
    if (!Number.isNaN(offset)) return offset;
    const hourKey = Math.floor(t / HOUR_MS) * 2048 + zone;
    let hourly = hourlyOffsets.get(hourKey);
    if (hourly === undefined) hourlyOffsets.set(hourKey, (hourly = zoneOffsetMs(zones[zone] as string, t)));
    return hourly;
  };
  const unit = new Int32Array(n),
    time = new Float64Array(n),
    day = new Int32Array(n),
    minute = new Uint16Array(n),
    weekday = new Uint8Array(n);
  const duration = new Float32Array(n),
    kiosk = new Uint8Array(n),
    form = new Uint8Array(n);
  const scaleCount = new Uint8Array(n),
    scaleTop = new Uint8Array(n),
    scaleDistinct = new Uint8Array(n),
    scaleSd = new Float32Array(n),
    scaleMean = new Float32Array(n),
    scaleMin = new Uint8Array(n);
  const optionalCount = new Uint8Array(n),
    commentCount = new Uint16Array(n),
    answered = new Uint8Array(n);
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  const valueCodes: Map<string, number>[] = [];
  const optional = new Set(optionalKeys);
  for (let i = 0; i < Math.min(n, keySample); i++) {
    const answers = (responses[i] as QualityResponse).answers;
    for (const key in answers) {
      if (answers[key] == null) continue;
      if (!keyIndex.has(key)) {
        keyIndex.set(key, keys.length);
        keys.push(key);
        valueCodes.push(new Map());
      }
    }
  }
  const width = keys.length;
  const codes = new Uint8Array(n * width);
  const smallCodes = new Uint8Array(width * SMALL_INTS);
  const durations: [number[], number[]] = [[], []];
  const isOptional = keys.map((k) => optional.has(k));
  const seen = new Uint8Array(16);
  // Top answers count against the highest number answered anywhere, known only at the end: each response keeps its own highest and how often.
  let scaleMaxSeen = -Infinity;
  const ownMax = new Float64Array(n),
    ownMaxCount = new Uint8Array(n);

  for (let i = 0; i < n; i++) {
    const r = responses[i] as QualityResponse;
    const u = unitIndex.get(r.unit);
    if (u === undefined) throw new Error(`response ${r.id}: unknown unit ${r.unit}`);
    unit[i] = u;
    time[i] = r.submittedAt;
    const zone = zoneOfUnit[u] as number;
    const offset = offsetAt(zone, r.submittedAt);
    const local = r.submittedAt + offset;
    const d = Math.floor(local / DAY_MS);
    day[i] = d;
    minute[i] = Math.floor((local - d * DAY_MS) / 60_000);
    weekday[i] = (((d + 4) % 7) + 7) % 7;
    duration[i] = r.durationSec ?? NaN;
    form[i] = r.respondent === "employer" ? 1 : 0;
    if (r.durationSec !== undefined) durations[form[i] as 0 | 1].push(r.durationSec);
    kiosk[i] = r.channel === "kiosk" ? 1 : 0;
    commentCount[i] = Math.min(65535, r.commentCount);
    const rowStart = i * width;
    let count = 0,
      max = -Infinity,
      atMax = 0,
      sum = 0,
      sumSq = 0,
      opt = 0,
      got = 0,
      min = Infinity;
    seen.fill(0);
    let distinct = 0;
    const answers = r.answers;
    for (const name in answers) {
      const v = answers[name];
      if (v === null || v === undefined) continue;
      const k = keyIndex.get(name);
      if (k === undefined) return undefined;
      if (typeof v === "number" && v > scaleMaxSeen) scaleMaxSeen = v;
      let code: number;
      if (typeof v === "number" && v >= 0 && v < SMALL_INTS && Number.isInteger(v)) {
        // Scale answers: a direct table instead of a string dictionary.
        const at = k * SMALL_INTS + v;
        code = smallCodes[at] as number;
        if (code === 0) {
          const dictionary = valueCodes[k] as Map<string, number>;
          code = Math.min(MAX_CODE, dictionary.size + 1);
          dictionary.set(String(v), code);
          smallCodes[at] = code;
        }
      } else {
        const text = typeof v === "object" ? v.join("|") : String(v);
        const dictionary = valueCodes[k] as Map<string, number>;
        const known = dictionary.get(text);
        if (known === undefined) dictionary.set(text, (code = Math.min(MAX_CODE, dictionary.size + 1)));
        else code = known;
      }
      codes[rowStart + k] = code;
      got++;
      if (isOptional[k]) opt++;
      else if (typeof v === "number") {
        count++;
        sum += v;
        sumSq += v * v;
        if (v < min) min = v;
        if (v > max) {
          max = v;
          atMax = 1;
        } else if (v === max) atMax++;
        const slot = v & 15;
        if (!seen[slot]) {
          seen[slot] = 1;
          distinct++;
        }
      }
    }
    answered[i] = got;
    scaleCount[i] = count;
    ownMax[i] = max;
    ownMaxCount[i] = atMax;
    scaleDistinct[i] = distinct;
    scaleMean[i] = count > 0 ? sum / count : NaN;
    scaleMin[i] = count > 0 ? Math.max(0, Math.min(255, min)) : 0;
    scaleSd[i] = count > 1 ? Math.sqrt(Math.max(0, sumSq / count - (sum / count) ** 2)) : 0;
    optionalCount[i] = opt;
  }
  for (let i = 0; i < n; i++) scaleTop[i] = ownMax[i] === scaleMaxSeen ? (ownMaxCount[i] as number) : 0;
  const topCodes = new Uint8Array(width);
  if (Number.isInteger(scaleMaxSeen) && scaleMaxSeen >= 0 && scaleMaxSeen < SMALL_INTS)
    for (let k = 0; k < width; k++) topCodes[k] = smallCodes[k * SMALL_INTS + scaleMaxSeen] as number;

  const { device, first } = indexDevices(responses);
  const order = timeOrder(time);
  const byDev = groupBy(order, device, first.length);
  const byU = groupBy(order, unit, units.length);
  return {
    n,
    responses,
    units,
    unit,
    regionOfUnit,
    spans: units.map((u) => openingSpans(u.hours)),
    time,
    day,
    minute,
    weekday,
    duration,
    device,
    kiosk,
    form,
    deviceCount: first.length,
    deviceName: (d) => responses[first[d] as number]?.device ?? "",
    keys,
    codes,
    topCodes,
    answered,
    scaleCount,
    scaleTop,
    scaleDistinct,
    scaleSd,
    scaleMean,
    scaleMin,
    optionalCount,
    commentCount,
    byDevice: byDev.sorted,
    deviceStart: byDev.start,
    byUnit: byU.sorted,
    unitStart: byU.start,
    medianDuration: [medianOf(durations[0]), medianOf(durations[1])],
  };
}
