/** `dialog.started`: contact, deal and operator of a new dialog. */
import { describe, expect, it } from 'vitest';
import type { RoutingIR } from '../../generator/ir/types.ts';
import { decide } from '../../generator/model/decide.ts';
import type { CandidateTrace, DecideResult, Decision, Effect, ReasonCode, World } from '../../generator/model/types.ts';
import {
  baseIr, COMPANIES, contact, deal, irWith, line, session, user, VACATION, world, worldWithUsers,
} from '../fixtures/ir.ts';

const q = (userId: number, verdict: CandidateTrace['verdict'], ...reasons: ReasonCode[]): CandidateTrace =>
  ({ userId, as: 'queue', verdict, reasons });
const resp = (userId: number, verdict: CandidateTrace['verdict'], ...reasons: ReasonCode[]): CandidateTrace =>
  ({ userId, as: 'responsible', verdict, reasons });
const AT = '2026-03-02T10:18:00+03:00';
const TITLE = 'Alfa Trade: Alfa WhatsApp — client-1';
const log = (code: ReasonCode, message: string): Effect => ({ type: 'log', code, message });
const repeatWorld = (patch: Partial<World> = {}): World =>
  world({ contacts: [contact(7, { responsibleId: 13 })], deals: [deal(9, { responsibleId: 11 })], ...patch });

interface Case {
  name: string;
  ir?: RoutingIR;
  w: World;
  sessionId?: number;
  want: { decision: Decision; effects: Effect[]; candidates: CandidateTrace[]; reasons: ReasonCode[]; decidedBy?: string };
}

const firstRoute = (owner: number): Decision => ({
  kind: 'route', companyId: 'alfa', firstContact: true, contact: { mode: 'create' },
  deal: { mode: 'create', categoryId: 1 }, owner: { type: 'user', userId: owner },
});
const firstEffects = (owner: number): Effect[] => [
  { type: 'contact.create', companyId: 'alfa', clientId: 'client-1', responsibleId: owner },
  { type: 'deal.create', categoryId: 1, contactId: 'new-contact', responsibleId: owner, title: TITLE },
  { type: 'session.bindDeal', sessionId: 1, dealId: 'new-deal' },
  { type: 'session.assign', sessionId: 1, userId: owner },
  { type: 'queue.stamp', lineId: 1, userId: owner },
  { type: 'check.schedule', sessionId: 1, operatorId: owner, at: AT },
  log('LONGEST_IDLE', `session=1 company=alfa line=1 contact=new deal=new owner=user:${owner}`),
];

