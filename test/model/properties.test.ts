/** Properties of `decide` over generated worlds and events (see arbitraries.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presence, queueAvailability } from '../../generator/model/availability.ts';
import { decide } from '../../generator/model/decide.ts';
import { explainLines } from '../../generator/model/explain.ts';
import { companyOfLine, irLine, worldSession } from '../../generator/model/lookup.ts';
import type { DecideResult } from '../../generator/model/types.ts';
import { caseArb, type Case } from './arbitraries.ts';

const RUNS = { numRuns: 400 };

/** The user who ends up with the dialog, when it is a person. */
function ownerUser(r: DecideResult): number | null {
  const d = r.decision;
  if (d.kind === 'route') return d.owner.type === 'user' ? d.owner.userId : null;
  if (d.kind === 'transfer') return d.to.type === 'user' ? d.to.userId : null;
  if (d.kind === 'keep') return d.operatorId;
  return null;
}

/** An existing open session on a managed line, with (for checks) the check due for its current operator. */
function decidable({ ir, world, event }: Case): boolean {
  if (event.type !== 'dialog.started' && event.type !== 'check.due') return false;
  const s = worldSession(world, event.sessionId);
  if (!s || s.status !== 'open' || !companyOfLine(ir, s.lineId)) return false;
  if (event.type === 'dialog.started') return true;
  if (s.pinned) return false;
  return ir.availabilityCheck !== null && s.operatorId !== 0 && s.operatorId === event.operatorId;
}

describe('decide properties', () => {
  it('nobody unknown, inactive or on vacation (where the line checks it) ever owns a route, transfer or keep', () => {
    fc.assert(fc.property(caseArb, ({ ir, world, event }) => {
      const r = decide(ir, world, event);
      const owner = ownerUser(r);
      if (owner === null) return;
      // a line that does not check availability gives dialogs to anyone not dismissed, as the portal does
      const session = 'sessionId' in event ? worldSession(world, event.sessionId) : undefined;
      const line = session ? irLine(ir, session.lineId) : undefined;
      if (r.decision.kind === 'route' && line?.checkAvailability === false) {
        expect(queueAvailability(owner, world, ir.vacationTypes, false)).toBeNull();
        return;
      }
      expect(presence(owner, world, ir.vacationTypes)).toBeNull();
      if (r.decision.kind === 'route' && r.trace.reasons.includes('LONGEST_IDLE')) {
        expect(queueAvailability(owner, world, ir.vacationTypes, line?.checkAvailability ?? true)).toBeNull();
      }
    }), RUNS);
  });

  it('a decidable event always yields a user owner or a queue', () => {
    fc.assert(fc.property(caseArb.filter(decidable), (c) => {
      const d = decide(c.ir, c.world, c.event).decision;
      const owner = d.kind === 'route' ? d.owner : d.kind === 'transfer' ? d.to : d.kind === 'keep' ? { type: 'user', userId: d.operatorId } : null;
      expect(owner === null ? d.kind : owner.type).toMatch(/^(user|queue)$/);
    }), RUNS);
  });

  it('is deterministic and does not mutate its inputs', () => {
    fc.assert(fc.property(caseArb, ({ ir, world, event }) => {
      const before = structuredClone({ ir, world, event });
      const first = decide(ir, world, event);
      const second = decide(structuredClone(ir), structuredClone(world), structuredClone(event));
      expect(second).toEqual(first);
      expect({ ir, world, event }).toEqual(before);
    }), RUNS);
  });

  it('moves the session at most once; routes and transfers exactly once, keeps never', () => {
    fc.assert(fc.property(caseArb, ({ ir, world, event }) => {
      const r = decide(ir, world, event);
      const moves = r.effects.filter((e) => e.type === 'session.assign' || e.type === 'session.toQueue').length;
      const want = r.decision.kind === 'route' || r.decision.kind === 'transfer' ? 1 : 0;
      expect(moves).toBe(want);
      const logs = r.effects.filter((e) => e.type === 'log').length;
      if (r.decision.kind === 'route' || r.decision.kind === 'transfer' || r.decision.kind === 'keep') expect(logs).toBe(1);
    }), RUNS);
  });

  it('routes assign the chosen user or send to the queue consistently with the decision', () => {
    fc.assert(fc.property(caseArb, ({ ir, world, event }) => {
      const r = decide(ir, world, event);
      if (r.decision.kind !== 'route' && r.decision.kind !== 'transfer') return;
      const to = r.decision.kind === 'route' ? r.decision.owner : r.decision.to;
      const move = r.effects.find((e) => e.type === 'session.assign' || e.type === 'session.toQueue');
      expect(move).toEqual(to.type === 'user'
        ? { type: 'session.assign', sessionId: 'sessionId' in event ? event.sessionId : -1, userId: to.userId }
        : { type: 'session.toQueue', sessionId: 'sessionId' in event ? event.sessionId : -1, lineId: to.lineId });
      const checks = r.effects.filter((e) => e.type === 'check.schedule');
      expect(checks.length).toBe(r.decision.kind === 'route' && to.type === 'user' && ir.availabilityCheck !== null ? 1 : 0);
    }), RUNS);
  });

  it('every decision can be explained', () => {
    fc.assert(fc.property(caseArb, ({ ir, world, event }) => {
      const lines = explainLines(ir, world, event, decide(ir, world, event));
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.every((l) => l.length > 0 && !l.includes('undefined'))).toBe(true);
    }), RUNS);
  });
});
