import { describe, expect, it } from 'vitest';
import type { IsoWeekday, JobIR, ScheduleIR, WindowIR } from '../../generator/ir/types.ts';
import { isInsideSchedule, isInsideWindow, localDate, nextRun } from '../../generator/model/schedule.ts';

const DAILY: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const WEEKDAYS: IsoWeekday[] = [1, 2, 3, 4, 5];
const hm = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const win = (days: IsoWeekday[], from: string, to: string): WindowIR => ({ days, from: hm(from), to: hm(to) % 1440 });

function schedule(timeZone: string, windows: WindowIR[], more: Partial<ScheduleIR> = {}): ScheduleIR {
  return { id: 's', timeZone, windows, breaks: [], holidays: [], extraWorkingDays: [], ...more };
}

const night = (zone: string) => schedule(zone, [win(DAILY, '01:00', '04:00')]);
const saturdayNight = (holidays: string[] = []) => schedule('Europe/Moscow', [win([6], '22:00', '06:00')], { holidays });
const office = schedule('Europe/Moscow', [win(WEEKDAYS, '09:00', '18:00')], {
  breaks: [win(WEEKDAYS, '13:00', '14:00')],
  holidays: ['2027-01-01'],
  extraWorkingDays: [
    { date: '2026-03-06', from: hm('09:00'), to: hm('15:00') }, // a shortened Friday
    { date: '2026-03-07', from: hm('10:00'), to: hm('16:00') }, // a working Saturday
    { date: '2026-03-14', from: hm('20:00'), to: hm('02:00') }, // a Saturday night shift
  ],
});
const nightShift = schedule('Europe/Berlin', [win(DAILY, '20:00', '08:00')], { breaks: [win(DAILY, '23:30', '00:30')] });

