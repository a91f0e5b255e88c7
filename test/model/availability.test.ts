import { describe, expect, it } from 'vitest';
import { onVacation, queueAvailability, workdayToday } from '../../generator/model/availability.ts';
import { userZone } from '../../generator/model/lookup.ts';
import { findSupervisor } from '../../generator/model/supervisor.ts';
import type { CandidateTrace, ReasonCode, World, WorldUser } from '../../generator/model/types.ts';
import { baseIr, irWith, NOW, user, VACATION, world, worldWithUsers } from '../fixtures/ir.ts';

const VT = baseIr().vacationTypes;
const solo = (u: WorldUser, patch: Partial<World> = {}): World => world({ users: [u], ...patch });

describe('onVacation', () => {
  const table: { name: string; w: World; want: boolean }[] = [
    { name: 'a vacation covering now', w: solo(user(11, { absences: [VACATION] })), want: true },
    { name: 'sick leave counts', w: solo(user(11, { absences: [{ ...VACATION, type: 'LEAVESICK' }] })), want: true },
    { name: 'a business trip does not', w: solo(user(11, { absences: [{ ...VACATION, type: 'BUSINESS_TRIP' }] })), want: false },
    { name: 'starting exactly now', w: solo(user(11, { absences: [{ type: 'VACATION', from: NOW, to: '2026-03-09T00:00:00+03:00' }] })), want: true },
    { name: 'ending exactly now', w: solo(user(11, { absences: [{ type: 'VACATION', from: '2026-02-01T00:00:00Z', to: NOW }] })), want: false },
    { name: 'ending now, written in UTC', w: solo(user(11, { absences: [{ type: 'VACATION', from: '2026-02-01T00:00:00Z', to: '2026-03-02T07:15:00Z' }] })), want: false },
    { name: 'without intranet absences are unknown', w: solo(user(11, { absences: [VACATION] }), { features: { timeman: true, intranet: false } }), want: false },
    { name: 'unknown user', w: solo(user(12, { absences: [VACATION] })), want: false },
  ];
  it.each(table)('$name → $want', ({ w, want }) => {
    expect(onVacation(11, w, VT)).toBe(want);
  });
});

describe('queueAvailability', () => {
  const noTimeman = { features: { timeman: false, intranet: true } };
  const table: { name: string; w: World; want: ReasonCode | null }[] = [
    { name: 'unknown user', w: solo(user(12)), want: 'UNKNOWN_USER' },
    { name: 'inactive (and on vacation)', w: solo(user(11, { active: false, absences: [VACATION] })), want: 'INACTIVE' },
    { name: 'on vacation', w: solo(user(11, { absences: [VACATION] })), want: 'VACATION' },
    { name: 'timeman: OPENED', w: solo(user(11, { online: false })), want: null },
    { name: 'timeman: PAUSED', w: solo(user(11, { workday: { state: 'PAUSED', openedAt: NOW } })), want: 'NONWORKING' },
    { name: 'timeman: CLOSED', w: solo(user(11, { workday: { state: 'CLOSED', openedAt: NOW } })), want: 'NONWORKING' },
    { name: 'timeman: EXPIRED', w: solo(user(11, { workday: { state: 'EXPIRED', openedAt: null } })), want: 'NONWORKING' },
    { name: 'timeman: untracked user, offline', w: solo(user(11, { workday: null, online: false })), want: null },
    { name: 'no timeman: online', w: solo(user(11, { workday: { state: 'CLOSED', openedAt: NOW } }), noTimeman), want: null },
    { name: 'no timeman: offline', w: solo(user(11, { online: false }), noTimeman), want: 'OFFLINE' },
  ];
  it.each(table)('$name → $want', ({ w, want }) => {
    expect(queueAvailability(11, w, VT)).toBe(want);
  });
});

describe('workdayToday', () => {
  const wd = (state: 'OPENED' | 'PAUSED' | 'CLOSED' | 'EXPIRED', openedAt: string | null) => user(11, { workday: { state, openedAt } });
  const table: { name: string; w: World; zone: string; want: string }[] = [
    { name: 'no timeman', w: solo(wd('OPENED', NOW), { features: { timeman: false, intranet: true } }), zone: 'Europe/Moscow', want: 'unknown' },
    { name: 'untracked', w: solo(user(11, { workday: null })), zone: 'Europe/Moscow', want: 'unknown' },
    { name: 'unknown user', w: solo(user(12)), zone: 'Europe/Moscow', want: 'unknown' },
    { name: 'EXPIRED', w: solo(wd('EXPIRED', '2026-03-01T09:00:00+03:00')), zone: 'Europe/Moscow', want: 'not-started' },
    { name: 'OPENED today', w: solo(wd('OPENED', '2026-03-02T09:00:00+03:00')), zone: 'Europe/Moscow', want: 'opened' },
    { name: 'OPENED yesterday', w: solo(wd('OPENED', '2026-03-01T09:00:00+03:00')), zone: 'Europe/Moscow', want: 'not-started' },
    { name: 'OPENED, no openedAt', w: solo(wd('OPENED', null)), zone: 'Europe/Moscow', want: 'not-started' },
    { name: 'PAUSED today', w: solo(wd('PAUSED', '2026-03-02T08:00:00+03:00')), zone: 'Europe/Moscow', want: 'paused' },
    { name: 'CLOSED today', w: solo(wd('CLOSED', '2026-03-02T08:00:00+03:00')), zone: 'Europe/Moscow', want: 'closed' },
    { name: 'CLOSED yesterday', w: solo(wd('CLOSED', '2026-03-01T08:00:00+03:00')), zone: 'Europe/Moscow', want: 'not-started' },
    { name: '01:30 MSK is today in Moscow', w: solo(wd('OPENED', '2026-03-01T22:30:00Z')), zone: 'Europe/Moscow', want: 'opened' },
    { name: '01:30 MSK is yesterday in New York', w: solo(wd('OPENED', '2026-03-01T22:30:00Z')), zone: 'America/New_York', want: 'not-started' },
  ];
  it.each(table)('$name → $want', ({ w, zone, want }) => {
    expect(workdayToday(11, w, zone)).toBe(want);
  });
});

