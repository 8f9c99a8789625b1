// Orders and groups over the responses: by time, by device key, by unit (typed arrays, no comparator sorts).

import type { QualityResponse } from "./quality-types.js";

/** Response indexes in time order. */
export function timeOrder(time: Float64Array): Int32Array {
  const n = time.length;
  const order = new Int32Array(n);
  if (n === 0) return order;
  let min = Infinity,
    max = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = time[i] as number;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const indexScale = 2 ** Math.ceil(Math.log2(n + 1));
  const span = Math.floor((max - min) / 1000) + 1;
  if (span * indexScale < 2 ** 52) {
    // Pack seconds and index into one exact double: a native numeric sort instead of a comparator.
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = Math.floor(((time[i] as number) - min) / 1000) * indexScale + i;
    packed.sort();
    for (let i = 0; i < n; i++) order[i] = (packed[i] as number) % indexScale;
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => (time[a] as number) - (time[b] as number));
}

/** Stable counting sort of `order` by `group` (values 0..groups-1); returns the order and group starts. */
export function groupBy(order: Int32Array, group: Int32Array, groups: number): { sorted: Int32Array; start: Int32Array } {
  const start = new Int32Array(groups + 1);
  let counted = 0;
  for (let k = 0; k < order.length; k++) {
    const g = group[order[k] as number] as number;
    if (g >= 0) {
      start[g + 1] = (start[g + 1] as number) + 1;
      counted++;
    }
  }
  for (let g = 0; g < groups; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const fill = start.slice(0, groups);
  const sorted = new Int32Array(counted);
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const g = group[i] as number;
    if (g < 0) continue;
    const at = fill[g] as number;
    sorted[at] = i;
    fill[g] = at + 1;
  }
  return { sorted, start };
}

/** FNV-1a of a string. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Device indexes without a string-keyed Map (the slowest part with a million distinct keys): responses are
 * bucketed by a hash of their key, and equal keys are told apart inside each (tiny) bucket. A device is
 * named by its first response (`first`), so the keys are read again only where hashes agree.
 */
export function indexDevices(responses: readonly QualityResponse[]): { device: Int32Array; first: Int32Array } {
  const n = responses.length;
  const device = new Int32Array(n).fill(-1);
  const bits = Math.max(4, Math.min(24, Math.ceil(Math.log2(n + 1)) + 1));
  const mask = (1 << bits) - 1;
  const hashes = new Uint32Array(n);
  const keyed = new Uint8Array(n);
  const start = new Int32Array(mask + 2);
  for (let i = 0; i < n; i++) {
    const key = responses[i]?.device;
    if (key === undefined) continue;
    const h = hash32(key);
    hashes[i] = h;
    keyed[i] = 1;
    start[(h & mask) + 1] = (start[(h & mask) + 1] as number) + 1;
  }
  for (let b = 0; b <= mask; b++) start[b + 1] = (start[b + 1] as number) + (start[b] as number);
  const fill = start.slice(0, mask + 1);
  const members = new Int32Array(start[mask + 1] as number);
  for (let i = 0; i < n; i++) {
    if (!keyed[i]) continue;
    const b = (hashes[i] as number) & mask;
    const at = fill[b] as number;
    members[at] = i;
    fill[b] = at + 1;
  }
  const first = new Int32Array(members.length);
  let count = 0;
  for (let b = 0; b <= mask; b++) {
    const from = start[b] as number,
      to = start[b + 1] as number;
    for (let x = from; x < to; x++) {
      const i = members[x] as number;
      if (device[i] !== -1) continue;
      const id = count++;
      first[id] = i;
      device[i] = id;
      let name: string | undefined;
      for (let y = x + 1; y < to; y++) {
        const j = members[y] as number;
        if (device[j] !== -1 || hashes[j] !== hashes[i]) continue;
        name ??= responses[i]?.device;
        if (responses[j]?.device === name) device[j] = id;
      }
    }
  }
  return { device, first: first.slice(0, count) };
}
