/**
 * Who the client is, for the queue (`lines[].vip`, `lines[].geography`): VIPs by phone, contact type or
 * field go to their people first, never wait behind a client who is not a VIP, and are escalated sooner;
 * clients go to the queue members of their office first. given/want tables, and the VIP property over
 * random queues.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../../generator/model/decide.ts';
import type { CandidateTrace, DecideResult, World, WorldSession } from '../../generator/model/types.ts';
import type { LineInput } from '../../generator/spec/types.ts';
import { COMPANIES, contact, irWith, line, session, user, VACATION, world, worldWithUsers } from '../fixtures/ir.ts';

const companiesWith = (patch: Partial<LineInput>) => COMPANIES.map((c) => ({ ...c, lines: c.lines.map((l) => (l.id === 1 ? { ...l, ...patch } : l)) }));
const irLine1 = (patch: Partial<LineInput>) => irWith({ companies: companiesWith(patch) });
const started = { type: 'dialog.started' as const, sessionId: 1 };
const ownerOf = (r: DecideResult): number | 'queue' | null => {
  const d = r.decision;
  const to = d.kind === 'route' ? d.owner : d.kind === 'steer' || d.kind === 'transfer' ? d.to : null;
  return to === null ? null : to.type === 'user' ? to.userId : 'queue';
};
const verdicts = (r: DecideResult, as: CandidateTrace['as']) => r.trace.candidates.filter((c) => c.as === as).map((c) => [c.userId, c.verdict, ...c.reasons]);

const VIP: Partial<LineInput> = {
  vip: { phones: ['+7 (495) 100-00-01'], contactTypes: ['VIP'], field: { name: 'UF_CRM_TIER', values: ['gold'] }, to: [12, 10] },
};
/** Session 1 of client-1 on line 1, with the given client facts; the queue is 11 (idle longest), 13. */
const client = (s: Partial<WorldSession>, c?: Parameters<typeof contact>[1]): World => world({
  sessions: [session(1, { clientId: 'client-1', ...s })],
  contacts: c ? [contact(7, c)] : [],
});

describe('decide: who is a VIP', () => {
  const table: { given: string; w: World; owner: number | 'queue'; reasons: string[] }[] = [
    { given: 'a listed phone, written with other punctuation', w: client({ phone: '+74951000001' }), owner: 12, reasons: ['FIRST_CONTACT', 'VIP_CLIENT', 'DEAL_CREATED', 'VIP_TARGET'] },
    { given: 'a contact of type VIP', w: client({}, { typeId: 'VIP', responsibleId: 99 }), owner: 12, reasons: ['REPEAT_CONTACT', 'VIP_CLIENT', 'DEAL_CREATED', 'VIP_TARGET'] },
    { given: 'a multiple field holding "gold" among others', w: client({}, { fields: { UF_CRM_TIER: ['silver', 'gold'] }, responsibleId: 99 }), owner: 12, reasons: ['REPEAT_CONTACT', 'VIP_CLIENT', 'DEAL_CREATED', 'VIP_TARGET'] },
    { given: 'another phone, another type, another value: the queue as usual', w: client({ phone: '+74951000002' }, { typeId: 'CLIENT', fields: { UF_CRM_TIER: 'silver' }, responsibleId: 99 }), owner: 11, reasons: ['REPEAT_CONTACT', 'DEAL_CREATED', 'LONGEST_IDLE'] },
    { given: 'no phone and no contact', w: client({}), owner: 11, reasons: ['FIRST_CONTACT', 'DEAL_CREATED', 'LONGEST_IDLE'] },
  ];
  it.each(table)('$given', ({ w, owner, reasons }) => {
    const r = decide(irLine1(VIP), w, started);
    expect(ownerOf(r)).toBe(owner);
    expect(r.trace.reasons).toEqual(reasons);
  });
});

describe('decide: the people who take VIPs', () => {
  const vip = (...users: ReturnType<typeof user>[]) => ({ ...worldWithUsers(...users), sessions: [session(1, { clientId: 'client-1', phone: '74951000001' })] });
  it('in their order: the first on vacation, the second (the head of sales, not in the queue) gets it', () => {
    const r = decide(irLine1(VIP), vip(user(12, { departments: [2], absences: [VACATION] })), started);
    expect(ownerOf(r)).toBe(10);
    expect(verdicts(r, 'vip-target')).toEqual([[12, 'excluded', 'VACATION'], [10, 'chosen', 'VIP_TARGET']]);
  });
  it('none available: the queue, where the VIP is not held back', () => {
    const r = decide(irLine1(VIP), vip(user(12, { departments: [2], active: false }), user(10, { departments: [2], online: false, workday: { state: 'CLOSED', openedAt: null } })), started);
    expect(ownerOf(r)).toBe(11);
    expect(verdicts(r, 'vip-target')).toEqual([[12, 'excluded', 'INACTIVE'], [10, 'excluded', 'NONWORKING']]);
  });
  it('a VIP with an available responsible goes to him first, as every repeat client does', () => {
    const ir = irWith({ companies: companiesWith(VIP), assignment: { repeatContact: 'contact-responsible' } });
    expect(ownerOf(decide(ir, client({}, { typeId: 'VIP', responsibleId: 13 }), started))).toBe(13);
  });
});

