/**
 * Wall-clock time for the model, with luxon only: instants are converted into a zone and compared as
 * local (date, minute-of-day) pairs, so DST days need no special case (a window simply has less or more
 * real time). Minutes are whole: seconds are dropped, a window's `from` is inclusive and `to` exclusive.
 */
import { DateTime } from 'luxon';
import type { IsoWeekday, JobIR, ScheduleIR, WindowIR } from '../ir/types.ts';
import type { Instant } from './types.ts';

const MINUTES_PER_DAY = 1440;

/** A moment as seen on a wall clock in some zone. */
export interface WallClock {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Minutes since local midnight, 0–1439. */
  minute: number;
  weekday: IsoWeekday;
}

/** Parses an ISO instant (with offset or `Z`); throws on anything else. */
export function parseInstant(instant: Instant): DateTime {
  // Without an offset, luxon would read the text in the host's zone: refuse it, so decisions never depend on the machine.
  if (!/(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/.test(instant)) throw new Error(`invalid instant (no offset): ${instant}`);
  const dt = DateTime.fromISO(instant, { setZone: true });
  if (!dt.isValid) throw new Error(`invalid instant: ${instant}`);
  return dt;
}

/** Milliseconds since the epoch (an integer), for ordering instants. */
export function instantMillis(instant: Instant): number {
  return parseInstant(instant).toMillis();
}

/** ISO text with offset, without milliseconds. */
export function formatInstant(dt: DateTime): Instant {
  const text = dt.toISO({ suppressMilliseconds: true });
  if (text === null) throw new Error('invalid date-time');
  return text;
}

/** The instant `minutes` later, keeping the offset the instant was written with. */
export function addMinutes(instant: Instant, minutes: number): Instant {
  return formatInstant(parseInstant(instant).plus({ minutes }));
}

function inZone(instant: Instant, zone: string): DateTime {
  const dt = parseInstant(instant).setZone(zone);
  if (!dt.isValid) throw new Error(`invalid time zone: ${zone}`);
  return dt;
}

function wallOf(dt: DateTime): WallClock {
  return { date: isoDate(dt), minute: dt.hour * 60 + dt.minute, weekday: dt.weekday as IsoWeekday };
}

function isoDate(dt: DateTime): string {
  const text = dt.toISODate();
  if (text === null) throw new Error('invalid date-time');
  return text;
}

/** The wall clock of `instant` in `zone`. */
export function wallClock(instant: Instant, zone: string): WallClock {
  return wallOf(inZone(instant, zone));
}

/** The local calendar date (`YYYY-MM-DD`) of `instant` in `zone`. */
export function localDate(instant: Instant, zone: string): string {
  return isoDate(inZone(instant, zone));
}

/** Calendar arithmetic on a `YYYY-MM-DD` date (done in UTC, where every day has 24 hours). */
export function shiftDate(date: string, days: number): string {
  return isoDate(calendarDay(date).plus({ days }));
}

/** ISO weekday of a `YYYY-MM-DD` date. */
export function weekdayOf(date: string): IsoWeekday {
  return calendarDay(date).weekday as IsoWeekday;
}

function calendarDay(date: string): DateTime {
  const dt = DateTime.fromISO(date, { zone: 'UTC' });
  if (!dt.isValid) throw new Error(`invalid date: ${date}`);
  return dt;
}

/** A working interval that starts on some day: `[from, to)`, crossing midnight when `to <= from`. */
interface Span {
  from: number;
  to: number;
}

/** Whether `minute` of a day lies in spans that started that day (head) or the day before (tail). */
function covered(minute: number, startedToday: Span[], startedYesterday: Span[]): boolean {
  for (const s of startedToday) {
    const end = s.to > s.from ? s.to : MINUTES_PER_DAY;
    if (minute >= s.from && minute < end) return true;
  }
  for (const s of startedYesterday) {
    if (s.to <= s.from && minute < s.to) return true;
  }
  return false;
}

function windowsStartingOn(windows: WindowIR[], weekday: IsoWeekday): Span[] {
  return windows.filter((w) => w.days.includes(weekday)).map((w) => ({ from: w.from, to: w.to }));
}

/**
 * Working spans that start on `date`: none on a holiday; the extra day's hours on an extra working day
 * (the weekly windows do not apply then); otherwise the weekly windows of the date's weekday.
 */
function workStartingOn(schedule: ScheduleIR, date: string): Span[] {
  if (schedule.holidays.includes(date)) return [];
  const extra = schedule.extraWorkingDays.filter((d) => d.date === date);
  if (extra.length > 0) return extra.map((d) => ({ from: d.from, to: d.to }));
  return windowsStartingOn(schedule.windows, weekdayOf(date));
}

/**
 * Whether `instant` is working time of `schedule`, read on the wall clock of the schedule's zone.
 * A window crossing midnight belongs to its start day: its tail counts even when the next day is a holiday.
 * Breaks follow the same start-day rule by weekday, and are subtracted from any working time (extra days too).
 */
export function isInsideSchedule(schedule: ScheduleIR, instant: Instant): boolean {
  return scheduleState(schedule, instant) === 'working';
}

/** `working`, `break` (inside working time, in a break) or `off` (outside working time, holidays). */
export function scheduleState(schedule: ScheduleIR, instant: Instant): 'working' | 'break' | 'off' {
  const now = wallClock(instant, schedule.timeZone);
  const yesterday = shiftDate(now.date, -1);
  const working = covered(now.minute, workStartingOn(schedule, now.date), workStartingOn(schedule, yesterday));
  if (!working) return 'off';
  const onBreak = covered(
    now.minute,
    windowsStartingOn(schedule.breaks, now.weekday),
    windowsStartingOn(schedule.breaks, weekdayOf(yesterday)),
  );
  return onBreak ? 'break' : 'working';
}

/** Whether `instant` is inside a weekly window read in `timeZone` (same midnight rule as schedules). */
export function isInsideWindow(window: WindowIR, timeZone: string, instant: Instant): boolean {
  const now = wallClock(instant, timeZone);
  const yesterday = weekdayOf(shiftDate(now.date, -1));
  return covered(now.minute, windowsStartingOn([window], now.weekday), windowsStartingOn([window], yesterday));
}

function wallAtLeast(dt: DateTime, date: string, minute: number): boolean {
  const w = wallOf(dt);
  return w.date > date || (w.date === date && w.minute >= minute);
}

/**
 * The first instant at which the wall clock of `zone` shows `date` at `minute`:
 * in a DST gap, the first valid instant after the gap; on a repeated hour, the first occurrence.
 */
export function firstInstantAt(date: string, minute: number, zone: string): DateTime {
  if (minute >= MINUTES_PER_DAY) return firstInstantAt(shiftDate(date, 1), minute - MINUTES_PER_DAY, zone);
  const day = calendarDay(date);
  const guess = DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day, hour: Math.floor(minute / 60), minute: minute % 60 },
    { zone },
  );
  if (!guess.isValid) throw new Error(`invalid time zone: ${zone}`);
  const w = wallOf(guess);
  if (w.date === date && w.minute === minute) {
    // A repeated hour: luxon may pick either occurrence; step back by the offset change and keep the earlier.
    const change = Math.abs(guess.minus({ hours: 6 }).offset - guess.plus({ hours: 6 }).offset);
    if (change > 0) {
      const earlier = guess.minus({ minutes: change });
      const e = wallOf(earlier);
      if (e.date === date && e.minute === minute) return earlier;
    }
    return guess;
  }
  // A gap: luxon moved the time forward; walk back to the first minute whose wall clock is not before the target.
  let t = guess;
  for (let i = 0; i < MINUTES_PER_DAY; i += 1) {
    const previous = t.minus({ minutes: 1 });
    if (!wallAtLeast(previous, date, minute)) break;
    t = previous;
  }
  return t;
}

/**
 * The next run of `job` strictly after `after`: the first instant of the job's wall-clock `at`, in its zone,
 * on one of its days. Returns ISO with the zone's offset.
 */
export function nextRun(job: JobIR, after: Instant): Instant {
  if (job.days.length === 0) throw new Error(`job ${job.id} has no days`);
  const limit = parseInstant(after).toMillis();
  const start = localDate(after, job.timeZone);
  for (let d = -1; d <= 8; d += 1) {
    const date = shiftDate(start, d);
    if (!job.days.includes(weekdayOf(date))) continue;
    const run = firstInstantAt(date, job.at, job.timeZone);
    if (run.toMillis() > limit) return formatInstant(run);
  }
  throw new Error(`job ${job.id}: no run found after ${after}`);
}
