/**
 * A spec and worlds that put the decision core's time handling under stress: zones with DST (including
 * Lord Howe's 30-minute shift and St John's −3:30), a +5:30 zone, windows and breaks crossing midnight or
 * falling in DST gaps and repeated hours, holidays and extra working days on DST days, nested
 * any/not/all conditions, and "now" within a day and a half of a 2026 DST transition, written in
 * assorted offsets, sometimes with seconds and milliseconds; client ids that stress text handling.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { RoutingIR } from '../../generator/ir/types.ts';
import type { World } from '../../generator/model/types.ts';
import { COMPANIES, irWith } from '../fixtures/ir.ts';
import { worldArb } from '../model/arbitraries.ts';

export const TIME_IR: RoutingIR = irWith({
  timeZone: 'America/New_York',
  companies: [
    COMPANIES[0]!,
    { ...COMPANIES[1]!, headOfSales: undefined, crm: { repeatContact: 'new-deal', dealTitle: '{client} @ {line} {unknown} {{company}}' } },
  ],
  people: {
    departments: [
      { id: 1, name: 'Head office', head: 30, schedule: 'lord-howe' },
      { id: 2, name: 'Night desk', parent: 1, schedule: 'ny-night' },
      { id: 3, name: 'Berlin desk', parent: 1, schedule: 'berlin-day' },
      { id: 5, name: 'Kolkata desk', parent: 3, head: 21, schedule: 'kolkata' },
    ],
    users: [
      { id: 10, name: 'Anna', schedule: 'lord-howe', timeZone: 'Australia/Lord_Howe' },
      { id: 11, name: 'Pavel', timeZone: 'America/St_Johns' },
      { id: 12, name: 'Maria', schedule: 'berlin-day' },
      { id: 13, name: 'Ivan', timeZone: 'Europe/Berlin' },
      { id: 21, name: 'Olga', schedule: 'ny-night' },
    ],
    roles: [
      { id: 'night', name: 'Night desk', departments: [2] },
      { id: 'heads', name: 'Some heads', departmentHeads: [1, 3, 5] },
      { id: 'all-heads', name: 'All heads', departmentHeads: true },
      { id: 'named', name: 'Named', users: [11, 22] },
    ],
    supervisors: [{ user: 11, supervisor: 11 }, { user: 13, supervisor: 40 }, { user: 22, supervisor: 12 }],
  },
  schedules: [
    {
      id: 'ny-night',
      timeZone: 'America/New_York',
      windows: [{ days: 'weekdays', from: '22:00', to: '06:00' }, { days: ['sat'], from: '00:00', to: '24:00' }, { days: ['sun'], from: '01:30', to: '03:00' }],
      breaks: [{ days: 'daily', from: '23:30', to: '00:30' }, { days: ['sun', 'mon'], from: '02:00', to: '02:40' }],
      holidays: ['2026-03-09', '2026-11-02'],
      extraWorkingDays: [{ date: '2026-03-08', from: '01:00', to: '04:00' }, { date: '2026-11-01', from: '00:30', to: '02:30' }],
    },
    {
      id: 'berlin-day',
      timeZone: 'Europe/Berlin',
      windows: [{ days: 'weekdays', from: '08:00', to: '17:00' }, { days: ['sun'], from: '02:00', to: '03:30' }],
      breaks: [{ days: 'weekdays', from: '12:00', to: '12:45' }],
      holidays: ['2026-03-30', '2026-10-26'],
      extraWorkingDays: [{ date: '2026-03-29', from: '01:30', to: '04:00' }, { date: '2026-10-24', from: '22:00', to: '03:00' }],
    },
    {
      id: 'lord-howe',
      timeZone: 'Australia/Lord_Howe',
      windows: [{ days: 'daily', from: '01:30', to: '02:30' }, { days: 'weekdays', from: '09:00', to: '17:00' }],
      extraWorkingDays: [{ date: '2026-04-05', from: '01:00', to: '03:00' }],
    },
    { id: 'kolkata', timeZone: 'Asia/Kolkata', windows: [{ days: 'weekdays', from: '09:30', to: '18:30' }, { days: 'weekend', from: '20:00', to: '00:00' }] },
  ],
  assignment: { repeatContact: 'contact-responsible', setResponsible: { deal: true, contact: false } },
  availabilityCheck: {
    delayMinutes: 90,
    vacationTypes: ['VACATION', 'LEAVESICK'],
    rules: [
      {
        name: 'DST night hours, day paused or closed → Maria',
        when: {
          workday: ['paused', 'closed'],
          any: [
            { time: { days: ['sun'], from: '01:30', to: '03:00', timeZone: 'America/New_York' } },
            { time: { from: '02:15', to: '02:45', timeZone: 'Europe/Berlin' } },
            { time: { days: ['sat', 'sun'], from: '01:45', to: '02:15', timeZone: 'Australia/Lord_Howe' } },
          ],
        },
        then: {
          action: 'user', user: 12, comment: '{operator} at {line} of {company} {unknown} {{operator}}',
          notify: { to: ['operator', 'supervisor', 'head-of-sales', 13, 'operator'], text: '{line}: {operator}' },
        },
      },
      {
        name: 'Inside schedule, not a Lord Howe weekend night → stays',
        when: { schedule: 'inside', not: { time: { days: 'weekend', from: '23:00', to: '01:00', timeZone: 'Australia/Lord_Howe' } } },
        then: { action: 'keep', notify: { to: ['supervisor'], text: 'kept' } },
      },
      { name: 'Night or Kolkata desk, 1–2 dialogs → line 3', when: { department: [2, 5], openDialogs: { atLeast: 1, atMost: 2 } }, then: { action: 'line', line: 3 } },
      { name: 'Heads outside hours, empty any', when: { all: [{ role: ['heads', 'night'] }, { schedule: 'outside' }], any: [] }, then: { action: 'queue' } },
      {
        name: 'Not started, weekend evening St John’s → supervisor',
        when: { workday: 'not-started', time: { days: ['sat', 'sun'], from: '20:00', to: '24:00', timeZone: 'America/St_Johns' } },
        then: { action: 'supervisor', comment: 'No day for {operator}' },
      },
      { name: 'Neither away nor offline', when: { not: { any: [{ vacation: false }, { online: true }] } }, then: { action: 'queue' } },
      { name: 'Kolkata hours, named or all heads', when: { role: ['named', 'all-heads'], time: { days: 'weekdays', from: '09:30', to: '18:30', timeZone: 'Asia/Kolkata' } }, then: { action: 'keep' } },
    ],
    fallback: { action: 'user', user: 40, notify: { to: ['head-of-sales', 'supervisor'], text: 'fallback for {operator}' } },
  },
  jobs: [{ id: 'night-watch', at: '02:30', timeZone: 'America/New_York', companies: ['beta', 'alfa'], action: { type: 'add-head-of-sales' } }],
});

/** 2026 DST transitions (UTC instants): New York, St John's, Berlin, Lord Howe (end, start). */
const TRANSITIONS = [
  '2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z', '2026-03-08T05:30:00Z', '2026-11-01T04:30:00Z',
  '2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2026-04-04T15:00:00Z', '2026-10-03T15:30:00Z',
].map((t) => DateTime.fromISO(t, { zone: 'UTC' }));

