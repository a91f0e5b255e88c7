/**
 * Pure time helpers: clock times, weekday sets, calendar dates and the week-minute coverage of windows.
 */
import { IANAZone } from 'luxon';

export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const CLOCK = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;

/**
 * Minutes since midnight of an `HH:MM` time, or undefined when it is not one.
 * `24:00` (1440) is accepted only when `asEnd` is set.
 */
export function parseClock(v: unknown, asEnd = false): number | undefined {
  if (typeof v !== 'string') return undefined;
  if (asEnd && v === '24:00') return MINUTES_PER_DAY;
  const m = CLOCK.exec(v);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** Weekday indices 0 (mon) – 6 (sun) of a `Days` value (`daily` when absent), or undefined when malformed. */
export function parseDays(v: unknown): number[] | undefined {
  if (v === undefined || v === 'daily') return [0, 1, 2, 3, 4, 5, 6];
  if (v === 'weekdays') return [0, 1, 2, 3, 4];
  if (v === 'weekend') return [5, 6];
  if (!Array.isArray(v)) return undefined;
  const out = new Set<number>();
  for (const d of v as readonly unknown[]) {
    const i = WEEKDAYS.indexOf(d as (typeof WEEKDAYS)[number]);
    if (i < 0) return undefined;
    out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

/** Whether `v` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(v);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

const zoneCache = new Map<string, boolean>();

/** Whether `v` names a time zone the IANA database knows. */
export function isTimeZone(v: unknown): v is string {
  if (typeof v !== 'string' || v === '') return false;
  let valid = zoneCache.get(v);
  if (valid === undefined) {
    if (zoneCache.size > 256) zoneCache.clear();
    valid = IANAZone.isValidZone(v);
    zoneCache.set(v, valid);
  }
  return valid;
}

/** A window read into numbers: start days and minutes; `to <= from` crosses midnight. */
export interface ParsedWindow {
  days: number[];
  from: number;
  to: number;
}

/** A window whose days and times are all well-formed, or undefined. */
export function parseWindow(w: Record<string, unknown>): ParsedWindow | undefined {
  const days = parseDays(w.days);
  const from = parseClock(w.from);
  const to = parseClock(w.to, true);
  return days === undefined || from === undefined || to === undefined ? undefined : { days, from, to };
}

/** Length in minutes of one occurrence of a window (0 when `from` equals `to`, which is an empty window). */
export function windowLength(from: number, to: number): number {
  if (to === from) return 0;
  return to > from ? to - from : MINUTES_PER_DAY - from + to;
}

/** Marks in `into` every minute of the week the window covers (a window crossing midnight runs into the next day). */
export function cover(w: ParsedWindow, into: Uint8Array = new Uint8Array(MINUTES_PER_WEEK)): Uint8Array {
  const length = windowLength(w.from, w.to);
  for (const day of w.days) {
    const start = day * MINUTES_PER_DAY + w.from;
    for (let k = 0; k < length; k++) into[(start + k) % MINUTES_PER_WEEK] = 1;
  }
  return into;
}

/** Whether every minute marked in `inner` is marked in `outer`. */
export function covered(inner: Uint8Array, outer: Uint8Array): boolean {
  for (let i = 0; i < MINUTES_PER_WEEK; i++) if (inner[i] === 1 && outer[i] !== 1) return false;
  return true;
}

/** Whether no minute is marked in both. */
export function disjoint(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < MINUTES_PER_WEEK; i++) if (a[i] === 1 && b[i] === 1) return false;
  return true;
}

/** `HH:MM` of minutes since midnight (1440 → `24:00`). */
export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