describe('isInsideSchedule', () => {
  const table: { name: string; s: ScheduleIR; at: string; want: boolean }[] = [
    // Europe/Berlin spring forward, Sun 2026-03-29 02:00 → 03:00: the 01:00–04:00 window has two real hours.
    { name: 'Berlin spring: before', s: night('Europe/Berlin'), at: '2026-03-29T00:59:00+01:00', want: false },
    { name: 'Berlin spring: 01:00', s: night('Europe/Berlin'), at: '2026-03-29T01:00:00+01:00', want: true },
    { name: 'Berlin spring: 01:59', s: night('Europe/Berlin'), at: '2026-03-29T01:59:00+01:00', want: true },
    { name: 'Berlin spring: right after the gap', s: night('Europe/Berlin'), at: '2026-03-29T01:00:00Z', want: true },
    { name: 'Berlin spring: 03:59', s: night('Europe/Berlin'), at: '2026-03-29T03:59:00+02:00', want: true },
    { name: 'Berlin spring: 04:00', s: night('Europe/Berlin'), at: '2026-03-29T04:00:00+02:00', want: false },
    // Europe/Berlin fall back, Sun 2026-10-25 03:00 → 02:00: four real hours, both 02:30s inside.
    { name: 'Berlin fall: 01:00', s: night('Europe/Berlin'), at: '2026-10-25T01:00:00+02:00', want: true },
    { name: 'Berlin fall: first 02:30', s: night('Europe/Berlin'), at: '2026-10-25T02:30:00+02:00', want: true },
    { name: 'Berlin fall: second 02:30', s: night('Europe/Berlin'), at: '2026-10-25T02:30:00+01:00', want: true },
    { name: 'Berlin fall: 03:59', s: night('Europe/Berlin'), at: '2026-10-25T03:59:00+01:00', want: true },
    { name: 'Berlin fall: 04:00', s: night('Europe/Berlin'), at: '2026-10-25T03:00:00Z', want: false },
    // America/New_York: spring 2026-03-08, fall 2026-11-01.
    { name: 'NY spring: 01:30', s: night('America/New_York'), at: '2026-03-08T01:30:00-05:00', want: true },
    { name: 'NY spring: 03:00', s: night('America/New_York'), at: '2026-03-08T07:00:00Z', want: true },
    { name: 'NY spring: 04:00', s: night('America/New_York'), at: '2026-03-08T04:00:00-04:00', want: false },
    { name: 'NY fall: first 01:30', s: night('America/New_York'), at: '2026-11-01T01:30:00-04:00', want: true },
    { name: 'NY fall: second 01:30', s: night('America/New_York'), at: '2026-11-01T01:30:00-05:00', want: true },
    { name: 'NY fall: 00:59', s: night('America/New_York'), at: '2026-11-01T00:59:00-04:00', want: false },
    // Australia/Sydney: fall back 2026-04-05 03:00 → 02:00, spring forward 2026-10-04 02:00 → 03:00.
    { name: 'Sydney fall: first 02:30', s: night('Australia/Sydney'), at: '2026-04-05T02:30:00+11:00', want: true },
    { name: 'Sydney fall: second 02:30', s: night('Australia/Sydney'), at: '2026-04-05T02:30:00+10:00', want: true },
    { name: 'Sydney fall: 04:00', s: night('Australia/Sydney'), at: '2026-04-05T04:00:00+10:00', want: false },
    { name: 'Sydney spring: 01:59', s: night('Australia/Sydney'), at: '2026-10-04T01:59:00+10:00', want: true },
    { name: 'Sydney spring: 03:00', s: night('Australia/Sydney'), at: '2026-10-04T03:00:00+11:00', want: true },
    // Europe/Moscow (no DST): an instant written in another offset is read on the Moscow clock.
    { name: 'Moscow: 01:30 written in UTC', s: night('Europe/Moscow'), at: '2026-03-28T22:30:00Z', want: true },
    { name: 'Moscow: 04:00 written in UTC', s: night('Europe/Moscow'), at: '2026-03-29T01:00:00Z', want: false },
    // A Saturday 22:00–06:00 window (Moscow; 2026-03-07 is a Saturday).
    { name: 'Sat night: Sunday 03:00', s: saturdayNight(), at: '2026-03-08T03:00:00+03:00', want: true },
    { name: 'Sat night: Sunday 03:00, Sunday a holiday', s: saturdayNight(['2026-03-08']), at: '2026-03-08T03:00:00+03:00', want: true },
    { name: 'Sat night: Sunday 03:00, Saturday a holiday', s: saturdayNight(['2026-03-07']), at: '2026-03-08T03:00:00+03:00', want: false },
    { name: 'Sat night: Saturday 23:00, Saturday a holiday', s: saturdayNight(['2026-03-07']), at: '2026-03-07T23:00:00+03:00', want: false },
    { name: 'Sat night: Saturday 22:00', s: saturdayNight(), at: '2026-03-07T22:00:00+03:00', want: true },
    { name: 'Sat night: Sunday 06:00', s: saturdayNight(), at: '2026-03-08T06:00:00+03:00', want: false },
    { name: 'Sat night: Sunday 22:30 (not a start day)', s: saturdayNight(), at: '2026-03-08T22:30:00+03:00', want: false },
    { name: 'Sat night: Friday 03:00 (no Thursday window)', s: saturdayNight(), at: '2026-03-06T03:00:00+03:00', want: false },
    // Office hours, breaks, holidays, extra working days (Moscow).
    { name: 'office: Monday 08:59', s: office, at: '2026-03-02T08:59:59+03:00', want: false },
    { name: 'office: Monday 09:00', s: office, at: '2026-03-02T09:00:00+03:00', want: true },
    { name: 'office: break starts 13:00', s: office, at: '2026-03-02T13:00:00+03:00', want: false },
    { name: 'office: break 13:59', s: office, at: '2026-03-02T13:59:00+03:00', want: false },
    { name: 'office: break ends 14:00', s: office, at: '2026-03-02T14:00:00+03:00', want: true },
    { name: 'office: 17:59:59', s: office, at: '2026-03-02T17:59:59+03:00', want: true },
    { name: 'office: 18:00', s: office, at: '2026-03-02T18:00:00+03:00', want: false },
    { name: 'office: holiday Friday', s: office, at: '2027-01-01T10:00:00+03:00', want: false },
    { name: 'office: the day before the holiday', s: office, at: '2026-12-31T10:00:00+03:00', want: true },
    { name: 'office: ordinary Saturday', s: office, at: '2026-02-28T12:00:00+03:00', want: false },
    { name: 'extra Saturday 12:00', s: office, at: '2026-03-07T12:00:00+03:00', want: true },
    { name: 'extra Saturday 09:59', s: office, at: '2026-03-07T09:59:00+03:00', want: false },
    { name: 'extra Saturday 16:00', s: office, at: '2026-03-07T16:00:00+03:00', want: false },
    { name: 'short Friday 16:00 (weekly hours do not apply)', s: office, at: '2026-03-06T16:00:00+03:00', want: false },
    { name: 'short Friday 10:00', s: office, at: '2026-03-06T10:00:00+03:00', want: true },
    { name: 'short Friday keeps the weekday break', s: office, at: '2026-03-06T13:30:00+03:00', want: false },
    { name: 'extra night shift: Sunday 01:00', s: office, at: '2026-03-15T01:00:00+03:00', want: true },
    { name: 'extra night shift: Sunday 02:00', s: office, at: '2026-03-15T02:00:00+03:00', want: false },
    // A night shift with a break across midnight (Berlin).
    { name: 'night shift 23:00', s: nightShift, at: '2026-03-02T23:00:00+01:00', want: true },
    { name: 'night shift break 23:45', s: nightShift, at: '2026-03-02T23:45:00+01:00', want: false },
    { name: 'night shift break tail 00:15', s: nightShift, at: '2026-03-03T00:15:00+01:00', want: false },
    { name: 'night shift after break 00:30', s: nightShift, at: '2026-03-03T00:30:00+01:00', want: true },
    { name: 'night shift 07:59', s: nightShift, at: '2026-03-03T07:59:00+01:00', want: true },
    { name: 'night shift 08:00', s: nightShift, at: '2026-03-03T08:00:00+01:00', want: false },
    { name: 'night shift over spring forward 03:30', s: nightShift, at: '2026-03-29T03:30:00+02:00', want: true },
  ];
  it.each(table)('$name → $want', ({ s, at, want }) => {
    expect(isInsideSchedule(s, at)).toBe(want);
  });

  it('a window ending at 24:00 (normalized to 0) runs to midnight', () => {
    const s = schedule('Europe/Moscow', [win([1], '18:00', '24:00')]);
    expect([
      isInsideSchedule(s, '2026-03-02T23:59:00+03:00'),
      isInsideSchedule(s, '2026-03-03T00:00:00+03:00'),
    ]).toEqual([true, false]);
  });

  it('rejects an instant without an offset', () => {
    expect(() => isInsideSchedule(office, 'not a time')).toThrow(/invalid instant/);
  });
});

