// Walking one device's submissions in time order (shared by the device-based checks).

import type { QualityFrame } from "./quality-frame.js";

/** Calls `visit` with each device's response indexes in time order (devices with at least `min` responses). */
export function forEachDevice(frame: QualityFrame, min: number, visit: (device: number, indexes: Int32Array) => void): void {
  const { deviceStart, byDevice } = frame;
  for (let d = 0; d + 1 < deviceStart.length; d++) {
    const from = deviceStart[d] as number,
      to = deviceStart[d + 1] as number;
    if (to - from >= min) visit(d, byDevice.subarray(from, to));
  }
}

/** Whether a device is an office kiosk: any of its submissions came through the kiosk channel. */
export function isKioskDevice(frame: QualityFrame, indexes: Int32Array): boolean {
  for (const i of indexes) if (frame.kiosk[i]) return true;
  return false;
}

/** `HH:MM` of a local minute of the day. */
export const clock = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
