/** `check.due`: the delayed availability check of the assigned operator. */
import { describe, expect, it } from 'vitest';
import type { RoutingIR } from '../../generator/ir/types.ts';
import type { Condition } from '../../generator/spec/types.ts';
import { decide } from '../../generator/model/decide.ts';
import type { CandidateTrace, Decision, Effect, ReasonCode, RuleTrace, World, WorldUser } from '../../generator/model/types.ts';
import { baseIr, irWith, irWithRules, RULES, session, user, VACATION, world, worldWithUsers } from '../fixtures/ir.ts';

const at = (time: string, day = '2026-03-02'): string => `${day}T${time}:00+03:00`;
const yesterday = { state: 'OPENED' as const, openedAt: '2026-03-01T09:00:00+03:00' };
/** The base world with session 1 (line 1, or another) held by `operator`, at `now`. */
function held(operator: number, patch: { now?: string; lineId?: number; users?: WorldUser[]; w?: Partial<World> } = {}): World {
  const base = patch.users ? worldWithUsers(...patch.users) : world();
  return {
    ...base, ...patch.w,
    now: patch.now ?? base.now,
    sessions: [session(1, { operatorId: operator, lineId: patch.lineId ?? 1 }), ...(patch.w?.sessions ?? [])],
  };
}
const rule = (n: number, matched: boolean, failed: string | null = null): RuleTrace =>
  ({ ruleId: `rule-${n}`, name: RULES[n - 1]!.name, matched, failed });
const sup = (userId: number, verdict: CandidateTrace['verdict'], ...reasons: ReasonCode[]): CandidateTrace =>
  ({ userId, as: 'supervisor', verdict, reasons });
const log = (code: ReasonCode, message: string): Effect => ({ type: 'log', code, message });

interface Case {
  name: string;
  ir?: RoutingIR;
  w: World;
  operator: number;
  want: { decision: Decision; effects: Effect[]; decidedBy: string; reasons: ReasonCode[]; rules: RuleTrace[]; candidates: CandidateTrace[] };
}