describe('isInsideWindow', () => {
  const table: { name: string; w: WindowIR; zone: string; at: string; want: boolean }[] = [
    { name: 'Mon–Fri 10–19, Monday 10:15 MSK from UTC', w: win(WEEKDAYS, '10:00', '19:00'), zone: 'Europe/Moscow', at: '2026-03-02T07:15:00Z', want: true },
    { name: 'Mon–Fri 10–19, Monday 09:59 MSK', w: win(WEEKDAYS, '10:00', '19:00'), zone: 'Europe/Moscow', at: '2026-03-02T09:59:00+03:00', want: false },
    { name: 'Mon–Fri 10–19, Saturday 12:00', w: win(WEEKDAYS, '10:00', '19:00'), zone: 'Europe/Moscow', at: '2026-03-07T12:00:00+03:00', want: false },
    { name: 'Fri 22–02, Saturday 01:00', w: win([5], '22:00', '02:00'), zone: 'America/New_York', at: '2026-03-07T01:00:00-05:00', want: true },
    { name: 'Fri 22–02, Sunday 01:00', w: win([5], '22:00', '02:00'), zone: 'America/New_York', at: '2026-03-08T01:00:00-05:00', want: false },
    { name: 'Monday 12:15 MSK is 20:15 in Sydney', w: win(WEEKDAYS, '10:00', '19:00'), zone: 'Australia/Sydney', at: '2026-03-02T09:15:00Z', want: false },
  ];
  it.each(table)('$name → $want', ({ w, zone, at, want }) => {
    expect(isInsideWindow(w, zone, at)).toBe(want);
  });
});

