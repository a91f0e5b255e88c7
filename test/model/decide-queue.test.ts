/**
 * The line's queue as the portal runs it: per-line limits counted by `countUntil` and the portal-wide
 * 1000, the line's availability setting, pinned dialogs, and the evenly turn. given/want tables, and
 * properties over long runs: no operator ever goes over a limit, and evenly stays fair.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LineInput } from '../../generator/spec/types.ts';
import { decide } from '../../generator/model/decide.ts';
import type { CandidateTrace, DecideResult, World, WorldLine } from '../../generator/model/types.ts';
import { COMPANIES, irWith, line, NOW, session, user, VACATION, world, worldWithUsers } from '../fixtures/ir.ts';

/** The fixture spec with line 1 changed. */
const irLine1 = (patch: Partial<LineInput>) => irWith({
  companies: COMPANIES.map((c) => ({ ...c, lines: c.lines.map((l) => (l.id === 1 ? { ...l, ...patch } : l)) })),
});

const started = { type: 'dialog.started' as const, sessionId: 1 };
const queueOf = (r: DecideResult): CandidateTrace[] => r.trace.candidates.filter((c) => c.as === 'queue');
const ownerOf = (r: DecideResult): number | null => (r.decision.kind === 'route' && r.decision.owner.type === 'user' ? r.decision.owner.userId : null);

/** Line 1 with Pavel (11) holding dialogs in the given statuses and Ivan (13) holding none; Pavel idle the longest. */
const busyWorld = (statuses: number[], chats?: number): World => ({
  ...worldWithUsers(user(11, { departments: [2], ...(chats === undefined ? {} : { openLineChats: chats }) })),
  lines: [{ id: 1, queue: [{ userId: 11, lastAssignedAt: null, dialogs: statuses }, { userId: 13, lastAssignedAt: '2026-03-02T09:00:00+03:00' }] }],
});

const table: { given: string; ir: ReturnType<typeof irLine1>; w: World; owner: number; pavel: CandidateTrace['reasons'] }[] = [
  { given: 'limit 2, two dialogs not yet answered: Pavel is full', ir: irLine1({ capacity: { maxDialogs: 2 } }), w: busyWorld([0, 10]), owner: 13, pavel: ['LINE_FULL'] },
  { given: 'limit 2, "answered": an answered dialog (40) no longer counts', ir: irLine1({ capacity: { maxDialogs: 2 } }), w: busyWorld([10, 40]), owner: 11, pavel: ['LONGEST_IDLE'] },
  { given: 'limit 2, "closed": a dialog waiting for the client (40) still counts', ir: irLine1({ capacity: { maxDialogs: 2, countUntil: 'closed' } }), w: busyWorld([10, 40]), owner: 13, pavel: ['LINE_FULL'] },
  { given: 'limit 2, "closed": a dialog at 50 (waiting, the portal stops counting) does not', ir: irLine1({ capacity: { maxDialogs: 2, countUntil: 'closed' } }), w: busyWorld([10, 50]), owner: 11, pavel: ['LONGEST_IDLE'] },
  { given: 'limit 1, "answered-new": the client wrote after the answer (25) — it counts no more', ir: irLine1({ capacity: { maxDialogs: 1, countUntil: 'answered-new' } }), w: busyWorld([25]), owner: 11, pavel: ['LONGEST_IDLE'] },
  { given: 'limit 1, "answered-new": the client wrote, not yet answered (20) — it counts', ir: irLine1({ capacity: { maxDialogs: 1, countUntil: 'answered-new' } }), w: busyWorld([20]), owner: 13, pavel: ['LINE_FULL'] },
  { given: 'no line limit: many dialogs, still free', ir: irLine1({}), w: busyWorld([0, 0, 0, 10, 20, 25]), owner: 11, pavel: ['LONGEST_IDLE'] },
  { given: '1000 open-line chats in the messenger: full in every line', ir: irLine1({}), w: busyWorld([], 1000), owner: 13, pavel: ['ALL_LINES_FULL'] },
  { given: '999 chats: one slot left', ir: irLine1({}), w: busyWorld([], 999), owner: 11, pavel: ['LONGEST_IDLE'] },
];

