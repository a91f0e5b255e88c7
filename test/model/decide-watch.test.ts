/**
 * The answer watch (`lines[].kpi`, `escalation`): while the operator has not taken a new dialog, people
 * are told at each threshold, then the dialog is passed on. given/want tables, and properties: the watch
 * never acts on a dialog that was taken, moved or pinned, and an escalation never gives the dialog back
 * to the operator who let it wait.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LineInput } from '../../generator/spec/types.ts';
import { decide } from '../../generator/model/decide.ts';
import type { World } from '../../generator/model/types.ts';
import { COMPANIES, irWith, line, session, world } from '../fixtures/ir.ts';
import { caseArb } from './arbitraries.ts';

const irLine1 = (patch: Partial<LineInput>) => irWith({
  companies: COMPANIES.map((c) => ({ ...c, lines: c.lines.map((l) => (l.id === 1 ? { ...l, ...patch } : l)) })),
});
const watched = irLine1({
  kpi: [{ afterMinutes: 3, notify: ['supervisor', 'head-of-sales', 10] }, { afterMinutes: 8, notify: [22], text: '#{dialog} {line}: {operator}, {minutes} min' }],
  escalation: { afterMinutes: 10, to: 'next' },
});
const given = (patch = {}): World => world({ sessions: [session(1, { operatorId: 12, ...patch })], lines: [line(1, [12, 11, 13])] });
const due = (step: number) => ({ type: 'answer.due' as const, sessionId: 1, operatorId: 12, step });

describe('decide answer.due', () => {
  it('a new dialog starts the watch at its first threshold', () => {
    const r = decide(watched, world(), { type: 'dialog.started', sessionId: 1 });
    expect(r.effects).toContainEqual({ type: 'answer.watch', sessionId: 1, operatorId: 11, step: 0, at: '2026-03-02T10:18:00+03:00' });
  });
  it('the first threshold: the supervisor (the spec’s), the head of sales and a user, each once; the next point after 5 more minutes', () => {
    const r = decide(watched, given(), due(0));
    expect(r.decision).toEqual({ kind: 'kpi', sessionId: 1, notified: 1 });
    expect(r.effects).toEqual([
      { type: 'notify', userId: 10, text: 'Диалог #1 на линии «Alfa WhatsApp» ждёт ответа 3 мин.; оператор — Maria Volkova.' },
      { type: 'answer.watch', sessionId: 1, operatorId: 12, step: 1, at: '2026-03-02T10:20:00+03:00' },
    ]);
    expect(r.trace.reasons).toEqual(['ANSWER_LATE']);
  });
  it('the second threshold with its own text', () => {
    expect(decide(watched, given(), due(1)).effects[0]).toEqual({ type: 'notify', userId: 22, text: '#1 Alfa WhatsApp: Maria Volkova, 8 min' });
  });
  it('the escalation: the next operator by the queue, never the one who let it wait; the watch ends', () => {
    const r = decide(watched, given(), due(2));
    expect(r.decision).toEqual({ kind: 'transfer', to: { type: 'user', userId: 11 } });
    expect(r.trace.reasons).toEqual(['ANSWER_LATE', 'ESCALATED', 'LONGEST_IDLE']);
    expect(r.trace.candidates[0]).toEqual({ userId: 12, as: 'operator', verdict: 'excluded', reasons: ['SELF'] });
    expect(r.effects.some((e) => e.type === 'answer.watch')).toBe(false);
  });
  it('to the supervisor, or to another line', () => {
    expect(decide(irLine1({ escalation: { afterMinutes: 5, to: 'supervisor' } }), given(), due(0)).decision)
      .toEqual({ kind: 'transfer', to: { type: 'user', userId: 10 } });
    expect(decide(irLine1({ escalation: { afterMinutes: 5, to: { line: 3 } } }), given(), due(0)).effects[0])
      .toEqual({ type: 'session.toQueue', sessionId: 1, lineId: 3 });
  });
  it('nothing when the dialog was taken, moved, pinned or closed, or the point does not exist', () => {
    expect(decide(watched, given({ answeredAt: '2026-03-02T10:16:00+03:00' }), due(0)).decision).toEqual({ kind: 'ignore', reason: 'ANSWERED' });
    expect(decide(watched, given({ operatorId: 11 }), due(0)).decision).toEqual({ kind: 'ignore', reason: 'OPERATOR_CHANGED' });
    expect(decide(watched, given({ pinned: true }), due(0)).decision).toEqual({ kind: 'ignore', reason: 'PINNED' });
    expect(decide(watched, given({ status: 'closed' }), due(0)).decision).toEqual({ kind: 'ignore', reason: 'SESSION_CLOSED' });
    expect(decide(watched, given(), due(3)).decision).toEqual({ kind: 'ignore', reason: 'NO_WATCH' });
  });
});

describe('answer watch properties', () => {
  it('acts only on an open dialog still with the operator, not taken, not pinned; an escalation never returns it to him', () => {
    fc.assert(fc.property(caseArb, ({ ir, world: w, event }) => {
      if (event.type !== 'answer.due') return;
      const r = decide(ir, w, event);
      if (r.decision.kind === 'ignore') return;
      const s = w.sessions.find((x) => x.id === event.sessionId)!;
      expect(s.status).toBe('open');
      expect(s.operatorId).toBe(event.operatorId);
      expect(s.answeredAt ?? null).toBeNull();
      expect(s.pinned ?? false).toBe(false);
      if (r.decision.kind === 'transfer' && r.decision.to.type === 'user') expect(r.decision.to.userId).not.toBe(event.operatorId);
    }), { numRuns: 800 });
  });
});