const cases: Case[] = [
  {
    name: 'rule 1: on vacation → the department head',
    w: held(11, { users: [user(11, { departments: [2], absences: [VACATION] })] }), operator: 11,
    want: {
      decision: { kind: 'transfer', to: { type: 'user', userId: 10 } },
      effects: [
        { type: 'session.assign', sessionId: 1, userId: 10 },
        { type: 'chat.comment', chatId: 101, text: 'Pavel Orlov is on vacation.' },
        log('RULE_MATCHED', 'session=1 operator=11 by=rule-1 action=supervisor result=transfer owner=user:10'),
      ],
      decidedBy: 'rule-1', reasons: ['RULE_MATCHED'], rules: [rule(1, true)], candidates: [sup(10, 'chosen', 'DEPARTMENT_HEAD')],
    },
  },
  {
    name: 'rule 2: a senior manager outside his schedule keeps the dialog',
    w: held(12, { now: at('19:30') }), operator: 12,
    want: {
      decision: { kind: 'keep', operatorId: 12 },
      effects: [log('RULE_MATCHED', 'session=1 operator=12 by=rule-2 action=keep result=keep owner=user:12')],
      decidedBy: 'rule-2', reasons: ['RULE_MATCHED'], rules: [rule(1, false, 'vacation'), rule(2, true)],
      candidates: [{ userId: 12, as: 'operator', verdict: 'chosen', reasons: [] }],
    },
  },
  {
    name: 'rule 3: a senior manager whose day was opened yesterday → the override supervisor',
    w: held(12, { users: [user(12, { departments: [2], workday: yesterday })] }), operator: 12,
    want: {
      decision: { kind: 'transfer', to: { type: 'user', userId: 10 } },
      effects: [
        { type: 'session.assign', sessionId: 1, userId: 10 },
        { type: 'chat.comment', chatId: 101, text: 'Maria Volkova has not started the workday.' },
        log('RULE_MATCHED', 'session=1 operator=12 by=rule-3 action=supervisor result=transfer owner=user:10'),
      ],
      decidedBy: 'rule-3', reasons: ['RULE_MATCHED'],
      rules: [rule(1, false, 'vacation'), rule(2, false, 'schedule'), rule(3, true)],
      candidates: [sup(10, 'chosen', 'SUPERVISOR_OVERRIDE')],
    },
  },
  {
    name: 'rule 4: beta support off hours → back to the line queue',
    w: held(21, { now: at('21:00'), lineId: 3 }), operator: 21,
    want: {
      decision: { kind: 'transfer', to: { type: 'queue', lineId: 3 } },
      effects: [
        { type: 'session.toQueue', sessionId: 1, lineId: 3 },
        { type: 'chat.comment', chatId: 101, text: 'Off hours for Olga Kuznetsova: back to the queue of Beta chat (Beta Service).' },
        log('RULE_MATCHED', 'session=1 operator=21 by=rule-4 action=queue result=transfer owner=queue:3'),
      ],
      decidedBy: 'rule-4', reasons: ['RULE_MATCHED'],
      rules: [rule(1, false, 'vacation'), rule(2, false, 'role'), rule(3, false, 'workday'), rule(4, true)], candidates: [],
    },
  },
  {
    name: 'rule 5: workday expired → the department head',
    w: held(11, { users: [user(11, { departments: [2], workday: { state: 'EXPIRED', openedAt: null } })] }), operator: 11,
    want: {
      decision: { kind: 'transfer', to: { type: 'user', userId: 10 } },
      effects: [
        { type: 'session.assign', sessionId: 1, userId: 10 },
        log('RULE_MATCHED', 'session=1 operator=11 by=rule-5 action=supervisor result=transfer owner=user:10'),
      ],
      decidedBy: 'rule-5', reasons: ['RULE_MATCHED'],
      rules: [rule(1, false, 'vacation'), rule(2, false, 'role'), rule(3, false, 'role'), rule(4, false, 'department'), rule(5, true)],
      candidates: [sup(10, 'chosen', 'DEPARTMENT_HEAD')],
    },
  },
  {
    name: 'fallback keep',
    w: held(11), operator: 11,
    want: {
      decision: { kind: 'keep', operatorId: 11 },
      effects: [log('FALLBACK', 'session=1 operator=11 by=fallback action=keep result=keep owner=user:11')],
      decidedBy: 'fallback', reasons: ['FALLBACK'],
      rules: [rule(1, false, 'vacation'), rule(2, false, 'role'), rule(3, false, 'workday'), rule(4, false, 'department'), rule(5, false, 'workday')],
      candidates: [{ userId: 11, as: 'operator', verdict: 'chosen', reasons: [] }],
    },
  },
  {
    name: 'keep blocked: a dismissed operator cannot keep the dialog',
    w: held(11, { users: [user(11, { active: false })] }), operator: 11,
    want: {
      decision: { kind: 'transfer', to: { type: 'queue', lineId: 1 } },
      effects: [
        { type: 'session.toQueue', sessionId: 1, lineId: 1 },
        log('KEEP_BLOCKED', 'session=1 operator=11 by=fallback action=keep result=transfer owner=queue:1'),
      ],
      decidedBy: 'fallback', reasons: ['FALLBACK', 'KEEP_BLOCKED'],
      rules: [rule(1, false, 'vacation'), rule(2, false, 'role'), rule(3, false, 'workday'), rule(4, false, 'department'), rule(5, false, 'workday')],
      candidates: [{ userId: 11, as: 'operator', verdict: 'excluded', reasons: ['INACTIVE'] }],
    },
  },
  {
    name: 'keep blocked: an operator on vacation (a keep rule before the vacation rule)',
    ir: irWithRules([{ name: 'Always keep', when: {}, then: { action: 'keep' } }]),
    w: held(11, { users: [user(11, { absences: [VACATION] })] }), operator: 11,
    want: {
      decision: { kind: 'transfer', to: { type: 'queue', lineId: 1 } },
      effects: [
        { type: 'session.toQueue', sessionId: 1, lineId: 1 },
        log('KEEP_BLOCKED', 'session=1 operator=11 by=rule-1 action=keep result=transfer owner=queue:1'),
      ],
      decidedBy: 'rule-1', reasons: ['RULE_MATCHED', 'KEEP_BLOCKED'],
      rules: [{ ruleId: 'rule-1', name: 'Always keep', matched: true, failed: null }],
      candidates: [{ userId: 11, as: 'operator', verdict: 'excluded', reasons: ['VACATION'] }],
    },
  },
  {
    name: 'no supervisor available → the queue',
    w: held(11, { users: [user(11, { departments: [2], absences: [VACATION] }), user(10, { active: false }), user(30, { absences: [VACATION] })] }),
    operator: 11,
    want: {
      decision: { kind: 'transfer', to: { type: 'queue', lineId: 1 } },
      effects: [
        { type: 'session.toQueue', sessionId: 1, lineId: 1 },
        { type: 'chat.comment', chatId: 101, text: 'Pavel Orlov is on vacation.' },
        log('NO_SUPERVISOR', 'session=1 operator=11 by=rule-1 action=supervisor result=transfer owner=queue:1'),
      ],
      decidedBy: 'rule-1', reasons: ['RULE_MATCHED', 'NO_SUPERVISOR'], rules: [rule(1, true)],
      candidates: [sup(10, 'excluded', 'DEPARTMENT_HEAD', 'INACTIVE'), sup(30, 'excluded', 'DEPARTMENT_HEAD', 'VACATION')],
    },
  },
  {
    name: 'user action with notifications (deduplicated in order; {operator} of a user unknown to the spec)',
    ir: irWithRules([{
      name: 'Always → Anna', when: {},
      then: { action: 'user', user: 10, comment: '{operator} → Anna ({line}, {company}, {other})', notify: { to: ['head-of-sales', 10, 'operator', 'supervisor', 22], text: 'Moved from {operator}' } },
    }]),
    w: held(30), operator: 30,
    want: {
      decision: { kind: 'transfer', to: { type: 'user', userId: 10 } },
      effects: [
        { type: 'session.assign', sessionId: 1, userId: 10 },
        { type: 'chat.comment', chatId: 101, text: '#30 → Anna (Alfa WhatsApp, Alfa Trade, {other})' },
        { type: 'notify', userId: 10, text: 'Moved from #30' },
        { type: 'notify', userId: 30, text: 'Moved from #30' },
        { type: 'notify', userId: 22, text: 'Moved from #30' },
        log('RULE_MATCHED', 'session=1 operator=30 by=rule-1 action=user result=transfer owner=user:10'),
      ],
      decidedBy: 'rule-1', reasons: ['RULE_MATCHED'], rules: [{ ruleId: 'rule-1', name: 'Always → Anna', matched: true, failed: null }],
      candidates: [{ userId: 10, as: 'target', verdict: 'chosen', reasons: ['RULE_TARGET'] }],
    },
  },
  {
    name: 'user action, target on vacation → the queue; the supervisor is notified',
    ir: irWithRules([{ name: 'Always → Anna', when: {}, then: { action: 'user', user: 10, notify: { to: ['supervisor'], text: 'x' } } }]),
    w: held(11, { users: [user(10, { absences: [VACATION] })] }), operator: 11,
    want: {
      decision: { kind: 'transfer', to: { type: 'queue', lineId: 1 } },
      effects: [
        { type: 'session.toQueue', sessionId: 1, lineId: 1 },
        { type: 'notify', userId: 30, text: 'x' },
        log('TARGET_UNAVAILABLE', 'session=1 operator=11 by=rule-1 action=user result=transfer owner=queue:1'),
      ],
      decidedBy: 'rule-1', reasons: ['RULE_MATCHED', 'TARGET_UNAVAILABLE'], rules: [{ ruleId: 'rule-1', name: 'Always → Anna', matched: true, failed: null }],
      candidates: [{ userId: 10, as: 'target', verdict: 'excluded', reasons: ['VACATION'] }],
    },
  },
  {
    name: 'line action (fallback); head of sales missing and supervisor missing are skipped',
    ir: irWith({
      companies: [{ id: 'alfa', name: 'Alfa Trade', lines: [{ id: 1, name: 'Alfa WhatsApp' }, { id: 2 }], pipeline: { categoryId: 1 } }],
      availabilityCheck: { rules: [], fallback: { action: 'line', line: 2, notify: { to: ['head-of-sales', 'supervisor'], text: 'x' } } },
    }),
    w: held(30), operator: 30,
    want: {
      decision: { kind: 'transfer', to: { type: 'queue', lineId: 2 } },
      effects: [
        { type: 'session.toQueue', sessionId: 1, lineId: 2 },
        log('FALLBACK', 'session=1 operator=30 by=fallback action=line result=transfer owner=queue:2'),
      ],
      decidedBy: 'fallback', reasons: ['FALLBACK'], rules: [], candidates: [],
    },
  },
];