describe('decide: the line’s limits', () => {
  it.each(table)('$given', ({ ir, w, owner, pavel }) => {
    const r = decide(ir, w, started);
    expect(ownerOf(r)).toBe(owner);
    expect(queueOf(r).find((c) => c.userId === 11)!.reasons).toEqual(pavel);
  });
  it('the contact’s responsible gets a repeat contact whatever he holds, as the portal’s “route to the responsible” does', () => {
    const w = { ...busyWorld([0, 0], 1200), contacts: [{ id: 7, clientId: 'client-1', companyId: 'alfa', responsibleId: 11 }] };
    expect(ownerOf(decide(irLine1({ capacity: { maxDialogs: 1 } }), w, started))).toBe(11);
  });
});

describe('decide: the line’s availability setting', () => {
  const onVacation = worldWithUsers(user(11, { departments: [2], absences: [VACATION] }), user(13, { departments: [2], active: false }));
  it('checked (the default): the one on vacation and the dismissed one are skipped → the queue', () => {
    const r = decide(irLine1({}), onVacation, started);
    expect(r.decision).toMatchObject({ owner: { type: 'queue', lineId: 1 } });
    expect(queueOf(r).map((c) => c.reasons)).toEqual([['VACATION'], ['INACTIVE']]);
  });
  it('not checked: only the dismissed one is skipped, the one on vacation gets it', () => {
    const r = decide(irLine1({ checkAvailability: false }), onVacation, started);
    expect(ownerOf(r)).toBe(11);
    expect(queueOf(r).map((c) => c.reasons)).toEqual([['LONGEST_IDLE'], ['INACTIVE']]);
  });
});

describe('decide: pinned dialogs stay with their operator', () => {
  const pinned = world({ sessions: [session(1, { operatorId: 11, pinned: true })] });
  it('the portal’s own move is not steered, and the delayed check leaves it', () => {
    expect(decide(irLine1({}), pinned, { type: 'queue.redistributing', sessionId: 1 }).decision).toEqual({ kind: 'ignore', reason: 'PINNED' });
    expect(decide(irLine1({}), pinned, { type: 'check.due', sessionId: 1, operatorId: 11 }).decision).toEqual({ kind: 'ignore', reason: 'PINNED' });
  });
});

describe('decide: the evenly turn', () => {
  it('the module’s pick on an evenly line moves to the end of the turn; strictly lines and the responsible are not stamped', () => {
    const stamps = (r: DecideResult) => r.effects.filter((e) => e.type === 'queue.stamp');
    expect(stamps(decide(irLine1({}), world(), started))).toEqual([{ type: 'queue.stamp', lineId: 1, userId: 11 }]);
    expect(stamps(decide(irLine1({ mode: 'strictly' }), world(), started))).toEqual([]);
    const repeat = world({ contacts: [{ id: 7, clientId: 'client-1', companyId: 'alfa', responsibleId: 13 }] });
    expect(stamps(decide(irLine1({}), repeat, started))).toEqual([]);
  });
});

