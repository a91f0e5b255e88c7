/**
 * Moves the portal makes by itself on a managed dialog, and the module's answer:
 * - `dialog.transferred`: users a job put into the chat to stay are added back (a transfer removes
 *   every other participant);
 * - `queue.redistributing`: when the line's queue moves a dialog on (its timer, an operator's day end,
 *   pause or vacation), the module's own pick replaces the portal's.
 */
import type { RoutingIR } from '../ir/types.ts';
import { queueAvailability } from './availability.ts';
import { companyOfLine, irLine, worldSession } from './lookup.ts';
import { findSupervisor } from './supervisor.ts';
import { chooseDuty, lineHours } from './hours.ts';
import { watchOfSession } from './client.ts';
import { watchStart } from './watch.ts';
import { chooseOwner, ignore, stampsTurn, targetText, turnBack, vipOrQueue, wakeEffects, type OwnerChoice } from './route.ts';
import type { CandidateTrace, DecideResult, Effect, ReasonCode, World } from './types.ts';

export function dialogTransferred(ir: RoutingIR, world: World, sessionId: number): DecideResult {
  const session = worldSession(world, sessionId);
  if (!session) return ignore('SESSION_UNKNOWN', 'world');
  if (session.status === 'closed') return ignore('SESSION_CLOSED', 'world');
  if (!companyOfLine(ir, session.lineId)) return ignore('LINE_NOT_MANAGED', 'companies');
  const kept = session.kept ?? [];
  if (kept.length === 0) return ignore('NOTHING_KEPT', 'jobs');
  const effects: Effect[] = [];
  const reasons: ReasonCode[] = [];
  const seen = new Set<number>();
  for (const userId of kept) {
    if (seen.has(userId)) continue;
    seen.add(userId);
    const why: ReasonCode = session.operatorId === userId || session.participants.includes(userId) ? 'ALREADY_IN_CHAT' : 'REJOINED';
    if (!reasons.includes(why)) reasons.push(why);
    if (why === 'REJOINED') effects.push({ type: 'chat.addUser', chatId: session.chatId, userId });
  }
  return {
    decision: { kind: 'rejoin', added: effects.length },
    effects,
    trace: { decidedBy: 'jobs.stay', reasons, candidates: [], rules: [] },
  };
}

export function queueRedistributing(ir: RoutingIR, world: World, sessionId: number, portalPick = 0): DecideResult {
  const session = worldSession(world, sessionId);
  if (!session) return ignore('SESSION_UNKNOWN', 'world');
  if (session.status === 'closed') return ignore('SESSION_CLOSED', 'world');
  const line = irLine(ir, session.lineId);
  if (!line || !companyOfLine(ir, session.lineId)) return ignore('LINE_NOT_MANAGED', 'companies');
  if (session.pinned) return ignore('PINNED', 'world');
  if (line.mode === 'all') return ignore('OFFERED_TO_ALL', 'assignment.redistribute');
  // the dialog is moving away from its operator: he is not a candidate
  const leaving = session.operatorId;
  const others: World = {
    ...world,
    lines: world.lines.map((l) => (l.id === line.id ? { ...l, queue: l.queue.filter((q) => q.userId !== leaving) } : l)),
  };
  // off hours: the dialog waits where the line's off-hours handling says (its queue, another line's);
  // sent to the duty staff, or a break with duty staff: they come first, as for a new dialog
  const hours = lineHours(ir, world, line);
  const to = line.offHours?.to;
  if (hours === 'off' && to !== undefined && to !== 'duty') {
    const owner = { type: 'queue' as const, lineId: to === 'queue' ? line.id : to.line };
    return {
      decision: { kind: 'steer', to: owner },
      effects: [{ type: 'log', code: 'LINE_CLOSED', message: `session=${session.id} line=${line.id} owner=${targetText(owner)}` }],
      trace: { decidedBy: 'assignment.redistribute', reasons: ['REDISTRIBUTED', 'LINE_CLOSED'], candidates: [], rules: [] },
    };
  }
  const useDuty = (hours === 'off' && line.offHours?.to === 'duty') || (hours === 'break' && line.duty.length > 0);
  const duty = useDuty ? chooseDuty(ir, others, { ...line, duty: line.duty.filter((u) => u !== leaving) }) : null;
  const choice: OwnerChoice = duty && (duty.owner.type === 'user' || hours === 'off') ? duty : vipOrQueue(ir, others, session, line, leaving);
  const effects: Effect[] = [{ type: 'log', code: choice.reason, message: `session=${session.id} line=${line.id} owner=${targetText(choice.owner)}` }];
  if (choice.owner.type === 'user' && stampsTurn(line, choice.reason)) effects.push({ type: 'queue.stamp', lineId: line.id, userId: choice.owner.userId });
  effects.push(...turnBack(line, world, portalPick, choice.owner.type === 'user' ? choice.owner.userId : null));
  effects.push(...wakeEffects(choice));
  // the dialog is given anew: its answer watch starts again for the new operator
  if (choice.owner.type === 'user') effects.push(...watchStart(watchOfSession(ir, world, session, line), session.id, choice.owner.userId, world.now));
  const candidates: CandidateTrace[] = [
    ...(leaving > 0 ? [{ userId: leaving, as: 'operator' as const, verdict: 'excluded' as const, reasons: ['SELF' as ReasonCode] }] : []),
    ...(duty && choice !== duty ? duty.candidates : []),
    ...choice.candidates,
  ];
  const reasons: ReasonCode[] = ['REDISTRIBUTED', ...(useDuty ? [hours === 'off' ? 'LINE_CLOSED' as const : 'LINE_BREAK' as const] : []), choice.reason];
  return {
    decision: { kind: 'steer', to: choice.owner },
    effects,
    trace: { decidedBy: 'assignment.redistribute', reasons, candidates, rules: [] },
  };
}

/** `operator.pick`: whom a new first-contact dialog of the line would go to now (its hours, duty staff, queue). */
export function pickOperator(ir: RoutingIR, world: World, lineId: number): DecideResult {
  const line = irLine(ir, lineId);
  if (!line || !companyOfLine(ir, lineId)) return ignore('LINE_NOT_MANAGED', 'companies');
  const session = { id: 0, chatId: 0, lineId, clientId: '', operatorId: 0, status: 'open' as const, participants: [], queueHistory: [] };
  const choice = chooseOwner(ir, world, session, line, undefined);
  const reasons: ReasonCode[] = [...(choice.hours && choice.hours !== choice.reason ? [choice.hours] : []), choice.reason];
  return {
    decision: { kind: 'pick', lineId, owner: choice.owner },
    effects: [{ type: 'log', code: choice.reason, message: `line=${lineId} owner=${targetText(choice.owner)}` }],
    trace: { decidedBy: 'assignment.pick', reasons, candidates: choice.candidates, rules: [] },
  };
}

/** `operator.check`: the person's availability as the queue counts it (the spec's vacation types), and their supervisor. */
export function checkOperator(ir: RoutingIR, world: World, userId: number): DecideResult {
  const why = queueAvailability(userId, world, ir.vacationTypes);
  const supervisor = findSupervisor(ir, world, userId, ir.vacationTypes);
  return {
    decision: { kind: 'availability', userId, available: why === null, reason: why, supervisor: supervisor.userId },
    effects: [],
    trace: {
      decidedBy: 'availability',
      reasons: [why ?? 'AVAILABLE', ...(supervisor.userId === null ? ['NO_SUPERVISOR' as const] : [])],
      candidates: supervisor.candidates,
      rules: [],
    },
  };
}