describe('nextRun', () => {
  const job = (at: string, timeZone: string, days: IsoWeekday[] = DAILY): JobIR => ({
    id: 'j', at: hm(at), timeZone, days, companies: [], action: { type: 'add-head-of-sales', user: null }, stay: true,
  });
  const table: { name: string; j: JobIR; after: string; want: string }[] = [
    { name: 'later today', j: job('23:00', 'Europe/Moscow'), after: '2026-03-02T10:00:00+03:00', want: '2026-03-02T23:00:00+03:00' },
    { name: 'strictly after: at the run → tomorrow', j: job('23:00', 'Europe/Moscow'), after: '2026-03-02T23:00:00+03:00', want: '2026-03-03T23:00:00+03:00' },
    { name: 'after written in UTC', j: job('23:00', 'Europe/Moscow'), after: '2026-03-02T20:00:00Z', want: '2026-03-03T23:00:00+03:00' },
    { name: 'after a second before', j: job('23:00', 'Europe/Moscow'), after: '2026-03-02T22:59:59+03:00', want: '2026-03-02T23:00:00+03:00' },
    { name: 'weekdays: Friday night → Monday', j: job('23:00', 'Europe/Moscow', WEEKDAYS), after: '2026-03-06T23:30:00+03:00', want: '2026-03-09T23:00:00+03:00' },
    { name: 'Berlin gap: 02:30 → 03:00', j: job('02:30', 'Europe/Berlin'), after: '2026-03-28T12:00:00+01:00', want: '2026-03-29T03:00:00+02:00' },
    { name: 'Berlin gap: the day after', j: job('02:30', 'Europe/Berlin'), after: '2026-03-29T03:00:00+02:00', want: '2026-03-30T02:30:00+02:00' },
    { name: 'Berlin overlap: first 02:30', j: job('02:30', 'Europe/Berlin'), after: '2026-10-24T12:00:00+02:00', want: '2026-10-25T02:30:00+02:00' },
    { name: 'Berlin overlap: runs once', j: job('02:30', 'Europe/Berlin'), after: '2026-10-25T02:30:00+02:00', want: '2026-10-26T02:30:00+01:00' },
    { name: 'NY overlap: first 01:30', j: job('01:30', 'America/New_York'), after: '2026-10-31T12:00:00-04:00', want: '2026-11-01T01:30:00-04:00' },
    { name: 'NY overlap: between the two 01:30s', j: job('01:30', 'America/New_York'), after: '2026-11-01T01:45:00-04:00', want: '2026-11-02T01:30:00-05:00' },
    { name: 'NY gap: 02:15 → 03:00', j: job('02:15', 'America/New_York'), after: '2026-03-07T12:00:00-05:00', want: '2026-03-08T03:00:00-04:00' },
    { name: 'Sydney overlap: first 02:30', j: job('02:30', 'Australia/Sydney'), after: '2026-04-04T12:00:00+11:00', want: '2026-04-05T02:30:00+11:00' },
    { name: 'Sydney gap: 02:30 → 03:00', j: job('02:30', 'Australia/Sydney'), after: '2026-10-03T12:00:00+10:00', want: '2026-10-04T03:00:00+11:00' },
    { name: 'Lord Howe half-hour gap: 02:15 → 02:30', j: job('02:15', 'Australia/Lord_Howe'), after: '2026-10-03T12:00:00+10:30', want: '2026-10-04T02:30:00+11:00' },
    { name: 'midnight job', j: job('00:00', 'Europe/Moscow'), after: '2026-03-02T10:00:00+03:00', want: '2026-03-03T00:00:00+03:00' },
  ];
  it.each(table)('$name → $want', ({ j, after, want }) => {
    expect(nextRun(j, after)).toBe(want);
  });
});

describe('localDate', () => {
  const table = [
    { at: '2026-03-01T22:30:00Z', zone: 'Europe/Moscow', want: '2026-03-02' },
    { at: '2026-03-01T22:30:00Z', zone: 'America/New_York', want: '2026-03-01' },
    { at: '2026-03-01T14:00:00Z', zone: 'Australia/Sydney', want: '2026-03-02' },
  ];
  it.each(table)('$at in $zone → $want', ({ at, zone, want }) => {
    expect(localDate(at, zone)).toBe(want);
  });
});