describe('decide: least loaded', () => {
  const loaded = (loads: Record<number, [number, number]>): World => ({
    ...world(),
    users: [10, 11, 12, 13].map((id) => user(id, { departments: [2], ...(loads[id] ? { load: { dialogs: loads[id]![0], deals: loads[id]![1] } } : {}) })),
    lines: [line(1, [11, 12, 13], ['2026-03-02T08:00:00+03:00', '2026-03-02T09:00:00+03:00', '2026-03-02T07:00:00+03:00'])],
  });
  const byDialogs = irLine1({ strategy: { type: 'least-loaded' } });
  it('by open dialogs: the one holding the fewest; the evenly turn is taken', () => {
    const r = decide(byDialogs, loaded({ 11: [3, 0], 12: [1, 9], 13: [2, 0] }), started);
    expect(ownerOf(r)).toBe(12);
    expect(queueOf(r).map((c) => [c.userId, c.reasons[0]])).toEqual([[11, 'MORE_LOADED'], [12, 'LEAST_LOADED'], [13, 'MORE_LOADED']]);
    expect(r.effects).toContainEqual({ type: 'queue.stamp', lineId: 1, userId: 12 });
  });
  it('a tie on an evenly line goes to the one idle the longest; no load known counts as none', () => {
    expect(ownerOf(decide(byDialogs, loaded({ 11: [1, 0], 12: [1, 0], 13: [1, 0] }), started))).toBe(13);
    expect(ownerOf(decide(byDialogs, loaded({ 11: [1, 0], 12: [1, 0] }), started))).toBe(13);
  });
  it('by deals in progress on a strictly line: ties by list order, and no evenly turn', () => {
    const r = decide(irLine1({ mode: 'strictly', strategy: { type: 'least-loaded', by: 'open-deals' } }), loaded({ 11: [0, 2], 12: [5, 1], 13: [0, 1] }), started);
    expect(ownerOf(r)).toBe(12);
    expect(r.effects.some((e) => e.type === 'queue.stamp')).toBe(false);
  });
  it('property: nobody available holds less than the one chosen', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { minLength: 4, maxLength: 4 }), fc.boolean(), (loads, deals) => {
      const ir = irLine1({ strategy: { type: 'least-loaded', by: deals ? 'open-deals' : 'open-dialogs' } });
      const w = loaded(Object.fromEntries(loads.map((l, i) => [10 + i, l])));
      const r = decide(ir, w, started);
      const load = (id: number) => { const l = w.users.find((u) => u.id === id)!.load!; return deals ? l.deals : l.dialogs; };
      const chosen = ownerOf(r)!;
      for (const c of queueOf(r)) expect(load(chosen)).toBeLessThanOrEqual(load(c.userId));
    }), { numRuns: 300 });
  });
});

describe('decide: weighted round robin', () => {
  const weighted = (weights: Record<number, number>) => irLine1({ strategy: { type: 'weighted', weights } });
  const today = (counts: Record<number, number>): World => ({
    ...world(),
    lines: [{ id: 1, queue: [11, 12, 13].map((userId) => ({ userId, lastAssignedAt: null, today: counts[userId] ?? 0 })) }],
  });
  it('the one furthest behind their weighted share of today’s dialogs; others weigh 1', () => {
    const r = decide(weighted({ 11: 3 }), today({ 11: 3, 12: 1, 13: 0 }), started);
    expect(ownerOf(r)).toBe(13);
    expect(queueOf(r).map((c) => c.reasons[0])).toEqual(['AHEAD_OF_SHARE', 'AHEAD_OF_SHARE', 'WEIGHTED_TURN']);
    expect(ownerOf(decide(weighted({ 11: 3 }), today({ 11: 2, 12: 1, 13: 1 }), started))).toBe(11);
  });
  it('property: over a run, nobody is more than one dialog ahead of their share, (c_i − 1) / w_i ≤ c_j / w_j', () => {
    fc.assert(fc.property(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })), fc.integer({ min: 1, max: 40 }), (ws, n) => {
      const weights = { 11: ws[0], 12: ws[1], 13: ws[2] };
      const counts: Record<number, number> = { 11: 0, 12: 0, 13: 0 };
      for (let i = 0; i < n; i++) {
        const owner = ownerOf(decide(weighted(weights), today(counts), started))!;
        counts[owner]!++;
        for (const a of [11, 12, 13]) {
          for (const b of [11, 12, 13]) expect((counts[a]! - 1) * weights[b as 11]).toBeLessThanOrEqual(counts[b]! * weights[a as 11]);
        }
      }
    }), { numRuns: 200 });
  });
});