const cases: Case[] = [
  {
    name: 'first contact, evenly, nobody assigned yet → queue order',
    w: world(),
    want: {
      decision: firstRoute(11), effects: firstEffects(11),
      candidates: [q(11, 'chosen', 'LONGEST_IDLE'), q(13, 'passed-over', 'MORE_RECENTLY_ASSIGNED')],
      reasons: ['FIRST_CONTACT', 'DEAL_CREATED', 'LONGEST_IDLE'], decidedBy: 'assignment.firstContact',
    },
  },
  {
    name: 'evenly: the one idle the longest',
    w: world({ lines: [line(1, [11, 13], ['2026-03-02T09:00:00+03:00', '2026-03-02T05:00:00Z'])] }),
    want: {
      decision: firstRoute(13), effects: firstEffects(13),
      candidates: [q(11, 'passed-over', 'MORE_RECENTLY_ASSIGNED'), q(13, 'chosen', 'LONGEST_IDLE')],
      reasons: ['FIRST_CONTACT', 'DEAL_CREATED', 'LONGEST_IDLE'],
    },
  },
  {
    name: 'evenly: never assigned comes first',
    w: world({ lines: [line(1, [11, 13], ['2026-03-02T09:00:00+03:00', null])] }),
    want: {
      decision: firstRoute(13), effects: firstEffects(13),
      candidates: [q(11, 'passed-over', 'MORE_RECENTLY_ASSIGNED'), q(13, 'chosen', 'LONGEST_IDLE')],
      reasons: ['FIRST_CONTACT', 'DEAL_CREATED', 'LONGEST_IDLE'],
    },
  },
  {
    name: 'evenly: unavailable ones are excluded with their reason',
    w: world({
      users: [user(11, { absences: [VACATION] }), user(12, { workday: { state: 'PAUSED', openedAt: null } }), user(13)],
      lines: [line(1, [99, 11, 12, 13])],
    }),
    want: {
      decision: firstRoute(13), effects: firstEffects(13),
      candidates: [q(99, 'excluded', 'UNKNOWN_USER'), q(11, 'excluded', 'VACATION'), q(12, 'excluded', 'NONWORKING'), q(13, 'chosen', 'LONGEST_IDLE')],
      reasons: ['FIRST_CONTACT', 'DEAL_CREATED', 'LONGEST_IDLE'],
    },
  },
  {
    name: 'repeat contact: the responsible, the open deal reused',
    w: repeatWorld({ deals: [deal(8), deal(9, { responsibleId: 11 }), deal(10, { stage: 'S' }), deal(11, { categoryId: 2 })] }),
    want: {
      decision: {
        kind: 'route', companyId: 'alfa', firstContact: false, contact: { mode: 'existing', id: 7 },
        deal: { mode: 'existing', id: 9 }, owner: { type: 'user', userId: 13 },
      },
      effects: [
        { type: 'deal.setResponsible', dealId: 9, userId: 13 },
        { type: 'session.bindDeal', sessionId: 1, dealId: 9 },
        { type: 'session.assign', sessionId: 1, userId: 13 },
        { type: 'check.schedule', sessionId: 1, operatorId: 13, at: AT },
        log('CONTACT_RESPONSIBLE', 'session=1 company=alfa line=1 contact=7 deal=9 owner=user:13'),
      ],
      candidates: [resp(13, 'chosen', 'CONTACT_RESPONSIBLE')],
      reasons: ['REPEAT_CONTACT', 'DEAL_REUSED', 'CONTACT_RESPONSIBLE'], decidedBy: 'assignment.repeatContact',
    },
  },
  {
    name: 'repeat contact: responsible on vacation → queue; the contact gets the new responsible',
    w: repeatWorld({ users: [user(11), user(13, { absences: [VACATION] })] }),
    want: {
      decision: {
        kind: 'route', companyId: 'alfa', firstContact: false, contact: { mode: 'existing', id: 7 },
        deal: { mode: 'existing', id: 9 }, owner: { type: 'user', userId: 11 },
      },
      effects: [
        { type: 'contact.setResponsible', contactId: 7, userId: 11 },
        { type: 'session.bindDeal', sessionId: 1, dealId: 9 },
        { type: 'session.assign', sessionId: 1, userId: 11 },
        { type: 'queue.stamp', lineId: 1, userId: 11 },
        { type: 'check.schedule', sessionId: 1, operatorId: 11, at: AT },
        log('LONGEST_IDLE', 'session=1 company=alfa line=1 contact=7 deal=9 owner=user:11'),
      ],
      candidates: [resp(13, 'excluded', 'VACATION'), q(11, 'chosen', 'LONGEST_IDLE'), q(13, 'excluded', 'VACATION')],
      reasons: ['REPEAT_CONTACT', 'DEAL_REUSED', 'LONGEST_IDLE'],
    },
  },
  {
    name: 'repeat contact, company policy new-deal; the lowest contact id of the company wins',
    ir: irWith({ companies: [{ ...COMPANIES[0]!, crm: { repeatContact: 'new-deal' } }, COMPANIES[1]!] }),
    w: repeatWorld({ contacts: [contact(12, { responsibleId: 11 }), contact(7, { responsibleId: 13 }), contact(3, { companyId: 'beta' })] }),
    want: {
      decision: {
        kind: 'route', companyId: 'alfa', firstContact: false, contact: { mode: 'existing', id: 7 },
        deal: { mode: 'create', categoryId: 1 }, owner: { type: 'user', userId: 13 },
      },
      effects: [
        { type: 'deal.create', categoryId: 1, contactId: 7, responsibleId: 13, title: TITLE },
        { type: 'session.bindDeal', sessionId: 1, dealId: 'new-deal' },
        { type: 'session.assign', sessionId: 1, userId: 13 },
        { type: 'check.schedule', sessionId: 1, operatorId: 13, at: AT },
        log('CONTACT_RESPONSIBLE', 'session=1 company=alfa line=1 contact=7 deal=new owner=user:13'),
      ],
      candidates: [resp(13, 'chosen', 'CONTACT_RESPONSIBLE')],
      reasons: ['REPEAT_CONTACT', 'DEAL_CREATED', 'CONTACT_RESPONSIBLE'],
    },
  },
  {
    name: 'repeat contact without an open deal in the pipeline → a new deal',
    w: repeatWorld({ deals: [deal(9, { stage: 'F' }), deal(10, { categoryId: 2 }), deal(11, { contactId: 8 })] }),
    want: {
      decision: {
        kind: 'route', companyId: 'alfa', firstContact: false, contact: { mode: 'existing', id: 7 },
        deal: { mode: 'create', categoryId: 1 }, owner: { type: 'user', userId: 13 },
      },
      effects: [
        { type: 'deal.create', categoryId: 1, contactId: 7, responsibleId: 13, title: TITLE },
        { type: 'session.bindDeal', sessionId: 1, dealId: 'new-deal' },
        { type: 'session.assign', sessionId: 1, userId: 13 },
        { type: 'check.schedule', sessionId: 1, operatorId: 13, at: AT },
        log('CONTACT_RESPONSIBLE', 'session=1 company=alfa line=1 contact=7 deal=new owner=user:13'),
      ],
      candidates: [resp(13, 'chosen', 'CONTACT_RESPONSIBLE')],
      reasons: ['REPEAT_CONTACT', 'DEAL_CREATED', 'CONTACT_RESPONSIBLE'],
    },
  },
  {
    name: 'a contact of another company does not count; responsibility flags off; no check',
    ir: irWith({ assignment: { setResponsible: { deal: false, contact: false } }, availabilityCheck: undefined }),
    w: world({ contacts: [contact(7, { companyId: 'beta' })] }),
    want: {
      decision: firstRoute(11),
      effects: [
        { type: 'contact.create', companyId: 'alfa', clientId: 'client-1', responsibleId: null },
        { type: 'deal.create', categoryId: 1, contactId: 'new-contact', responsibleId: null, title: TITLE },
        { type: 'session.bindDeal', sessionId: 1, dealId: 'new-deal' },
        { type: 'session.assign', sessionId: 1, userId: 11 },
        { type: 'queue.stamp', lineId: 1, userId: 11 },
        log('LONGEST_IDLE', 'session=1 company=alfa line=1 contact=new deal=new owner=user:11'),
      ],
      candidates: [q(11, 'chosen', 'LONGEST_IDLE'), q(13, 'passed-over', 'MORE_RECENTLY_ASSIGNED')],
      reasons: ['FIRST_CONTACT', 'DEAL_CREATED', 'LONGEST_IDLE'],
    },
  },
  {
    name: 'repeat contact with assignment.repeatContact = queue ignores the responsible',
    ir: irWith({ assignment: { repeatContact: 'queue' } }),
    w: repeatWorld({ deals: [] }),
    want: {
      decision: {
        kind: 'route', companyId: 'alfa', firstContact: false, contact: { mode: 'existing', id: 7 },
        deal: { mode: 'create', categoryId: 1 }, owner: { type: 'user', userId: 11 },
      },
      effects: [
        { type: 'contact.setResponsible', contactId: 7, userId: 11 },
        { type: 'deal.create', categoryId: 1, contactId: 7, responsibleId: 11, title: TITLE },
        { type: 'session.bindDeal', sessionId: 1, dealId: 'new-deal' },
        { type: 'session.assign', sessionId: 1, userId: 11 },
        { type: 'queue.stamp', lineId: 1, userId: 11 },
        { type: 'check.schedule', sessionId: 1, operatorId: 11, at: AT },
        log('LONGEST_IDLE', 'session=1 company=alfa line=1 contact=7 deal=new owner=user:11'),
      ],
      candidates: [q(11, 'chosen', 'LONGEST_IDLE'), q(13, 'passed-over', 'MORE_RECENTLY_ASSIGNED')],
      reasons: ['REPEAT_CONTACT', 'DEAL_CREATED', 'LONGEST_IDLE'],
    },
  },
  {
    name: 'nobody available → the queue',
    w: worldWithUsers(user(11, { workday: { state: 'EXPIRED', openedAt: null } }), user(13, { active: false })),
    want: {
      decision: { ...firstRoute(0), owner: { type: 'queue', lineId: 1 } } as Decision,
      effects: [
        { type: 'contact.create', companyId: 'alfa', clientId: 'client-1', responsibleId: null },
        { type: 'deal.create', categoryId: 1, contactId: 'new-contact', responsibleId: null, title: TITLE },
        { type: 'session.bindDeal', sessionId: 1, dealId: 'new-deal' },
        { type: 'session.toQueue', sessionId: 1, lineId: 1 },
        log('NO_AVAILABLE_OPERATOR', 'session=1 company=alfa line=1 contact=new deal=new owner=queue:1'),
      ],
      candidates: [q(11, 'excluded', 'NONWORKING'), q(13, 'excluded', 'INACTIVE')],
      reasons: ['FIRST_CONTACT', 'DEAL_CREATED', 'NO_AVAILABLE_OPERATOR'],
    },
  },
  {
    name: 'the world does not know the line → the queue',
    w: world({ lines: [] }),
    want: {
      decision: { ...firstRoute(0), owner: { type: 'queue', lineId: 1 } } as Decision,
      effects: [
        { type: 'contact.create', companyId: 'alfa', clientId: 'client-1', responsibleId: null },
        { type: 'deal.create', categoryId: 1, contactId: 'new-contact', responsibleId: null, title: TITLE },
        { type: 'session.bindDeal', sessionId: 1, dealId: 'new-deal' },
        { type: 'session.toQueue', sessionId: 1, lineId: 1 },
        log('NO_AVAILABLE_OPERATOR', 'session=1 company=alfa line=1 contact=new deal=new owner=queue:1'),
      ],
      candidates: [],
      reasons: ['FIRST_CONTACT', 'DEAL_CREATED', 'NO_AVAILABLE_OPERATOR'],
    },
  },
  {
    name: 'without time tracking the queue needs people online',
    w: world({ features: { timeman: false, intranet: true }, users: [user(11, { online: false }), user(13)] }),
    want: {
      decision: firstRoute(13), effects: firstEffects(13),
      candidates: [q(11, 'excluded', 'OFFLINE'), q(13, 'chosen', 'LONGEST_IDLE')],
      reasons: ['FIRST_CONTACT', 'DEAL_CREATED', 'LONGEST_IDLE'],
    },
  },
];