describe('decide check.due', () => {
  it.each(cases)('$name', ({ ir, w, operator, want }) => {
    const r = decide(ir ?? baseIr(), w, { type: 'check.due', sessionId: 1, operatorId: operator });
    expect({ decision: r.decision, effects: r.effects, ...r.trace }).toEqual(want);
  });
});

describe('decide check.due: ignored', () => {
  const table: { name: string; ir?: RoutingIR; w: World; operator: number; want: ReasonCode; by: string }[] = [
    { name: 'unknown session', w: world({ sessions: [] }), operator: 11, want: 'SESSION_UNKNOWN', by: 'world' },
    { name: 'closed session', w: world({ sessions: [session(1, { operatorId: 11, status: 'closed' })] }), operator: 11, want: 'SESSION_CLOSED', by: 'world' },
    { name: 'the dialog moved to someone else', w: held(13), operator: 11, want: 'OPERATOR_CHANGED', by: 'world' },
    { name: 'the dialog went back to the queue', w: held(0), operator: 11, want: 'OPERATOR_CHANGED', by: 'world' },
    { name: 'no check in the spec', ir: irWith({ availabilityCheck: undefined }), w: held(11), operator: 11, want: 'NO_CHECK', by: 'availabilityCheck' },
    { name: 'the line is no longer managed', w: held(11, { lineId: 9 }), operator: 11, want: 'LINE_NOT_MANAGED', by: 'companies' },
  ];
  it.each(table)('$name → $want', ({ ir, w, operator, want, by }) => {
    expect(decide(ir ?? baseIr(), w, { type: 'check.due', sessionId: 1, operatorId: operator })).toEqual({
      decision: { kind: 'ignore', reason: want }, effects: [], trace: { decidedBy: by, reasons: [want], candidates: [], rules: [] },
    });
  });
});

