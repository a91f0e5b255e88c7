/** `job.due`: people added to every open dialog of the covered companies. */
import { describe, expect, it } from 'vitest';
import type { RoutingIR } from '../../generator/ir/types.ts';
import { decide } from '../../generator/model/decide.ts';
import type { DecideResult, Effect, World } from '../../generator/model/types.ts';
import { baseIr, COMPANIES, irWith, session, world } from '../fixtures/ir.ts';

const keep = (sessionId: number, userId: number): Effect => ({ type: 'session.keepUser', sessionId, userId });

/** Sessions deliberately out of id order. */
const sessions = world({
  sessions: [
    session(7, { lineId: 3, operatorId: 21 }),
    session(6, { lineId: 1, operatorId: 10 }),
    session(1, { lineId: 1, operatorId: 11 }),
    session(2, { lineId: 2, participants: [10] }),
    session(3, { lineId: 3, operatorId: 20 }),
    session(4, { lineId: 1, status: 'closed' }),
    session(5, { lineId: 9 }),
    session(8, { lineId: 2 }),
  ],
});

const table: { name: string; ir?: RoutingIR; w: World; jobId: string; want: DecideResult }[] = [
  {
    name: 'night watch: each company’s head of sales joins its open dialogs, ordered by id',
    w: sessions, jobId: 'night-watch',
    want: {
      decision: { kind: 'job', added: 3 },
      effects: [
        keep(1, 10), { type: 'chat.addUser', chatId: 101, userId: 10 },
        keep(2, 10), keep(6, 10),
        keep(8, 10), { type: 'chat.addUser', chatId: 108, userId: 10 },
        keep(3, 20),
        keep(7, 20), { type: 'chat.addUser', chatId: 107, userId: 20 },
      ],
      trace: { decidedBy: 'jobs.night-watch', reasons: ['ALREADY_IN_CHAT'], candidates: [], rules: [] },
    },
  },
  {
    name: 'stay: a user already kept in a dialog is not recorded twice',
    ir: irWith({ companies: [COMPANIES[0]!], jobs: [{ id: 'night-watch', at: '23:00', action: { type: 'add-head-of-sales' } }] }),
    w: world({ sessions: [session(1, { lineId: 1, kept: [10] }), session(2, { lineId: 2, kept: [22] })] }),
    jobId: 'night-watch',
    want: {
      decision: { kind: 'job', added: 2 },
      effects: [
        { type: 'chat.addUser', chatId: 101, userId: 10 },
        keep(2, 10), { type: 'chat.addUser', chatId: 102, userId: 10 },
      ],
      trace: { decidedBy: 'jobs.night-watch', reasons: [], candidates: [], rules: [] },
    },
  },
  {
    name: 'stay: false adds without keeping',
    ir: irWith({ jobs: [{ id: 'night-watch', at: '23:00', action: { type: 'add-head-of-sales' }, stay: false }] }),
    w: sessions, jobId: 'night-watch',
    want: {
      decision: { kind: 'job', added: 3 },
      effects: [
        { type: 'chat.addUser', chatId: 101, userId: 10 },
        { type: 'chat.addUser', chatId: 108, userId: 10 },
        { type: 'chat.addUser', chatId: 107, userId: 20 },
      ],
      trace: { decidedBy: 'jobs.night-watch', reasons: ['ALREADY_IN_CHAT'], candidates: [], rules: [] },
    },
  },
  {
    name: 'a company without a head of sales is logged and skipped',
    ir: irWith({ companies: [COMPANIES[0]!, { ...COMPANIES[1]!, headOfSales: undefined }] }),
    w: sessions, jobId: 'night-watch',
    want: {
      decision: { kind: 'job', added: 2 },
      effects: [
        keep(1, 10), { type: 'chat.addUser', chatId: 101, userId: 10 },
        keep(2, 10), keep(6, 10),
        keep(8, 10), { type: 'chat.addUser', chatId: 108, userId: 10 },
        { type: 'log', code: 'NO_HEAD_OF_SALES', message: 'job=night-watch company=beta' },
      ],
      trace: { decidedBy: 'jobs.night-watch', reasons: ['ALREADY_IN_CHAT', 'NO_HEAD_OF_SALES'], candidates: [], rules: [] },
    },
  },
  {
    name: 'add-user for the listed companies only',
    ir: irWith({ jobs: [{ id: 'add-olga', at: '22:00', companies: ['beta'], action: { type: 'add-user', user: 21 } }] }),
    w: sessions, jobId: 'add-olga',
    want: {
      decision: { kind: 'job', added: 1 },
      effects: [keep(3, 21), { type: 'chat.addUser', chatId: 103, userId: 21 }, keep(7, 21)],
      trace: { decidedBy: 'jobs.add-olga', reasons: ['ALREADY_IN_CHAT'], candidates: [], rules: [] },
    },
  },
  {
    name: 'nothing open',
    w: world({ sessions: [] }), jobId: 'night-watch',
    want: { decision: { kind: 'job', added: 0 }, effects: [], trace: { decidedBy: 'jobs.night-watch', reasons: [], candidates: [], rules: [] } },
  },
  {
    name: 'unknown job',
    w: sessions, jobId: 'nope',
    want: { decision: { kind: 'ignore', reason: 'UNKNOWN_JOB' }, effects: [], trace: { decidedBy: 'jobs', reasons: ['UNKNOWN_JOB'], candidates: [], rules: [] } },
  },
];

describe('decide job.due', () => {
  it.each(table)('$name', ({ ir, w, jobId, want }) => {
    expect(decide(ir ?? baseIr(), w, { type: 'job.due', jobId })).toEqual(want);
  });
});
