/**
 * The answer watch (`lines[].kpi`, `escalation`): a dialog given to an operator is looked at again at
 * each point of the line's watch while the operator has not taken it. A KPI point tells people; the
 * escalation passes the dialog on and ends the watch. Points are chained: each schedules the next.
 */
import type { LineIR, RoutingIR, WatchIR } from '../ir/types.ts';
import { watchOfSession } from './client.ts';
import { companyOfLine, fillTemplate, irLine, userLabel, worldSession } from './lookup.ts';
import { chooseFromQueue, ignore, stampsTurn, targetText, wakeEffects } from './route.ts';
import { addMinutes } from './schedule.ts';
import { findSupervisor } from './supervisor.ts';
import type { CandidateTrace, DecideResult, Effect, ReasonCode, TransferTarget, World } from './types.ts';

/** The first point of the watch for a dialog just given to `operatorId`, if the line has one. */
export function watchStart(watch: WatchIR[], sessionId: number, operatorId: number, now: string): Effect[] {
  const first = watch[0];
  return first ? [{ type: 'answer.watch', sessionId, operatorId, step: 0, at: addMinutes(now, first.minutes) }] : [];
}

export function answerDue(ir: RoutingIR, world: World, sessionId: number, operatorId: number, step: number): DecideResult {
  const session = worldSession(world, sessionId);
  if (!session) return ignore('SESSION_UNKNOWN', 'world');
  if (session.status === 'closed') return ignore('SESSION_CLOSED', 'world');
  if (session.operatorId === 0 || session.operatorId !== operatorId) return ignore('OPERATOR_CHANGED', 'world');
  if (session.pinned) return ignore('PINNED', 'world');
  if (session.answeredAt) return ignore('ANSWERED', 'world');
  const line = irLine(ir, session.lineId);
  const company = companyOfLine(ir, session.lineId);
  const watch = line ? watchOfSession(ir, world, session, line) : [];
  const point = watch[step];
  if (!line || !company || !point) return ignore('NO_WATCH', 'lines.watch');
  const decidedBy = `lines.${line.id}.${point.kind === 'kpi' ? 'kpi' : 'escalation'}`;
  if (point.kind === 'kpi') {
    const candidates: CandidateTrace[] = [];
    const told = new Set<number>();
    for (const to of point.notify) {
      let userId: number | null = typeof to === 'number' ? to : null;
      if (to === 'head-of-sales') userId = company.headOfSales;
      if (to === 'supervisor') {
        const found = findSupervisor(ir, world, operatorId, ir.vacationTypes);
        candidates.push(...found.candidates);
        userId = found.userId;
      }
      if (userId !== null && userId > 0) told.add(userId);
    }
    const text = fillTemplate(point.text, {
      dialog: String(session.id), line: line.name, operator: userLabel(ir, operatorId), minutes: String(point.minutes),
    });
    const effects: Effect[] = [...told].map((userId) => ({ type: 'notify' as const, userId, text }));
    effects.push(...next(watch, step, session.id, operatorId, world.now, point));
    return {
      decision: { kind: 'kpi', sessionId: session.id, notified: told.size },
      effects,
      trace: { decidedBy, reasons: ['ANSWER_LATE'], candidates, rules: [] },
    };
  }
  const target = escalationTarget(ir, world, line, point, session.id, operatorId);
  const { owner, reason, candidates } = target;
  const effects: Effect[] = [
    owner.type === 'user'
      ? { type: 'session.assign', sessionId: session.id, userId: owner.userId }
      : { type: 'session.toQueue', sessionId: session.id, lineId: owner.lineId },
  ];
  if (owner.type === 'user' && stampsTurn(line, reason)) effects.push({ type: 'queue.stamp', lineId: line.id, userId: owner.userId });
  effects.push(...wakeEffects(target));
  effects.push({ type: 'log', code: 'ESCALATED', message: `session=${session.id} line=${line.id} from=user:${operatorId} owner=${targetText(owner)}` });
  return {
    decision: { kind: 'transfer', to: owner },
    effects,
    trace: { decidedBy, reasons: ['ANSWER_LATE', 'ESCALATED', reason], candidates, rules: [] },
  };
}

/** The watch's next point, at its own minute after the dialog was given. */
function next(watch: WatchIR[], step: number, sessionId: number, operatorId: number, now: string, point: WatchIR): Effect[] {
  const following = watch[step + 1];
  return following ? [{ type: 'answer.watch', sessionId, operatorId, step: step + 1, at: addMinutes(now, following.minutes - point.minutes) }] : [];
}

/** Where an escalation sends the dialog: the line's queue without the operator, his supervisor, or another line. */
function escalationTarget(
  ir: RoutingIR, world: World, line: LineIR, point: Extract<WatchIR, { kind: 'escalate' }>, sessionId: number, operatorId: number,
): { owner: TransferTarget; reason: ReasonCode; candidates: CandidateTrace[]; wake?: number[] } {
  const self: CandidateTrace = { userId: operatorId, as: 'operator', verdict: 'excluded', reasons: ['SELF'] };
  if (point.to === 'supervisor') {
    const found = findSupervisor(ir, world, operatorId, ir.vacationTypes);
    return found.userId === null
      ? { owner: { type: 'queue', lineId: line.id }, reason: 'NO_SUPERVISOR', candidates: found.candidates }
      : { owner: { type: 'user', userId: found.userId }, reason: 'RULE_TARGET', candidates: found.candidates };
  }
  if (point.to !== 'next') return { owner: { type: 'queue', lineId: point.to.line }, reason: 'ESCALATED', candidates: [] };
  const others: World = {
    ...world,
    lines: world.lines.map((l) => (l.id === line.id ? { ...l, queue: l.queue.filter((q) => q.userId !== operatorId) } : l)),
  };
  const session = worldSession(others, sessionId)!;
  const choice = chooseFromQueue(ir, others, session, line);
  return { owner: choice.owner, reason: choice.reason, candidates: [self, ...choice.candidates], wake: choice.wake };
}