describe('decide dialog.started', () => {
  it.each(cases)('$name', ({ ir, w, sessionId, want }) => {
    const r = decide(ir ?? baseIr(), w, { type: 'dialog.started', sessionId: sessionId ?? 1 });
    expect({ decision: r.decision, effects: r.effects, candidates: r.trace.candidates, reasons: r.trace.reasons })
      .toEqual({ decision: want.decision, effects: want.effects, candidates: want.candidates, reasons: want.reasons });
    if (want.decidedBy) expect(r.trace.decidedBy).toBe(want.decidedBy);
  });
});

describe('decide dialog.started: strictly and all', () => {
  const beta = (queueHistory: number[], users = world().users) =>
    world({ users, sessions: [session(1, { lineId: 3, queueHistory })] });
  const table: { name: string; w: World; owner: number | null; candidates: CandidateTrace[] }[] = [
    { name: 'strictly: first in order', w: beta([]), owner: 21, candidates: [q(21, 'chosen', 'QUEUE_ORDER'), q(22, 'passed-over', 'LATER_IN_ORDER')] },
    { name: 'strictly: skips the already offered', w: beta([21]), owner: 22, candidates: [q(21, 'passed-over', 'ALREADY_OFFERED'), q(22, 'chosen', 'QUEUE_ORDER')] },
    { name: 'strictly: everyone offered → restart from the top', w: beta([22, 21]), owner: 21, candidates: [q(21, 'chosen', 'QUEUE_ORDER'), q(22, 'passed-over', 'LATER_IN_ORDER')] },
    {
      name: 'strictly: the unavailable are excluded, restart among the available', w: beta([22], [user(21, { active: false }), user(22)]),
      owner: 22, candidates: [q(21, 'excluded', 'INACTIVE'), q(22, 'chosen', 'QUEUE_ORDER')],
    },
  ];
  it.each(table)('$name', ({ w, owner, candidates }) => {
    const r = decide(baseIr(), w, { type: 'dialog.started', sessionId: 1 });
    expect(r.decision.kind === 'route' ? r.decision.owner : null).toEqual({ type: 'user', userId: owner });
    expect(r.trace.candidates).toEqual(candidates);
  });

  it('all: the line offers to every available operator, the owner is the queue', () => {
    const w = world({ users: [user(11), user(13, { absences: [VACATION] })], sessions: [session(1, { lineId: 2 })], lines: [line(2, [11, 12, 13])] });
    const r = decide(baseIr(), w, { type: 'dialog.started', sessionId: 1 });
    expect({ owner: r.decision.kind === 'route' ? r.decision.owner : null, candidates: r.trace.candidates, effects: r.effects }).toEqual({
      owner: { type: 'queue', lineId: 2 },
      candidates: [q(11, 'chosen', 'OFFERED_TO_ALL'), q(12, 'excluded', 'UNKNOWN_USER'), q(13, 'excluded', 'VACATION')],
      effects: [
        { type: 'contact.create', companyId: 'alfa', clientId: 'client-1', responsibleId: null },
        { type: 'deal.create', categoryId: 1, contactId: 'new-contact', responsibleId: null, title: 'Alfa Trade: Alfa Telegram — client-1' },
        { type: 'session.bindDeal', sessionId: 1, dealId: 'new-deal' },
        { type: 'session.toQueue', sessionId: 1, lineId: 2 },
        log('OFFERED_TO_ALL', 'session=1 company=alfa line=2 contact=new deal=new owner=queue:2'),
      ],
    });
  });

  it('all: a repeat contact still goes to the available responsible', () => {
    const w = repeatWorld({ sessions: [session(1, { lineId: 2 })] });
    const r = decide(baseIr(), w, { type: 'dialog.started', sessionId: 1 });
    expect(r.decision.kind === 'route' ? r.decision.owner : null).toEqual({ type: 'user', userId: 13 });
  });
});

describe('decide dialog.started: ignored', () => {
  const table: { name: string; w: World; sessionId: number; want: DecideResult }[] = [
    { name: 'unknown session', w: world(), sessionId: 5, want: ignored('SESSION_UNKNOWN', 'world') },
    { name: 'closed session', w: world({ sessions: [session(1, { status: 'closed' })] }), sessionId: 1, want: ignored('SESSION_CLOSED', 'world') },
    { name: 'a line of no company', w: world({ sessions: [session(1, { lineId: 9 })] }), sessionId: 1, want: ignored('LINE_NOT_MANAGED', 'companies') },
  ];
  it.each(table)('$name', ({ w, sessionId, want }) => {
    expect(decide(baseIr(), w, { type: 'dialog.started', sessionId })).toEqual(want);
  });
});

function ignored(reason: ReasonCode, decidedBy: string): DecideResult {
  return { decision: { kind: 'ignore', reason }, effects: [], trace: { decidedBy, reasons: [reason], candidates: [], rules: [] } };
}