describe('decide check.due: each condition kind', () => {
  const twoOpen = { sessions: [session(2, { operatorId: 11 }), session(3, { operatorId: 11, status: 'closed' })] };
  const table: { name: string; when: Condition; w: World; operator?: number; want: { matched: boolean; failed: string | null } }[] = [
    { name: 'vacation: true, on vacation', when: { vacation: true }, w: held(11, { users: [user(11, { absences: [VACATION] })] }), want: { matched: true, failed: null } },
    { name: 'vacation: false, on vacation', when: { vacation: false }, w: held(11, { users: [user(11, { absences: [VACATION] })] }), want: { matched: false, failed: 'vacation' } },
    { name: 'workday not-started, EXPIRED', when: { workday: 'not-started' }, w: held(11, { users: [user(11, { workday: { state: 'EXPIRED', openedAt: null } })] }), want: { matched: true, failed: null } },
    { name: 'workday opened or paused, PAUSED today', when: { workday: ['opened', 'paused'] }, w: held(11, { users: [user(11, { workday: { state: 'PAUSED', openedAt: at('09:00') } })] }), want: { matched: true, failed: null } },
    { name: 'workday, untracked → false', when: { workday: ['not-started', 'opened', 'paused', 'closed'] }, w: held(11, { users: [user(11, { workday: null })] }), want: { matched: false, failed: 'workday' } },
    { name: 'workday, no timeman → false', when: { workday: 'opened' }, w: held(11, { w: { features: { timeman: false, intranet: true } } }), want: { matched: false, failed: 'workday' } },
    { name: 'not workday, untracked → true', when: { not: { workday: 'not-started' } }, w: held(11, { users: [user(11, { workday: null })] }), want: { matched: true, failed: null } },
    { name: 'online: false, offline', when: { online: false }, w: held(11, { users: [user(11, { online: false })] }), want: { matched: true, failed: null } },
    { name: 'online: false, online', when: { online: false }, w: held(11), want: { matched: false, failed: 'online' } },
    { name: 'department: member', when: { department: [3, 2] }, w: held(11), want: { matched: true, failed: null } },
    { name: 'department: not a member (no sub-departments)', when: { department: 1 }, w: held(11), want: { matched: false, failed: 'department' } },
    { name: 'role by user', when: { role: 'senior-manager' }, w: held(12), operator: 12, want: { matched: true, failed: null } },
    { name: 'role by department', when: { role: 'support' }, w: held(21), operator: 21, want: { matched: true, failed: null } },
    { name: 'role by any head (world)', when: { role: 'heads' }, w: held(20), operator: 20, want: { matched: true, failed: null } },
    { name: 'role by any head (spec-only department)', when: { role: 'heads' }, w: held(13), operator: 13, want: { matched: true, failed: null } },
    { name: 'role by listed head: head of another', when: { role: 'alfa-heads' }, w: held(20), operator: 20, want: { matched: false, failed: 'role' } },
    { name: 'role by listed head: the world head wins', when: { role: 'alfa-heads' }, w: held(11, { w: { departments: [{ id: 2, parent: 1, head: 11 }] } }), want: { matched: true, failed: null } },
    { name: 'schedule outside: the department schedule’s break', when: { schedule: 'outside' }, w: held(11, { now: at('13:30') }), want: { matched: true, failed: null } },
    { name: 'schedule inside: the department schedule', when: { schedule: 'inside' }, w: held(11, { now: at('09:30') }), want: { matched: true, failed: null } },
    { name: 'schedule: the personal schedule wins', when: { schedule: 'outside' }, w: held(12, { now: at('09:30') }), operator: 12, want: { matched: true, failed: null } },
    { name: 'schedule: first world department with one', when: { schedule: 'inside' }, w: held(30, { now: at('19:00'), users: [user(30, { departments: [1, 3, 2] })] }), operator: 30, want: { matched: true, failed: null } },
    { name: 'schedule: none → inside is false', when: { schedule: 'inside' }, w: held(30), operator: 30, want: { matched: false, failed: 'schedule' } },
    { name: 'schedule: none → outside is false', when: { schedule: 'outside' }, w: held(30), operator: 30, want: { matched: false, failed: 'schedule' } },
    { name: 'time inside', when: { time: { days: 'weekdays', from: '10:00', to: '19:00' } }, w: held(11), want: { matched: true, failed: null } },
    { name: 'time in another zone', when: { time: { days: 'weekdays', from: '10:00', to: '19:00', timeZone: 'America/New_York' } }, w: held(11), want: { matched: false, failed: 'time' } },
    { name: 'open dialogs at least 2', when: { openDialogs: { atLeast: 2 } }, w: held(11, { w: twoOpen }), want: { matched: true, failed: null } },
    { name: 'open dialogs at most 1', when: { openDialogs: { atMost: 1 } }, w: held(11, { w: twoOpen }), want: { matched: false, failed: 'openDialogs' } },
    { name: 'all: the first failing atom', when: { vacation: false, online: false, department: 9 }, w: held(11), want: { matched: false, failed: 'online' } },
    { name: 'any: none holds', when: { any: [{ vacation: true }, { online: false }] }, w: held(11), want: { matched: false, failed: 'any' } },
    { name: 'any: one holds', when: { any: [{ vacation: true }, { online: true }] }, w: held(11), want: { matched: true, failed: null } },
    { name: 'not: fails', when: { not: { online: true } }, w: held(11), want: { matched: false, failed: 'not' } },
  ];
  it.each(table)('$name', ({ when, w, operator, want }) => {
    const ir = irWithRules([{ name: 'R', when, then: { action: 'queue' } }]);
    const r = decide(ir, w, { type: 'check.due', sessionId: 1, operatorId: operator ?? 11 });
    expect(r.trace.rules).toEqual([{ ruleId: 'rule-1', name: 'R', ...want }]);
    expect(r.trace.decidedBy).toBe(want.matched ? 'rule-1' : 'fallback');
  });
});
