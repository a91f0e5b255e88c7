/**
 * What business processes ask on a deal: `responsible.set` (the set-responsible activity) and
 * `dialog.join` (the add-to-dialog activity). given/want tables, and properties over random worlds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../../generator/model/decide.ts';
import type { DecideResult, RoutingEvent, WhenAway, World } from '../../generator/model/types.ts';
import { baseIr, contact, deal, session, user, VACATION, world, worldWithUsers } from '../fixtures/ir.ts';
import { presence, queueAvailability } from '../../generator/model/availability.ts';
import { IRS, USER_IDS, worldArb } from './arbitraries.ts';

const set = (userId: number, whenAway: WhenAway = 'assign', more: Partial<Extract<RoutingEvent, { type: 'responsible.set' }>> = {}): RoutingEvent => ({
  type: 'responsible.set', dealId: 5, userId, contacts: true, whenAway, notify: true, text: 'Deal {deal}: {previous} → {responsible}', ...more,
});

const crm = (w: World): World => ({
  ...w,
  deals: [deal(5, { contactIds: [7, 8, 9], responsibleId: 11 })],
  contacts: [contact(7, { responsibleId: 11 }), contact(8, { responsibleId: 12 }), contact(9, { responsibleId: 11, dealIds: [5, 6] })],
});

const table: { given: string; w: World; event: RoutingEvent; want: DecideResult }[] = [
  {
    given: 'an available person: the deal and the contacts whose latest deal it is; both responsibles are told',
    w: crm(world()),
    event: set(12),
    want: {
      decision: { kind: 'assign', dealId: 5, userId: 12, changed: 2 },
      effects: [
        { type: 'deal.setResponsible', dealId: 5, userId: 12 },
        { type: 'contact.setResponsible', contactId: 7, userId: 12 },
        { type: 'notify', userId: 12, text: 'Deal 5: Pavel Orlov → Maria Volkova' },
        { type: 'notify', userId: 11, text: 'Deal 5: Pavel Orlov → Maria Volkova' },
      ],
      trace: {
        decidedBy: 'activity.setResponsible',
        reasons: ['RESPONSIBLE_SET', 'CONTACT_ALIGNED', 'ALREADY_ALIGNED', 'LATER_DEAL'],
        candidates: [{ userId: 12, as: 'target', verdict: 'chosen', reasons: ['AVAILABLE'] }],
        rules: [],
      },
    },
  },
  {
    given: 'on vacation, "supervisor": the supervisor the spec names takes the deal',
    w: crm(worldWithUsers(user(12, { departments: [2], absences: [VACATION] }))),
    event: set(12, 'supervisor', { contacts: false, notify: false }),
    want: {
      decision: { kind: 'assign', dealId: 5, userId: 10, changed: 1 },
      effects: [{ type: 'deal.setResponsible', dealId: 5, userId: 10 }],
      trace: {
        decidedBy: 'activity.setResponsible',
        reasons: ['RESPONSIBLE_SET'],
        candidates: [
          { userId: 12, as: 'target', verdict: 'excluded', reasons: ['VACATION'] },
          { userId: 10, as: 'supervisor', verdict: 'chosen', reasons: ['SUPERVISOR_OVERRIDE'] },
        ],
        rules: [],
      },
    },
  },
  {
    given: 'day not opened, "assign": assigned anyway, and the trace says so',
    w: crm(worldWithUsers(user(12, { departments: [2], workday: { state: 'CLOSED', openedAt: '2026-03-02T09:00:00+03:00' } }))),
    event: set(12, 'assign', { contacts: false, notify: false }),
    want: {
      decision: { kind: 'assign', dealId: 5, userId: 12, changed: 1 },
      effects: [{ type: 'deal.setResponsible', dealId: 5, userId: 12 }],
      trace: {
        decidedBy: 'activity.setResponsible',
        reasons: ['ASSIGNED_WHILE_AWAY', 'RESPONSIBLE_SET'],
        candidates: [{ userId: 12, as: 'target', verdict: 'chosen', reasons: ['NONWORKING'] }],
        rules: [],
      },
    },
  },
  {
    given: 'offline without time tracking, "skip": the deal stays as it is',
    w: crm({ ...worldWithUsers(user(12, { departments: [2], online: false })), features: { timeman: false, intranet: true } }),
    event: set(12, 'skip'),
    want: {
      decision: { kind: 'ignore', reason: 'TARGET_UNAVAILABLE' },
      effects: [],
      trace: {
        decidedBy: 'activity.setResponsible',
        reasons: ['TARGET_UNAVAILABLE', 'OFFLINE'],
        candidates: [{ userId: 12, as: 'target', verdict: 'excluded', reasons: ['OFFLINE'] }],
        rules: [],
      },
    },
  },
  {
    given: 'a dismissed person is never assigned, even with "assign"',
    w: crm(worldWithUsers(user(12, { departments: [2], active: false }))),
    event: set(12, 'assign'),
    want: {
      decision: { kind: 'ignore', reason: 'TARGET_UNAVAILABLE' },
      effects: [],
      trace: {
        decidedBy: 'activity.setResponsible',
        reasons: ['TARGET_UNAVAILABLE', 'INACTIVE'],
        candidates: [{ userId: 12, as: 'target', verdict: 'excluded', reasons: ['INACTIVE'] }],
        rules: [],
      },
    },
  },
  {
    given: 'the deal already has the person: nothing is written and nobody is told',
    w: crm(world()),
    event: set(11, 'assign', { contacts: false }),
    want: {
      decision: { kind: 'assign', dealId: 5, userId: 11, changed: 0 },
      effects: [],
      trace: {
        decidedBy: 'activity.setResponsible',
        reasons: ['ALREADY_RESPONSIBLE'],
        candidates: [{ userId: 11, as: 'target', verdict: 'chosen', reasons: ['AVAILABLE'] }],
        rules: [],
      },
    },
  },
];

describe('decide responsible.set', () => {
  for (const row of table) {
    it(row.given, () => expect(decide(baseIr(), row.w, row.event)).toEqual(row.want));
  }
  it('an unknown deal is ignored; a supervisor search that finds nobody leaves the deal alone', () => {
    expect(decide(baseIr(), world(), set(12)).decision).toEqual({ kind: 'ignore', reason: 'DEAL_UNKNOWN' });
    const alone = crm(worldWithUsers(user(30, { departments: [1], absences: [VACATION] })));
    expect(decide(baseIr(), alone, set(30, 'supervisor')).decision).toEqual({ kind: 'ignore', reason: 'NO_SUPERVISOR' });
  });
  it('property: unless the process said "assign", the deal goes to nobody away; never to the dismissed; only what changes is written', () => {
    const eventOf = fc.record({
      userId: fc.constantFrom(...USER_IDS, 99),
      contacts: fc.boolean(),
      whenAway: fc.constantFrom<WhenAway>('assign', 'supervisor', 'skip'),
      notify: fc.boolean(),
    });
    fc.assert(fc.property(fc.constantFrom(...IRS), worldArb, eventOf, (ir, w0, e) => {
      const w = { ...w0, deals: [deal(5, { contactIds: [7, 8], responsibleId: 11 })], contacts: [contact(7), contact(8, { responsibleId: 12 })] };
      const r = decide(ir, w, { type: 'responsible.set', dealId: 5, text: '', ...e });
      if (r.decision.kind !== 'assign') return;
      const target = r.decision.userId;
      expect(r.effects.filter((x) => x.type === 'deal.setResponsible').length).toBe(target === 11 ? 0 : 1);
      for (const x of r.effects) if (x.type === 'contact.setResponsible') expect(w.contacts.find((c) => c.id === x.contactId)!.responsibleId).not.toBe(target);
      // the asked person is available; a supervisor is at least present (as the supervisor search counts it)
      if (e.whenAway !== 'assign') expect(target === e.userId ? queueAvailability(target, w, ir.vacationTypes) : presence(target, w, ir.vacationTypes)).toBeNull();
      else expect(presence(target, w, ir.vacationTypes)).not.toBe('INACTIVE');
      if (!e.contacts) expect(r.effects.some((x) => x.type === 'contact.setResponsible')).toBe(false);
    }), { numRuns: 500 });
  });
});

describe('decide dialog.join', () => {
  const join = (userId: number, stay = true): RoutingEvent => ({ type: 'dialog.join', dealId: 5, userId, stay });
  it('added to every open dialog of the deal he is not in; kept on managed lines when asked', () => {
    const w = world({ sessions: [session(1, { participants: [30] }), session(2, { status: 'closed' }), session(3, { lineId: 9 }), session(4, { kept: [30] })] });
    expect(decide(baseIr(), w, join(30))).toEqual({
      decision: { kind: 'join', dealId: 5, userId: 30, added: 2 },
      effects: [
        { type: 'session.keepUser', sessionId: 1, userId: 30 },
        { type: 'chat.addUser', chatId: 103, userId: 30 },
        { type: 'chat.addUser', chatId: 104, userId: 30 },
      ],
      trace: { decidedBy: 'activity.addToDialog', reasons: ['ALREADY_IN_CHAT', 'JOINED'], candidates: [], rules: [] },
    });
    expect(decide(baseIr(), w, join(30, false)).effects.filter((e) => e.type === 'session.keepUser')).toEqual([]);
  });
  it('no open dialog, or a dismissed or unknown person: nothing happens', () => {
    expect(decide(baseIr(), world({ sessions: [session(2, { status: 'closed' })] }), join(30)).decision).toEqual({ kind: 'ignore', reason: 'NO_OPEN_DIALOG' });
    expect(decide(baseIr(), worldWithUsers(user(30, { active: false })), join(30)).decision).toEqual({ kind: 'ignore', reason: 'INACTIVE' });
    expect(decide(baseIr(), world(), join(99)).decision).toEqual({ kind: 'ignore', reason: 'UNKNOWN_USER' });
  });
});