const WRITE_ZONES = ['UTC', 'Europe/Moscow', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/St_Johns'];

/** An instant within 36 hours of a DST transition, written in one of several offsets. */
const dstNowArb: fc.Arbitrary<string> = fc.record({
  base: fc.constantFrom(...TRANSITIONS),
  minutes: fc.integer({ min: -36 * 60, max: 36 * 60 }),
  zone: fc.constantFrom(...WRITE_ZONES),
  precise: fc.option(fc.record({ second: fc.integer({ min: 0, max: 59 }), millisecond: fc.integer({ min: 0, max: 999 }) }), { freq: 3 }),
  plusZero: fc.boolean(),
}).map(({ base, minutes, zone, precise, plusZero }) => {
  const at = base.plus({ minutes }).set(precise ?? {}).setZone(zone);
  const text = at.toISO({ suppressMilliseconds: true })!;
  return plusZero ? text.replace(/Z$/, '+00:00') : text;
});

function shiftInstant(instant: string, ms: number): string {
  return DateTime.fromISO(instant, { setZone: true }).plus({ milliseconds: ms }).toISO({ suppressMilliseconds: true })!;
}

/** The world moved in time so that its `now` is the given instant; every other instant keeps its distance. */
export function moveWorld(world: World, now: string): World {
  const delta = DateTime.fromISO(now, { setZone: true }).toMillis() - DateTime.fromISO(world.now, { setZone: true }).toMillis();
  const move = (t: string): string => shiftInstant(t, delta);
  return {
    ...world,
    now,
    users: world.users.map((u) => ({
      ...u,
      absences: u.absences.map((a) => ({ ...a, from: move(a.from), to: move(a.to) })),
      workday: u.workday && { ...u.workday, openedAt: u.workday.openedAt && move(u.workday.openedAt) },
    })),
    lines: world.lines.map((l) => ({ ...l, queue: l.queue.map((q) => ({ ...q, lastAssignedAt: q.lastAssignedAt && move(q.lastAssignedAt) })) })),
  };
}

/** Client ids that test text handling: a placeholder (never expanded twice), quotes, escapes, line separators. */
const TRICKY_CLIENTS: Record<string, string> = { a: '{line}', b: 'Ünï "cødé" \\ \u2028 \u0007 /', c: 'c' };

function trickyClients(world: World): World {
  const tricky = (id: string): string => TRICKY_CLIENTS[id] ?? id;
  return {
    ...world,
    sessions: world.sessions.map((s) => ({ ...s, clientId: tricky(s.clientId) })),
    contacts: world.contacts.map((c) => ({ ...c, clientId: tricky(c.clientId) })),
  };
}

/** Worlds of the usual shape, around DST transitions, with tricky client ids. */
export const dstWorldArb: fc.Arbitrary<World> = fc.tuple(worldArb, dstNowArb)
  .map(([world, now]) => trickyClients(moveWorld(world, now)));
