/**
 * What a business process asks the module to do on a deal (the set-responsible and add-to-dialog activities):
 * - `responsible.set`: the deal, and optionally its contacts, get a new responsible; an unavailable
 *   person is assigned anyway, replaced by their supervisor, or the deal is left as it is;
 * - `dialog.join`: a person is added to the deal's open dialogs, and optionally kept there.
 */
import type { RoutingIR } from '../ir/types.ts';
import { queueAvailability } from './availability.ts';
import { companyOfLine, fillTemplate, userLabel } from './lookup.ts';
import { ignore } from './route.ts';
import { findSupervisor } from './supervisor.ts';
import { followVerdict } from './sync.ts';
import type { CandidateTrace, DecideResult, Effect, ReasonCode, RoutingEvent, World } from './types.ts';

type SetEvent = Extract<RoutingEvent, { type: 'responsible.set' }>;
type JoinEvent = Extract<RoutingEvent, { type: 'dialog.join' }>;

/** Reasons that rule a person out even when the process says "assign anyway". */
const NEVER: readonly ReasonCode[] = ['UNKNOWN_USER', 'INACTIVE'];

function refuse(reasons: ReasonCode[], candidates: CandidateTrace[]): DecideResult {
  return {
    decision: { kind: 'ignore', reason: reasons[0]! },
    effects: [],
    trace: { decidedBy: 'activity.setResponsible', reasons, candidates, rules: [] },
  };
}

export function setResponsible(ir: RoutingIR, world: World, event: SetEvent): DecideResult {
  const deal = world.deals.find((d) => d.id === event.dealId);
  if (!deal) return ignore('DEAL_UNKNOWN', 'world');
  const why = queueAvailability(event.userId, world, ir.vacationTypes);
  const reasons: ReasonCode[] = [];
  let candidates: CandidateTrace[];
  let target = event.userId;
  if (why === null) {
    candidates = [{ userId: target, as: 'target', verdict: 'chosen', reasons: ['AVAILABLE'] }];
  } else if (event.whenAway === 'assign' && !NEVER.includes(why)) {
    candidates = [{ userId: target, as: 'target', verdict: 'chosen', reasons: [why] }];
    reasons.push('ASSIGNED_WHILE_AWAY');
  } else if (event.whenAway === 'supervisor') {
    const supervisor = findSupervisor(ir, world, event.userId, ir.vacationTypes);
    candidates = [{ userId: target, as: 'target', verdict: 'excluded', reasons: [why] }, ...supervisor.candidates];
    if (supervisor.userId === null) return refuse(['NO_SUPERVISOR', why], candidates);
    target = supervisor.userId;
  } else {
    return refuse(['TARGET_UNAVAILABLE', why], [{ userId: target, as: 'target', verdict: 'excluded', reasons: [why] }]);
  }
  const effects: Effect[] = [];
  const previous = deal.responsibleId;
  if (previous === target) {
    reasons.push('ALREADY_RESPONSIBLE');
  } else {
    reasons.push('RESPONSIBLE_SET');
    effects.push({ type: 'deal.setResponsible', dealId: deal.id, userId: target });
  }
  if (event.contacts) {
    for (const contactId of [...new Set(deal.contactIds ?? [deal.contactId])].sort((a, b) => a - b)) {
      const verdict = followVerdict(world.contacts.find((c) => c.id === contactId), deal.id, target);
      if (!reasons.includes(verdict)) reasons.push(verdict);
      if (verdict === 'CONTACT_ALIGNED') effects.push({ type: 'contact.setResponsible', contactId, userId: target });
    }
  }
  const changed = effects.length;
  if (event.notify && previous !== target) {
    const text = fillTemplate(event.text, {
      deal: String(deal.id), responsible: userLabel(ir, target), previous: previous > 0 ? userLabel(ir, previous) : '—',
    });
    effects.push({ type: 'notify', userId: target, text });
    if (previous > 0) effects.push({ type: 'notify', userId: previous, text });
  }
  return {
    decision: { kind: 'assign', dealId: deal.id, userId: target, changed },
    effects,
    trace: { decidedBy: 'activity.setResponsible', reasons, candidates, rules: [] },
  };
}

/** `world.sessions` are the deal's dialogs, in the world's order; closed ones are passed over. */
export function joinDialog(ir: RoutingIR, world: World, event: JoinEvent): DecideResult {
  const absent = queueAvailability(event.userId, world, ir.vacationTypes);
  if (absent !== null && NEVER.includes(absent)) return ignore(absent, 'activity.addToDialog');
  const open = world.sessions.filter((s) => s.status === 'open');
  if (open.length === 0) return ignore('NO_OPEN_DIALOG', 'world');
  const effects: Effect[] = [];
  const reasons: ReasonCode[] = [];
  let added = 0;
  for (const session of open) {
    const inside = session.operatorId === event.userId || session.participants.includes(event.userId);
    const why: ReasonCode = inside ? 'ALREADY_IN_CHAT' : 'JOINED';
    if (!reasons.includes(why)) reasons.push(why);
    if (!inside) {
      added++;
      effects.push({ type: 'chat.addUser', chatId: session.chatId, userId: event.userId });
    }
    // only a managed line's transfers are answered, so only there does "stay" mean anything
    const kept = (session.kept ?? []).includes(event.userId);
    if (event.stay && !kept && companyOfLine(ir, session.lineId)) {
      effects.push({ type: 'session.keepUser', sessionId: session.id, userId: event.userId });
    }
  }
  return {
    decision: { kind: 'join', dealId: event.dealId, userId: event.userId, added },
    effects,
    trace: { decidedBy: 'activity.addToDialog', reasons, candidates: [], rules: [] },
  };
}