describe('decide: a VIP never waits behind a client who is not', () => {
  const waitingVip = session(2, { clientId: 'client-2', phone: '74951000001' });
  const table: { given: string; sessions: WorldSession[]; owner: number | 'queue'; reason: string }[] = [
    { given: 'a VIP waits in the line’s queue: the new dialog waits too', sessions: [session(1), waitingVip], owner: 'queue', reason: 'VIP_WAITING' },
    { given: 'the waiting VIP is on another line', sessions: [session(1), { ...waitingVip, lineId: 3 }], owner: 11, reason: 'LONGEST_IDLE' },
    { given: 'the VIP’s dialog already has an operator', sessions: [session(1), { ...waitingVip, operatorId: 13 }], owner: 11, reason: 'LONGEST_IDLE' },
    { given: 'the VIP’s dialog is closed', sessions: [session(1), { ...waitingVip, status: 'closed' }], owner: 11, reason: 'LONGEST_IDLE' },
    { given: 'the new dialog is a VIP’s too', sessions: [session(1, { phone: '74951000001' }), waitingVip], owner: 11, reason: 'LONGEST_IDLE' },
  ];
  it.each(table)('$given', ({ sessions, owner, reason }) => {
    const r = decide(irLine1({ vip: { phones: ['74951000001'] } }), world({ sessions }), started);
    expect(ownerOf(r)).toBe(owner);
    expect(r.trace.reasons.at(-1)).toBe(reason);
  });
  it('the operators kept free are for the VIPs: the portal’s queue is asked to look at every waiting VIP dialog now', () => {
    const second = session(3, { clientId: 'client-3', phone: '+7 495 100-00-01' });
    const r = decide(irLine1({ vip: { phones: ['74951000001'] } }), world({ sessions: [session(1), waitingVip, second, waitingVip] }), started);
    expect(r.effects.filter((e) => e.type === 'queue.wake' || e.type === 'session.toQueue')).toEqual([
      { type: 'session.toQueue', sessionId: 1, lineId: 1 },
      { type: 'queue.wake', sessionId: 2 },
      { type: 'queue.wake', sessionId: 3 },
    ]);
  });
  it('the portal’s own move of a waiting dialog that is not a VIP’s is answered with the queue, and the VIP’s is looked at', () => {
    const w = world({ sessions: [session(1, { operatorId: 13 }), waitingVip] });
    const r = decide(irLine1({ vip: { phones: ['74951000001'] } }), w, { type: 'queue.redistributing', sessionId: 1 });
    expect(r.decision).toEqual({ kind: 'steer', to: { type: 'queue', lineId: 1 } });
    expect(r.trace.reasons).toEqual(['REDISTRIBUTED', 'VIP_WAITING']);
    expect(r.effects.filter((e) => e.type === 'queue.wake')).toEqual([{ type: 'queue.wake', sessionId: 2 }]);
  });
  it('nobody free: nothing to wake the VIPs for', () => {
    const away = world({ sessions: [session(1), waitingVip], users: world().users.map((u) => ({ ...u, absences: [VACATION] })) });
    const r = decide(irLine1({ vip: { phones: ['74951000001'] } }), away, started);
    expect(r.trace.reasons.at(-1)).toBe('NO_AVAILABLE_OPERATOR');
    expect(r.effects.some((e) => e.type === 'queue.wake')).toBe(false);
  });
  it('the portal’s move of a VIP’s dialog goes to the VIP people, never back to the one it leaves', () => {
    const w = world({ sessions: [session(1, { operatorId: 12, phone: '74951000001' })] });
    const r = decide(irLine1(VIP), w, { type: 'queue.redistributing', sessionId: 1 });
    expect(r.decision).toEqual({ kind: 'steer', to: { type: 'user', userId: 10 } });
    expect(verdicts(r, 'vip-target')).toEqual([[12, 'excluded', 'SELF'], [10, 'chosen', 'VIP_TARGET']]);
  });
});

describe('decide: a VIP is escalated sooner', () => {
  const ir = irLine1({ escalation: { afterMinutes: 10, to: 'supervisor' }, kpi: [{ afterMinutes: 3, notify: [30] }], vip: { phones: ['74951000001'], escalateAfterMinutes: 2 } });
  const watches = (r: DecideResult) => r.effects.filter((e) => e.type === 'answer.watch');
  it('the watch of a VIP’s dialog starts with the escalation at 2 minutes, the KPI notice at 3 never comes', () => {
    expect(watches(decide(ir, client({ phone: '74951000001' }), started))).toEqual([{ type: 'answer.watch', sessionId: 1, operatorId: 11, step: 0, at: '2026-03-02T10:17:00+03:00' }]);
    const due = decide(ir, client({ phone: '74951000001', operatorId: 11 }), { type: 'answer.due', sessionId: 1, operatorId: 11, step: 0 });
    expect(due.decision).toEqual({ kind: 'transfer', to: { type: 'user', userId: 10 } });
  });
  it('everyone else: the KPI notice at 3, then the escalation at 10', () => {
    expect(watches(decide(ir, client({}), started))).toEqual([{ type: 'answer.watch', sessionId: 1, operatorId: 11, step: 0, at: '2026-03-02T10:18:00+03:00' }]);
    expect(decide(ir, client({ operatorId: 11 }), { type: 'answer.due', sessionId: 1, operatorId: 11, step: 0 }).decision).toEqual({ kind: 'kpi', sessionId: 1, notified: 1 });
  });
});