describe('decide: sticky', () => {
  const sticky = irLine1({ sticky: true, capacity: { maxDialogs: 1 } });
  const repeat = (lastOperatorId: number, busy: number[] = []): World => ({
    ...world({ sessions: [session(1, { lastOperatorId })], contacts: [{ id: 7, clientId: 'client-1', companyId: 'alfa', responsibleId: 11 }] }),
    lines: [{ id: 1, queue: [{ userId: 11, lastAssignedAt: null }, { userId: 13, lastAssignedAt: null, dialogs: busy }] }],
  });
  it('the client’s last operator first, before the contact’s responsible; no evenly turn taken', () => {
    const r = decide(sticky, repeat(13), started);
    expect(ownerOf(r)).toBe(13);
    expect(r.trace.candidates[0]).toEqual({ userId: 13, as: 'last-manager', verdict: 'chosen', reasons: ['LAST_MANAGER'] });
    expect(r.effects.some((e) => e.type === 'queue.stamp')).toBe(false);
  });
  it('the last operator at his limit: as usual, with him in the trace', () => {
    const r = decide(sticky, repeat(13, [0]), started);
    expect(ownerOf(r)).toBe(11);
    expect(r.trace.candidates.slice(0, 2)).toEqual([
      { userId: 13, as: 'last-manager', verdict: 'excluded', reasons: ['LINE_FULL'] },
      { userId: 11, as: 'responsible', verdict: 'chosen', reasons: ['CONTACT_RESPONSIBLE'] },
    ]);
  });
  it('not sticky, or no earlier dialog: as usual', () => {
    expect(ownerOf(decide(irLine1({}), repeat(13), started))).toBe(11);
    expect(ownerOf(decide(sticky, repeat(0), started))).toBe(11);
  });
});

describe('decide: skills', () => {
  const skilled = irWith({
    companies: COMPANIES.map((c) => ({ ...c, lines: c.lines.map((l) => (l.id === 1 ? { ...l, skills: { require: { english: 2, b2b: 1 }, relaxAfterMinutes: 5 } } : l)) })),
    people: { users: [{ id: 11, name: 'Pavel', skills: { english: 3 } }, { id: 12, name: 'Maria', skills: { english: 2, b2b: 2 } }, { id: 13, name: 'Ivan', skills: { english: 5, b2b: 1 } }] },
  });
  const w = (createdAt?: string): World => ({
    ...world({ sessions: [session(1, createdAt ? { createdAt } : {})] }),
    lines: [line(1, [11, 12, 13], [null, '2026-03-02T09:00:00+03:00', '2026-03-02T08:00:00+03:00'])],
  });
  it('only those with every skill at its level; the mode decides among them', () => {
    const r = decide(skilled, w(), started);
    expect(queueOf(r).map((c) => [c.userId, c.reasons[0]])).toEqual([[11, 'NO_SKILL'], [12, 'MORE_RECENTLY_ASSIGNED'], [13, 'LONGEST_IDLE']]);
  });
  it('5 minutes after the dialog came, anyone may take it', () => {
    expect(ownerOf(decide(skilled, w('2026-03-02T10:10:00+03:00'), started))).toBe(11);
    expect(ownerOf(decide(skilled, w('2026-03-02T10:11:00+03:00'), started))).toBe(13);
  });
  it('property: before the requirement is dropped, nobody lacking a skill gets the dialog from the queue', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 }), fc.shuffledSubarray([11, 12, 13], { minLength: 1 }), (ago, ids) => {
      const came = new Date(Date.parse(NOW) - ago * 60_000).toISOString();
      const r = decide(skilled, { ...w(came), lines: [line(1, ids)] }, started);
      const owner = ownerOf(r);
      if (owner !== null && ago < 5) expect(owner).not.toBe(11);
    }), { numRuns: 200 });
  });
});

/**
 * Routes `n` first contacts one after another on line 1, each a minute apart, applying what the portal
 * would record: the new dialog counts for its operator, the evenly stamp moves him to the end.
 */
function run(ir: ReturnType<typeof irLine1>, start: World, n: number, status = 0): { owners: (number | null)[]; end: World } {
  let w = start;
  const owners: (number | null)[] = [];
  for (let i = 0; i < n; i++) {
    const now = new Date(Date.parse(NOW) + i * 60_000).toISOString();
    w = { ...w, now, sessions: [session(100 + i, { clientId: `c${i}` })] };
    const r = decide(ir, w, { type: 'dialog.started', sessionId: 100 + i });
    const owner = ownerOf(r);
    owners.push(owner);
    const stamped = r.effects.some((e) => e.type === 'queue.stamp');
    w = {
      ...w,
      lines: w.lines.map((l): WorldLine => (l.id !== 1 ? l : {
        ...l,
        queue: l.queue.map((q) => (q.userId !== owner ? q : {
          ...q, dialogs: [...(q.dialogs ?? []), status], ...(stamped ? { lastAssignedAt: now } : {}),
        })),
      })),
    };
  }
  return { owners, end: w };
}