describe('userZone', () => {
  const ir = irWith({
    people: {
      departments: [{ id: 3, name: 'Beta support', schedule: 'ny' }],
      users: [{ id: 11, name: 'Pavel', timeZone: 'Asia/Tokyo' }, { id: 12, name: 'Maria', schedule: 'ny' }, { id: 13, name: 'Ivan' }],
    },
    schedules: [{ id: 'ny', timeZone: 'America/New_York', windows: [{ from: '09:00', to: '18:00' }] }],
  });
  const w = world({ users: [user(11, { departments: [3] }), user(12), user(13), user(14, { departments: [3] })] });
  const table = [
    { name: 'own zone wins', id: 11, want: 'Asia/Tokyo' },
    { name: 'personal schedule', id: 12, want: 'America/New_York' },
    { name: 'department schedule', id: 14, want: 'America/New_York' },
    { name: 'spec zone', id: 13, want: 'Europe/Moscow' },
  ];
  it.each(table)('$name → $want', ({ id, want }) => {
    expect(userZone(ir, w, id)).toBe(want);
  });
});

describe('findSupervisor', () => {
  const ir = baseIr();
  const away = (id: number, patch: Partial<WorldUser> = { absences: [VACATION] }) => user(id, { departments: [], ...patch });
  const c = (userId: number, verdict: CandidateTrace['verdict'], ...reasons: ReasonCode[]): CandidateTrace =>
    ({ userId, as: 'supervisor', verdict, reasons });
  const table: { name: string; operator: number; w: World; want: { userId: number | null; candidates: CandidateTrace[] } }[] = [
    {
      name: 'override first', operator: 12, w: world(),
      want: { userId: 10, candidates: [c(10, 'chosen', 'SUPERVISOR_OVERRIDE')] },
    },
    {
      name: 'override on vacation → structure (its head is the same person, skipped)', operator: 12,
      w: worldWithUsers(away(10)),
      want: { userId: 30, candidates: [c(10, 'excluded', 'SUPERVISOR_OVERRIDE', 'VACATION'), c(30, 'chosen', 'DEPARTMENT_HEAD')] },
    },
    {
      name: 'head of the department', operator: 11, w: world(),
      want: { userId: 10, candidates: [c(10, 'chosen', 'DEPARTMENT_HEAD')] },
    },
    {
      name: 'a head of his own department climbs', operator: 10, w: world(),
      want: { userId: 30, candidates: [c(10, 'passed-over', 'DEPARTMENT_HEAD', 'SELF'), c(30, 'chosen', 'DEPARTMENT_HEAD')] },
    },
    {
      name: 'inactive head', operator: 11, w: worldWithUsers(away(10, { active: false })),
      want: { userId: 30, candidates: [c(10, 'excluded', 'DEPARTMENT_HEAD', 'INACTIVE'), c(30, 'chosen', 'DEPARTMENT_HEAD')] },
    },
    {
      name: 'unknown head', operator: 11, w: world({ users: [user(11, { departments: [2] }), user(30)] }),
      want: { userId: 30, candidates: [c(10, 'excluded', 'DEPARTMENT_HEAD', 'UNKNOWN_USER'), c(30, 'chosen', 'DEPARTMENT_HEAD')] },
    },
    {
      name: 'department missing from the world → the spec (no head, parent 1)', operator: 11,
      w: world({ departments: [{ id: 1, parent: null, head: 30 }] }),
      want: { userId: 30, candidates: [c(30, 'chosen', 'DEPARTMENT_HEAD')] },
    },
    {
      name: 'spec-only department with a head', operator: 22, w: worldWithUsers(user(22, { departments: [4] })),
      want: { userId: 13, candidates: [c(13, 'chosen', 'DEPARTMENT_HEAD')] },
    },
    {
      name: 'several departments in order', operator: 22,
      w: worldWithUsers(user(22, { departments: [3, 2] }), away(20), away(30)),
      want: {
        userId: 10,
        candidates: [c(20, 'excluded', 'DEPARTMENT_HEAD', 'VACATION'), c(30, 'excluded', 'DEPARTMENT_HEAD', 'VACATION'), c(10, 'chosen', 'DEPARTMENT_HEAD')],
      },
    },
    {
      name: 'a cycle in world data ends', operator: 11,
      w: world({ users: [user(11, { departments: [5] })], departments: [{ id: 5, parent: 6, head: null }, { id: 6, parent: 5, head: 11 }] }),
      want: { userId: null, candidates: [c(11, 'passed-over', 'DEPARTMENT_HEAD', 'SELF')] },
    },
    {
      name: 'nobody', operator: 11, w: worldWithUsers(away(10), away(30)),
      want: { userId: null, candidates: [c(10, 'excluded', 'DEPARTMENT_HEAD', 'VACATION'), c(30, 'excluded', 'DEPARTMENT_HEAD', 'VACATION')] },
    },
  ];
  it.each(table)('$name', ({ operator, w, want }) => {
    expect(findSupervisor(ir, w, operator, VT)).toEqual(want);
  });
});