describe('decide: the client’s office', () => {
  const GEO: Partial<LineInput> = {
    geography: {
      regionField: 'UF_CRM_REGION',
      offices: [
        { name: 'Russia', prefixes: ['7'], users: [11] },
        { name: 'Moscow', prefixes: ['7495', '7499'], regions: ['Moscow'], users: [13] },
        { name: 'Tver', regions: ['Tver'], users: [11] },
      ],
    },
  };
  const queue = (r: DecideResult) => verdicts(r, 'queue');
  const table: { given: string; w: World; owner: number | 'queue'; queue: unknown[] }[] = [
    { given: 'a Moscow number: the longest prefix wins over "7"', w: client({ phone: '+7 495 222-33-44' }), owner: 13, queue: [[11, 'passed-over', 'OTHER_OFFICE'], [13, 'chosen', 'LONGEST_IDLE', 'CLIENT_OFFICE']] },
    { given: 'another Russian number', w: client({ phone: '+7 812 222-33-44' }), owner: 11, queue: [[11, 'chosen', 'LONGEST_IDLE', 'CLIENT_OFFICE'], [13, 'passed-over', 'OTHER_OFFICE']] },
    { given: 'the contact’s region beats the phone', w: client({ phone: '+7 495 222-33-44' }, { fields: { UF_CRM_REGION: 'Tver' }, responsibleId: 99 }), owner: 11, queue: [[11, 'chosen', 'LONGEST_IDLE', 'CLIENT_OFFICE'], [13, 'passed-over', 'OTHER_OFFICE']] },
    { given: 'a number of no office: the queue as usual', w: client({ phone: '+1 202 555-01-23' }), owner: 11, queue: [[11, 'chosen', 'LONGEST_IDLE'], [13, 'passed-over', 'MORE_RECENTLY_ASSIGNED']] },
    {
      given: 'nobody of the office available: the rest of the queue',
      w: { ...client({ phone: '74952223344' }), users: worldWithUsers(user(13, { departments: [2], absences: [VACATION] })).users },
      owner: 11, queue: [[11, 'chosen', 'LONGEST_IDLE'], [13, 'excluded', 'VACATION']],
    },
  ];
  it.each(table)('$given', ({ w, owner, queue: want }) => {
    const r = decide(irLine1(GEO), w, started);
    expect(ownerOf(r)).toBe(owner);
    expect(queue(r)).toEqual(want);
  });
});

describe('property: a VIP is never behind a client who is not, in the same queue', () => {
  const phones = ['74951000001', '74951000002', '79990000000'];
  const ir = irLine1({ vip: { phones: [phones[0]!, phones[1]!] }, mode: 'strictly' });
  const arbSession = (id: number) => fc.record({
    lineId: fc.constantFrom(1, 3), operatorId: fc.constantFrom(0, 0, 11, 13), phone: fc.constantFrom(...phones),
    status: fc.constantFrom('open' as const, 'open' as const, 'closed' as const), pinned: fc.boolean(),
  }).map((s) => session(id, { ...s, clientId: `client-${id}` }));
  it('no dialog of a client who is not a VIP gets an operator from the queue while a VIP of its line waits', () => {
    fc.assert(fc.property(
      fc.tuple(...[1, 2, 3, 4, 5].map(arbSession)), fc.subarray([11, 12, 13], { minLength: 0 }), fc.integer({ min: 1, max: 5 }), fc.boolean(),
      (sessions, away, id, redistribute) => {
        const w: World = {
          ...world({ sessions, lines: [line(1, [11, 12, 13]), line(3, [21, 22])] }),
          users: world().users.map((u) => (away.includes(u.id) ? { ...u, absences: [VACATION] } : u)),
        };
        const moving = sessions[id - 1]!;
        if (moving.lineId !== 1 || moving.status === 'closed') return;
        const r = decide(ir, w, redistribute ? { type: 'queue.redistributing', sessionId: id } : { type: 'dialog.started', sessionId: id });
        const owner = ownerOf(r);
        if (typeof owner !== 'number' || phones.slice(0, 2).includes(moving.phone!)) return;
        const vipWaits = sessions.some((s) => s.id !== id && s.lineId === 1 && s.status === 'open' && s.operatorId === 0 && !s.pinned && phones.slice(0, 2).includes(s.phone!));
        expect(vipWaits).toBe(false);
      },
    ), { numRuns: 500 });
  });
});