describe('queue properties over long runs', () => {
  const queueArb = fc.uniqueArray(fc.constantFrom(10, 11, 12, 13, 20, 21, 22), { minLength: 1, maxLength: 6 });
  it('no operator ever holds more counted dialogs of the line than its limit', () => {
    fc.assert(fc.property(
      queueArb, fc.integer({ min: 1, max: 4 }), fc.constantFrom('answered' as const, 'answered-new' as const, 'closed' as const),
      fc.constantFrom('evenly' as const, 'strictly' as const), fc.integer({ min: 1, max: 30 }),
      (ids, maxDialogs, countUntil, mode, n) => {
        const ir = irLine1({ mode, capacity: { maxDialogs, countUntil } });
        const start = { ...world(), users: ids.map((id) => user(id)), lines: [line(1, ids)] };
        const { owners, end } = run(ir, start, n);
        for (const q of end.lines[0]!.queue) expect((q.dialogs ?? []).length).toBeLessThanOrEqual(maxDialogs);
        // once everyone is full, the dialog waits in the queue
        expect(owners.filter((o) => o !== null).length).toBe(Math.min(n, ids.length * maxDialogs));
      },
    ), { numRuns: 200 });
  });
  it('evenly: with everyone available, no operator gets more than one dialog more than another, at any point', () => {
    fc.assert(fc.property(queueArb, fc.integer({ min: 1, max: 60 }), (ids, n) => {
      const start = { ...world(), users: ids.map((id) => user(id)), lines: [line(1, ids)] };
      const { owners } = run(irLine1({}), start, n);
      const counts = new Map<number, number>(ids.map((id) => [id, 0]));
      for (const o of owners) {
        counts.set(o!, counts.get(o!)! + 1);
        const values = [...counts.values()];
        expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
      }
    }), { numRuns: 200 });
  });
});

describe('decide: the portal’s own pick keeps his turn when the module gives the dialog to someone else', () => {
  // the portal gave dialog 1 to Pavel (11) and stamped him; the world shows that turn as not taken
  const geo = { geography: { offices: [{ name: 'North', prefixes: ['7812'], users: [13] }] } };
  const w = world({
    sessions: [session(1, { operatorId: 11, phone: '+7 812 000-00-00' })],
    lines: [{ id: 1, queue: [{ userId: 11, lastAssignedAt: null }, { userId: 13, lastAssignedAt: '2026-03-02T09:00:00+03:00' }, { userId: 12, lastAssignedAt: '2026-03-02T08:00:00+03:00' }] }],
  });
  const turns = (r: DecideResult) => r.effects.filter((e) => e.type === 'queue.stamp' || e.type === 'queue.turnBack');
  it('evenly: the office’s Ivan gets it and moves to the end; Pavel goes back just before the earliest other stamp', () => {
    const r = decide(irLine1(geo), w, started);
    expect(ownerOf(r)).toBe(13);
    expect(turns(r)).toEqual([
      { type: 'queue.stamp', lineId: 1, userId: 13 },
      { type: 'queue.turnBack', lineId: 1, userId: 11, before: '2026-03-02T08:00:00+03:00' },
    ]);
  });
  it('the portal’s own move: its pick (already stamped) gets the turn back when the module chooses another', () => {
    const moving = { ...w, sessions: [session(1, { operatorId: 12, phone: '+7 812 000-00-00' })] };
    const r = decide(irLine1(geo), moving, { type: 'queue.redistributing', sessionId: 1, portalPick: 11 });
    expect(r.decision).toEqual({ kind: 'steer', to: { type: 'user', userId: 13 } });
    // the earliest other stamp is that of Maria (12), whom the dialog leaves: she still holds her place
    expect(turns(r)).toEqual([
      { type: 'queue.stamp', lineId: 1, userId: 13 },
      { type: 'queue.turnBack', lineId: 1, userId: 11, before: '2026-03-02T08:00:00+03:00' },
    ]);
  });
  it('the module keeps the portal’s pick, or the line is not evenly: nothing to give back', () => {
    expect(turns(decide(irLine1({}), w, started))).toEqual([{ type: 'queue.stamp', lineId: 1, userId: 11 }]);
    expect(turns(decide(irLine1({ ...geo, mode: 'strictly' }), w, started))).toEqual([]);
  });
});
