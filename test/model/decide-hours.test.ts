/**
 * Working time in routing: the line's off hours (reply, queue, duty staff, another line), its breaks
 * (duty staff), and each queue member's own hours. given/want tables, and the property that nobody
 * outside their own hours is offered a dialog on a line that respects them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LineInput } from '../../generator/spec/types.ts';
import { decide } from '../../generator/model/decide.ts';
import { personalHours } from '../../generator/model/hours.ts';
import { irLine } from '../../generator/model/lookup.ts';
import type { DecideResult, World } from '../../generator/model/types.ts';
import { COMPANIES, irWith, line, session, user, world } from '../fixtures/ir.ts';
import { caseArb } from './arbitraries.ts';

const irLine1 = (patch: Partial<LineInput>) => irWith({
  companies: COMPANIES.map((c) => ({ ...c, lines: c.lines.map((l) => (l.id === 1 ? { ...l, ...patch } : l)) })),
});
const at = (now: string, patch: Partial<World> = {}): World => ({ ...world(patch), now });

const MON_20_00 = '2026-03-02T20:00:00+03:00';
const MON_13_30 = '2026-03-02T13:30:00+03:00';
const MON_10_15 = '2026-03-02T10:15:00+03:00';
const started = { type: 'dialog.started' as const, sessionId: 1 };
const office = { schedule: 'alfa-office' };

const owner = (r: DecideResult) => (r.decision.kind === 'route' ? r.decision.owner : null);
const reply = (r: DecideResult) => r.effects.filter((e) => e.type === 'chat.reply');

describe('decide: the line’s off hours', () => {
  it('no offHours: the portal’s way, the dialog is given out as in working hours', () => {
    expect(owner(decide(irLine1(office), at(MON_20_00), started))).toEqual({ type: 'user', userId: 11 });
  });
  it('to the queue, with the reply: the dialog waits, the client is told', () => {
    const r = decide(irLine1({ ...office, offHours: { reply: 'We answer at 9:00.' } }), at(MON_20_00), started);
    expect(owner(r)).toEqual({ type: 'queue', lineId: 1 });
    expect(r.trace.reasons).toEqual(['FIRST_CONTACT', 'DEAL_CREATED', 'LINE_CLOSED']);
    expect(reply(r)).toEqual([{ type: 'chat.reply', chatId: 101, text: 'We answer at 9:00.' }]);
    expect(r.effects.some((e) => e.type === 'check.schedule' || e.type === 'queue.stamp')).toBe(false);
  });
  it('to another line: the dialog goes to that line’s queue', () => {
    const r = decide(irLine1({ ...office, offHours: { to: { line: 3 } } }), at(MON_20_00), started);
    expect(r.effects).toContainEqual({ type: 'session.toQueue', sessionId: 1, lineId: 3 });
    expect(reply(r)).toEqual([]);
  });
  it('to the duty staff: the first available in their order; the check is scheduled as usual', () => {
    const w = at(MON_20_00, { users: [user(12, { active: false }), user(22), user(13)] });
    const r = decide(irLine1({ ...office, offHours: { to: 'duty', reply: 'x' }, duty: [12, 22, 13] }), w, started);
    expect(owner(r)).toEqual({ type: 'user', userId: 22 });
    expect(r.trace.reasons).toEqual(['FIRST_CONTACT', 'DEAL_CREATED', 'LINE_CLOSED', 'ON_DUTY']);
    expect(r.trace.candidates).toEqual([
      { userId: 12, as: 'duty', verdict: 'excluded', reasons: ['INACTIVE'] },
      { userId: 22, as: 'duty', verdict: 'chosen', reasons: ['ON_DUTY'] },
      { userId: 13, as: 'duty', verdict: 'passed-over', reasons: ['LATER_IN_ORDER'] },
    ]);
    expect(r.effects.map((e) => e.type)).toEqual(['contact.create', 'deal.create', 'session.bindDeal', 'session.assign', 'chat.reply', 'check.schedule', 'log']);
  });
  it('to the duty staff, nobody available: the queue', () => {
    const w = at(MON_20_00, { users: [user(22, { online: false, workday: { state: 'CLOSED', openedAt: null } })] });
    expect(owner(decide(irLine1({ ...office, offHours: { to: 'duty' }, duty: [22] }), w, started))).toEqual({ type: 'queue', lineId: 1 });
  });
  it('a holiday is off hours', () => {
    const r = decide(irLine1({ ...office, offHours: {} }), at('2027-01-01T11:00:00+03:00'), started);
    expect(r.trace.reasons).toContain('LINE_CLOSED');
  });
  it('inside working hours nothing changes', () => {
    const r = decide(irLine1({ ...office, offHours: { reply: 'x' }, duty: [22] }), at(MON_10_15), started);
    expect(owner(r)).toEqual({ type: 'user', userId: 11 });
    expect(reply(r)).toEqual([]);
  });
});

describe('decide: the line’s breaks', () => {
  it('the duty staff take new dialogs during the lunch break', () => {
    const r = decide(irLine1({ ...office, duty: [22] }), at(MON_13_30), started);
    expect(owner(r)).toEqual({ type: 'user', userId: 22 });
    expect(r.trace.reasons).toEqual(['FIRST_CONTACT', 'DEAL_CREATED', 'LINE_BREAK', 'ON_DUTY']);
  });
  it('nobody on duty available: as in working hours, with the duty staff in the trace', () => {
    const w = at(MON_13_30, { users: [user(22, { active: false }), user(11), user(13)] });
    const r = decide(irLine1({ ...office, duty: [22] }), w, started);
    expect(owner(r)).toEqual({ type: 'user', userId: 11 });
    expect(r.trace.reasons).toEqual(['FIRST_CONTACT', 'DEAL_CREATED', 'LINE_BREAK', 'LONGEST_IDLE']);
    expect(r.trace.candidates[0]).toEqual({ userId: 22, as: 'duty', verdict: 'excluded', reasons: ['INACTIVE'] });
  });
  it('a break without duty staff: as in working hours', () => {
    expect(owner(decide(irLine1(office), at(MON_13_30), started))).toEqual({ type: 'user', userId: 11 });
  });
});

describe('decide: personal hours', () => {
  // Maria (12) works 10:00–19:00 (senior-hours); Pavel (11) and Ivan (13) have no schedule of their own,
  // and their department (2) works 09:00–18:00 with lunch 13:00–14:00 (alfa-office)
  const w = (now: string) => at(now, { users: [user(11, { departments: [2] }), user(12, { departments: [2] }), user(13)], lines: [line(1, [12, 11, 13])] });
  it('at 9:30 Maria has not started: she is skipped', () => {
    const r = decide(irLine1({ personalHours: true }), w('2026-03-02T09:30:00+03:00'), started);
    expect(r.trace.candidates.find((c) => c.userId === 12)!.reasons).toEqual(['OUTSIDE_HOURS']);
    expect(owner(r)).toEqual({ type: 'user', userId: 11 });
  });
  it('at 18:30 only Maria (until 19:00) and Ivan (no schedule) are in hours', () => {
    const r = decide(irLine1({ personalHours: true }), w('2026-03-02T18:30:00+03:00'), started);
    expect(r.trace.candidates.map((c) => [c.userId, c.verdict])).toEqual([[12, 'chosen'], [11, 'excluded'], [13, 'passed-over']]);
  });
  it('off by default: the portal has no personal hours', () => {
    const r = decide(irLine1({}), w('2026-03-02T09:30:00+03:00'), started);
    expect(owner(r)).toEqual({ type: 'user', userId: 12 });
  });
});

describe('decide: the portal’s own moves and the pick activity follow the line’s hours', () => {
  const moving = (now: string) => at(now, { sessions: [session(1, { operatorId: 22 })] });
  it('a break: the portal passes a dialog on → the duty staff, never the operator it leaves', () => {
    const r = decide(irLine1({ ...office, duty: [22, 13] }), moving(MON_13_30), { type: 'queue.redistributing', sessionId: 1 });
    expect(r.decision).toEqual({ kind: 'steer', to: { type: 'user', userId: 13 } });
    expect(r.trace.reasons).toEqual(['REDISTRIBUTED', 'LINE_BREAK', 'ON_DUTY']);
  });
  it('off hours to the duty staff, nobody on duty: the dialog stays in the queue', () => {
    const w = { ...moving(MON_20_00), users: [user(13, { active: false }), user(11), user(22)] };
    const r = decide(irLine1({ ...office, offHours: { to: 'duty' }, duty: [13] }), w, { type: 'queue.redistributing', sessionId: 1 });
    expect(r.decision).toEqual({ kind: 'steer', to: { type: 'queue', lineId: 1 } });
    expect(r.trace.reasons).toEqual(['REDISTRIBUTED', 'LINE_CLOSED', 'NO_AVAILABLE_OPERATOR']);
  });
  it('off hours to the queue or another line: the dialog waits there, nobody is picked', () => {
    const event = { type: 'queue.redistributing' as const, sessionId: 1 };
    expect(decide(irLine1({ ...office, offHours: {} }), moving(MON_20_00), event).decision).toEqual({ kind: 'steer', to: { type: 'queue', lineId: 1 } });
    const r = decide(irLine1({ ...office, offHours: { to: { line: 3 } } }), moving(MON_20_00), event);
    expect(r.decision).toEqual({ kind: 'steer', to: { type: 'queue', lineId: 3 } });
    expect(r.trace.reasons).toEqual(['REDISTRIBUTED', 'LINE_CLOSED']);
  });
  it('the pick activity answers as a new dialog would go now', () => {
    const ir = irLine1({ ...office, offHours: { to: { line: 3 } } });
    expect(decide(ir, at(MON_20_00), { type: 'operator.pick', lineId: 1 }).decision).toEqual({ kind: 'pick', lineId: 1, owner: { type: 'queue', lineId: 3 } });
    expect(decide(ir, at(MON_10_15), { type: 'operator.pick', lineId: 1 }).decision).toEqual({ kind: 'pick', lineId: 1, owner: { type: 'user', userId: 11 } });
  });
});

describe('hours properties', () => {
  it('on a line with personal hours, nobody outside their own hours is given a dialog from the queue, as a VIP’s person or as the last operator', () => {
    fc.assert(fc.property(caseArb, ({ ir, world: w, event }) => {
      const r = decide(ir, w, event);
      const picked = r.trace.candidates.filter((c) => ['queue', 'vip-target', 'last-manager'].includes(c.as) && c.verdict === 'chosen').map((c) => c.userId);
      const s = 'sessionId' in event ? w.sessions.find((x) => x.id === event.sessionId) : undefined;
      const lineId = event.type === 'operator.pick' ? event.lineId : s?.lineId;
      if (lineId === undefined || !irLine(ir, lineId)?.personalHours) return;
      for (const userId of picked) expect(personalHours(ir, w, userId)).toBeNull();
    }), { numRuns: 600 });
  });
  it('off hours with handling: no dialog of the line is given from its queue', () => {
    fc.assert(fc.property(caseArb, ({ ir, world: w, event }) => {
      const r = decide(ir, w, event);
      if (r.decision.kind !== 'route' || !r.trace.reasons.includes('LINE_CLOSED')) return;
      expect(r.trace.candidates.every((c) => c.as === 'duty')).toBe(true);
      expect(r.effects.some((e) => e.type === 'queue.stamp')).toBe(false);
    }), { numRuns: 600 });
  });
});

