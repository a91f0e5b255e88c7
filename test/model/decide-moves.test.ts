/**
 * The portal's own moves on a managed dialog: `dialog.transferred` (kept users come back) and
 * `queue.redistributing` (the module's pick replaces the portal's).
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../generator/model/decide.ts';
import type { CandidateTrace, DecideResult, RoutingEvent, World } from '../../generator/model/types.ts';
import { line, session, user, VACATION, world, worldWithUsers } from '../fixtures/ir.ts';
import { baseIr } from '../fixtures/ir.ts';

const ignored = (reason: DecideResult['trace']['reasons'][number], decidedBy: string): DecideResult => ({
  decision: { kind: 'ignore', reason }, effects: [], trace: { decidedBy, reasons: [reason], candidates: [], rules: [] },
});

const transferred: { name: string; w: World; want: DecideResult }[] = [
  {
    name: 'the head of sales a job kept is added back after the transfer removed him',
    w: world({ sessions: [session(1, { operatorId: 13, participants: [13], kept: [10] })] }),
    want: {
      decision: { kind: 'rejoin', added: 1 },
      effects: [{ type: 'chat.addUser', chatId: 101, userId: 10 }],
      trace: { decidedBy: 'jobs.stay', reasons: ['REJOINED'], candidates: [], rules: [] },
    },
  },
  {
    name: 'a kept user still in the chat, or now its operator, is not added again',
    w: world({ sessions: [session(1, { operatorId: 10, participants: [10, 22], kept: [10, 22, 20, 22] })] }),
    want: {
      decision: { kind: 'rejoin', added: 1 },
      effects: [{ type: 'chat.addUser', chatId: 101, userId: 20 }],
      trace: { decidedBy: 'jobs.stay', reasons: ['ALREADY_IN_CHAT', 'REJOINED'], candidates: [], rules: [] },
    },
  },
  { name: 'nobody kept', w: world({ sessions: [session(1, { operatorId: 13, kept: [] })] }), want: ignored('NOTHING_KEPT', 'jobs') },
  { name: 'no record of kept users', w: world({ sessions: [session(1, { operatorId: 13 })] }), want: ignored('NOTHING_KEPT', 'jobs') },
  { name: 'closed', w: world({ sessions: [session(1, { status: 'closed', kept: [10] })] }), want: ignored('SESSION_CLOSED', 'world') },
  { name: 'unmanaged line', w: world({ sessions: [session(1, { lineId: 9, kept: [10] })] }), want: ignored('LINE_NOT_MANAGED', 'companies') },
  { name: 'unknown session', w: world({ sessions: [] }), want: ignored('SESSION_UNKNOWN', 'world') },
];

describe('decide dialog.transferred', () => {
  it.each(transferred)('$name', ({ w, want }) => {
    expect(decide(baseIr(), w, { type: 'dialog.transferred', sessionId: 1 })).toEqual(want);
  });
});

const leaving: CandidateTrace = { userId: 11, as: 'operator', verdict: 'excluded', reasons: ['SELF'] };
const event: RoutingEvent = { type: 'queue.redistributing', sessionId: 1 };

const redistributing: { name: string; w: World; want: DecideResult }[] = [
  {
    name: 'evenly: the operator leaving is not a candidate; the longest idle of the others gets it',
    w: world({
      lines: [line(1, [11, 13, 12], [null, '2026-03-02T09:00:00+03:00', '2026-03-02T08:00:00+03:00'])],
      sessions: [session(1, { operatorId: 11 })],
    }),
    want: {
      decision: { kind: 'steer', to: { type: 'user', userId: 12 } },
      effects: [{ type: 'log', code: 'LONGEST_IDLE', message: 'session=1 line=1 owner=user:12' }, { type: 'queue.stamp', lineId: 1, userId: 12 }],
      trace: {
        decidedBy: 'assignment.redistribute',
        reasons: ['REDISTRIBUTED', 'LONGEST_IDLE'],
        candidates: [
          leaving,
          { userId: 13, as: 'queue', verdict: 'passed-over', reasons: ['MORE_RECENTLY_ASSIGNED'] },
          { userId: 12, as: 'queue', verdict: 'chosen', reasons: ['LONGEST_IDLE'] },
        ],
        rules: [],
      },
    },
  },
  {
    name: 'the spec’s vacation types count, not only the portal’s: nobody else available → the queue',
    w: {
      ...worldWithUsers(user(13, { absences: [{ ...VACATION, type: 'LEAVESICK' }] })),
      sessions: [session(1, { operatorId: 11 })],
    },
    want: {
      decision: { kind: 'steer', to: { type: 'queue', lineId: 1 } },
      effects: [{ type: 'log', code: 'NO_AVAILABLE_OPERATOR', message: 'session=1 line=1 owner=queue:1' }],
      trace: {
        decidedBy: 'assignment.redistribute',
        reasons: ['REDISTRIBUTED', 'NO_AVAILABLE_OPERATOR'],
        candidates: [leaving, { userId: 13, as: 'queue', verdict: 'excluded', reasons: ['VACATION'] }],
        rules: [],
      },
    },
  },
  {
    name: 'strictly: the first one not yet offered, the leaving operator skipped',
    w: world({ sessions: [session(1, { lineId: 3, operatorId: 21, queueHistory: [21] })], lines: [line(3, [21, 22, 20])] }),
    want: {
      decision: { kind: 'steer', to: { type: 'user', userId: 22 } },
      effects: [{ type: 'log', code: 'QUEUE_ORDER', message: 'session=1 line=3 owner=user:22' }],
      trace: {
        decidedBy: 'assignment.redistribute',
        reasons: ['REDISTRIBUTED', 'QUEUE_ORDER'],
        candidates: [
          { userId: 21, as: 'operator', verdict: 'excluded', reasons: ['SELF'] },
          { userId: 22, as: 'queue', verdict: 'chosen', reasons: ['QUEUE_ORDER'] },
          { userId: 20, as: 'queue', verdict: 'passed-over', reasons: ['LATER_IN_ORDER'] },
        ],
        rules: [],
      },
    },
  },
  {
    name: 'a dialog waiting in the queue (no operator) gets the module’s pick',
    w: world({ sessions: [session(1, { operatorId: 0 })] }),
    want: {
      decision: { kind: 'steer', to: { type: 'user', userId: 11 } },
      effects: [{ type: 'log', code: 'LONGEST_IDLE', message: 'session=1 line=1 owner=user:11' }, { type: 'queue.stamp', lineId: 1, userId: 11 }],
      trace: {
        decidedBy: 'assignment.redistribute',
        reasons: ['REDISTRIBUTED', 'LONGEST_IDLE'],
        candidates: [
          { userId: 11, as: 'queue', verdict: 'chosen', reasons: ['LONGEST_IDLE'] },
          { userId: 13, as: 'queue', verdict: 'passed-over', reasons: ['MORE_RECENTLY_ASSIGNED'] },
        ],
        rules: [],
      },
    },
  },
  { name: 'a line offering to all is left to the portal', w: world({ sessions: [session(1, { lineId: 2, operatorId: 11 })] }), want: ignored('OFFERED_TO_ALL', 'assignment.redistribute') },
  { name: 'unmanaged line', w: world({ sessions: [session(1, { lineId: 9, operatorId: 11 })] }), want: ignored('LINE_NOT_MANAGED', 'companies') },
  { name: 'closed', w: world({ sessions: [session(1, { status: 'closed' })] }), want: ignored('SESSION_CLOSED', 'world') },
];

describe('decide queue.redistributing', () => {
  it.each(redistributing)('$name', ({ w, want }) => {
    expect(decide(baseIr(), w, event)).toEqual(want);
  });
});

describe('decide operator.pick', () => {
  it('the queue by its mode, as the first assignment chooses; an unmanaged line is ignored', () => {
    const w = world({ lines: [line(1, [11, 13], ['2026-03-02T09:00:00+03:00', null])] });
    expect(decide(baseIr(), w, { type: 'operator.pick', lineId: 1 })).toEqual({
      decision: { kind: 'pick', lineId: 1, owner: { type: 'user', userId: 13 } },
      effects: [{ type: 'log', code: 'LONGEST_IDLE', message: 'line=1 owner=user:13' }],
      trace: {
        decidedBy: 'assignment.pick',
        reasons: ['LONGEST_IDLE'],
        candidates: [
          { userId: 11, as: 'queue', verdict: 'passed-over', reasons: ['MORE_RECENTLY_ASSIGNED'] },
          { userId: 13, as: 'queue', verdict: 'chosen', reasons: ['LONGEST_IDLE'] },
        ],
        rules: [],
      },
    });
    expect(decide(baseIr(), w, { type: 'operator.pick', lineId: 9 }).decision).toEqual({ kind: 'ignore', reason: 'LINE_NOT_MANAGED' });
  });
});

describe('decide operator.check', () => {
  it('available as the queue counts it, with the supervisor found as the rules find it', () => {
    expect(decide(baseIr(), world(), { type: 'operator.check', userId: 11 }).decision)
      .toEqual({ kind: 'availability', userId: 11, available: true, reason: null, supervisor: 10 });
    const away = worldWithUsers(user(11, { departments: [2], absences: [VACATION] }));
    const r = decide(baseIr(), away, { type: 'operator.check', userId: 11 });
    expect(r.decision).toEqual({ kind: 'availability', userId: 11, available: false, reason: 'VACATION', supervisor: 10 });
    expect(r.trace.reasons).toEqual(['VACATION']);
    expect(decide(baseIr(), world(), { type: 'operator.check', userId: 99 }).decision)
      .toEqual({ kind: 'availability', userId: 99, available: false, reason: 'UNKNOWN_USER', supervisor: null });
  });
});
