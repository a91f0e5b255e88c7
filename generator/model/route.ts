/**
 * `dialog.started`: find or create the client's contact and working deal in the company, choose the
 * operator (the contact's responsible on a repeat contact, else the line's queue by its mode) and
 * schedule the availability check.
 */
import type { CompanyIR, LineIR, OfficeIR, RoutingIR } from '../ir/types.ts';
import { queueAvailability } from './availability.ts';
import { chooseDuty, lineHours, offerable, skillGap } from './hours.ts';
import { byStrategy } from './strategy.ts';
import { clientReasons, isVip, officeOf, vipTarget, waitingVips, watchOfSession } from './client.ts';
import { watchStart } from './watch.ts';
import { companyOfLine, fillTemplate, findContact, irLine } from './lookup.ts';
import { addMinutes, instantMillis } from './schedule.ts';
import type {
  CandidateTrace, DecideResult, Effect, ReasonCode, TransferTarget, World, WorldContact, WorldDeal, WorldSession,
} from './types.ts';

export interface OwnerChoice {
  owner: TransferTarget;
  /**
   * Why: `CONTACT_RESPONSIBLE`, `LONGEST_IDLE`, `QUEUE_ORDER`, `OFFERED_TO_ALL`, `ON_DUTY`, `LINE_CLOSED`
   * or `NO_AVAILABLE_OPERATOR`.
   */
  reason: ReasonCode;
  candidates: CandidateTrace[];
  /** `LINE_CLOSED` or `LINE_BREAK` when the line's hours changed the way the owner was found. */
  hours?: ReasonCode;
  /** Waiting VIP dialogs the portal's queue should look at now (`VIP_WAITING`). */
  wake?: number[];
}

/** `queue.wake` effects for the waiting VIP dialogs a choice kept an operator free for. */
export function wakeEffects(choice: { wake?: number[] }): Effect[] {
  return (choice.wake ?? []).map((sessionId) => ({ type: 'queue.wake' as const, sessionId }));
}

export function ignore(reason: ReasonCode, decidedBy: string): DecideResult {
  return { decision: { kind: 'ignore', reason }, effects: [], trace: { decidedBy, reasons: [reason], candidates: [], rules: [] } };
}

export function routeDialog(ir: RoutingIR, world: World, session: WorldSession): DecideResult {
  const company = companyOfLine(ir, session.lineId);
  if (!company) return ignore('LINE_NOT_MANAGED', 'companies');
  const line = irLine(ir, session.lineId)!;
  const contact = findContact(world, session.clientId, company.id);
  const firstContact = contact === undefined;
  const deal = contact && company.crm.repeatContact === 'reuse-open-deal'
    ? findOpenDeal(world, contact.id, company.pipeline.categoryId)
    : undefined;

  const choice = chooseOwner(ir, world, session, line, contact);
  const ownerUser = choice.owner.type === 'user' ? choice.owner.userId : null;
  const flags = ir.assignment.setResponsible;
  const effects: Effect[] = [];

  if (!contact) {
    effects.push({
      type: 'contact.create', companyId: company.id, clientId: session.clientId,
      responsibleId: flags.contact ? ownerUser : null,
    });
  } else if (flags.contact && ownerUser !== null && ownerUser !== contact.responsibleId) {
    effects.push({ type: 'contact.setResponsible', contactId: contact.id, userId: ownerUser });
  }
  if (!deal) {
    effects.push({
      type: 'deal.create', categoryId: company.pipeline.categoryId, contactId: contact ? contact.id : 'new-contact',
      responsibleId: flags.deal ? ownerUser : null, title: dealTitle(company, line, session.clientId),
    });
  } else if (flags.deal && ownerUser !== null && ownerUser !== deal.responsibleId) {
    effects.push({ type: 'deal.setResponsible', dealId: deal.id, userId: ownerUser });
  }
  effects.push({ type: 'session.bindDeal', sessionId: session.id, dealId: deal ? deal.id : 'new-deal' });
  effects.push(ownerUser !== null
    ? { type: 'session.assign', sessionId: session.id, userId: ownerUser }
    : { type: 'session.toQueue', sessionId: session.id, lineId: choice.owner.type === 'queue' ? choice.owner.lineId : session.lineId });
  if (ownerUser !== null && stampsTurn(line, choice.reason)) effects.push({ type: 'queue.stamp', lineId: line.id, userId: ownerUser });
  effects.push(...turnBack(line, world, session.operatorId, ownerUser));
  effects.push(...wakeEffects(choice));
  if (ownerUser !== null) effects.push(...watchStart(watchOfSession(ir, world, session, line), session.id, ownerUser, world.now));
  const closed = choice.hours === 'LINE_CLOSED' || choice.reason === 'LINE_CLOSED';
  if (closed && line.offHours?.reply) effects.push({ type: 'chat.reply', chatId: session.chatId, text: line.offHours.reply });
  if (ir.availabilityCheck !== null && ownerUser !== null) {
    effects.push({
      type: 'check.schedule', sessionId: session.id, operatorId: ownerUser,
      at: addMinutes(world.now, ir.availabilityCheck.delayMinutes),
    });
  }
  const reasons: ReasonCode[] = [
    firstContact ? 'FIRST_CONTACT' : 'REPEAT_CONTACT',
    ...clientReasons(ir, world, session, line),
    deal ? 'DEAL_REUSED' : 'DEAL_CREATED',
    ...(choice.hours && choice.hours !== choice.reason ? [choice.hours] : []),
    choice.reason,
  ];
  effects.push({
    type: 'log',
    code: choice.reason,
    message: `session=${session.id} company=${company.id} line=${line.id} contact=${contact ? contact.id : 'new'}`
      + ` deal=${deal ? deal.id : 'new'} owner=${targetText(choice.owner)}`,
  });
  return {
    decision: {
      kind: 'route',
      companyId: company.id,
      firstContact,
      contact: contact ? { mode: 'existing', id: contact.id } : { mode: 'create' },
      deal: deal ? { mode: 'existing', id: deal.id } : { mode: 'create', categoryId: company.pipeline.categoryId },
      owner: choice.owner,
    },
    effects,
    trace: {
      decidedBy: firstContact ? 'assignment.firstContact' : 'assignment.repeatContact',
      reasons,
      candidates: choice.candidates,
      rules: [],
    },
  };
}

/** Whether the pick takes the evenly line's turn: a pick from its queue, as the portal stamps its own. */
export function stampsTurn(line: LineIR, reason: ReasonCode): boolean {
  return line.mode === 'evenly' && (reason === 'LONGEST_IDLE' || reason === 'LEAST_LOADED' || reason === 'WEIGHTED_TURN');
}

/**
 * The portal's evenly queue gave a dialog to its own pick (a new dialog's operator when the module first
 * sees it, or the pick of the portal's own move) and stamped him, so he went to the end of the turn. When
 * the module gives the dialog to someone else, he goes back to the head of the turn: just before the
 * earliest stamp of the others.
 */
export function turnBack(line: LineIR, world: World, pick: number, ownerUser: number | null): Effect[] {
  if (line.mode !== 'evenly' || pick <= 0 || pick === ownerUser) return [];
  const queue = world.lines.find((l) => l.id === line.id)?.queue ?? [];
  if (!queue.some((q) => q.userId === pick)) return [];
  let before: string | null = null;
  for (const q of queue) {
    if (q.userId !== pick && q.lastAssignedAt !== null && (before === null || instantMillis(q.lastAssignedAt) < instantMillis(before))) before = q.lastAssignedAt;
  }
  return before === null ? [] : [{ type: 'queue.turnBack', lineId: line.id, userId: pick, before }];
}

/** `user:<id>` or `queue:<lineId>`, as written in log messages. */
export function targetText(t: TransferTarget): string {
  return t.type === 'user' ? `user:${t.userId}` : `queue:${t.lineId}`;
}

/** The contact's working deal: the highest-id deal in progress (`P`) in the pipeline. */
export function findOpenDeal(world: World, contactId: number, categoryId: number): WorldDeal | undefined {
  let best: WorldDeal | undefined;
  for (const d of world.deals) {
    if (d.contactId === contactId && d.categoryId === categoryId && d.stage === 'P' && (best === undefined || d.id > best.id)) {
      best = d;
    }
  }
  return best;
}

export function dealTitle(company: CompanyIR, line: LineIR, clientId: string): string {
  return fillTemplate(company.crm.dealTitle, { company: company.name, line: line.name, client: clientId });
}

/**
 * The line's hours first: off hours with `offHours` set send the dialog where it says; a break with duty
 * staff gives it to them. Otherwise (and when nobody is on duty in a break) the contact's responsible,
 * then the queue.
 */
export function chooseOwner(
  ir: RoutingIR, world: World, session: WorldSession, line: LineIR, contact: WorldContact | undefined,
): OwnerChoice {
  const hours = lineHours(ir, world, line);
  if (hours === 'off' && line.offHours) {
    const to = line.offHours.to;
    if (to === 'duty') return { ...chooseDuty(ir, world, line), hours: 'LINE_CLOSED' };
    return { owner: { type: 'queue', lineId: to === 'queue' ? line.id : to.line }, reason: 'LINE_CLOSED', candidates: [] };
  }
  if (hours === 'break' && line.duty.length > 0) {
    const duty = chooseDuty(ir, world, line);
    if (duty.owner.type === 'user') return { ...duty, hours: 'LINE_BREAK' };
    const usual = chooseUsual(ir, world, session, line, contact);
    return { ...usual, hours: 'LINE_BREAK', candidates: [...duty.candidates, ...usual.candidates] };
  }
  return chooseUsual(ir, world, session, line, contact);
}

/** Working hours: the contact's responsible when the assignment says so and he is available, else the queue. */
function chooseUsual(
  ir: RoutingIR, world: World, session: WorldSession, line: LineIR, contact: WorldContact | undefined,
): OwnerChoice {
  const candidates: CandidateTrace[] = [];
  const last = session.lastOperatorId ?? 0;
  if (line.sticky && last > 0) {
    // the client's last operator, when he would be given a dialog of this line now
    const entry = world.lines.find((l) => l.id === line.id)?.queue.find((q) => q.userId === last) ?? { userId: last, lastAssignedAt: null };
    const why = offerable(ir, world, line, entry);
    if (why === null) {
      candidates.push({ userId: last, as: 'last-manager', verdict: 'chosen', reasons: ['LAST_MANAGER'] });
      return { owner: { type: 'user', userId: last }, reason: 'LAST_MANAGER', candidates };
    }
    candidates.push({ userId: last, as: 'last-manager', verdict: 'excluded', reasons: [why] });
  }
  if (contact && ir.assignment.repeatContact === 'contact-responsible') {
    const userId = contact.responsibleId;
    // as the portal's "route to the responsible": availability by the line's setting, no slot count
    const why = queueAvailability(userId, world, ir.vacationTypes, line.checkAvailability);
    if (why === null) {
      candidates.push({ userId, as: 'responsible', verdict: 'chosen', reasons: ['CONTACT_RESPONSIBLE'] });
      return { owner: { type: 'user', userId }, reason: 'CONTACT_RESPONSIBLE', candidates };
    }
    candidates.push({ userId, as: 'responsible', verdict: 'excluded', reasons: [why] });
  }
  const fromQueue = vipOrQueue(ir, world, session, line);
  return { ...fromQueue, candidates: [...candidates, ...fromQueue.candidates] };
}

/**
 * A VIP's dialog goes first to the people who take the line's VIPs (`lines[].vip.to`; `leaving`, the
 * operator the dialog leaves, never); anyone else's, or when none of them is available, to the line's queue.
 */
export function vipOrQueue(ir: RoutingIR, world: World, session: WorldSession, line: LineIR, leaving = 0): OwnerChoice {
  if (!line.vip || line.vip.to.length === 0 || !isVip(ir, world, session, line)) return chooseFromQueue(ir, world, session, line);
  const target = vipTarget(ir, world, line, leaving);
  if (target.userId !== null) return { owner: { type: 'user', userId: target.userId }, reason: 'VIP_TARGET', candidates: target.candidates };
  const fromQueue = chooseFromQueue(ir, world, session, line);
  return { ...fromQueue, candidates: [...target.candidates, ...fromQueue.candidates] };
}

export interface QueueEntry {
  userId: number;
  /** Position in the line's queue. */
  index: number;
  /** Milliseconds of `lastAssignedAt`, null for never. */
  last: number | null;
}

/**
 * The line's queue by its mode. Queue entries are taken in the world's queue order (a user listed twice
 * counts once, at the first place); unavailable ones (by the line's availability setting) and those
 * without a free slot are excluded with their reason.
 */
export function chooseFromQueue(ir: RoutingIR, world: World, session: WorldSession, line: LineIR): OwnerChoice {
  const queue = world.lines.find((l) => l.id === line.id)?.queue ?? [];
  const verdicts = new Map<number, CandidateTrace>();
  const order: number[] = [];
  let available: QueueEntry[] = [];
  queue.forEach((entry, index) => {
    if (verdicts.has(entry.userId)) return;
    const why = offerable(ir, world, line, entry) ?? skillGap(ir, world, line, session, entry.userId);
    order.push(entry.userId);
    verdicts.set(entry.userId, { userId: entry.userId, as: 'queue', verdict: 'excluded', reasons: why === null ? [] : [why] });
    if (why === null) {
      available.push({ userId: entry.userId, index, last: entry.lastAssignedAt === null ? null : instantMillis(entry.lastAssignedAt) });
    }
  });
  const mark = (userId: number, verdict: CandidateTrace['verdict'], reason: ReasonCode): void => {
    verdicts.set(userId, { userId, as: 'queue', verdict, reasons: [reason] });
  };
  let office: OfficeIR | null = null;
  const result = (owner: TransferTarget, reason: ReasonCode): OwnerChoice => ({
    owner,
    reason,
    candidates: order.map((id) => {
      const v = verdicts.get(id)!;
      return office && v.verdict === 'chosen' ? { ...v, reasons: [...v.reasons, 'CLIENT_OFFICE' as const] } : v;
    }),
  });
  const toQueue: TransferTarget = { type: 'queue', lineId: line.id };

  if (available.length === 0) return result(toQueue, 'NO_AVAILABLE_OPERATOR');
  const vips = waitingVips(ir, world, session, line);
  if (vips.length > 0 && !isVip(ir, world, session, line)) {
    for (const a of available) mark(a.userId, 'passed-over', 'VIP_WAITING');
    // the operators kept free are for the VIPs: the portal's queue looks at their dialogs at its next run
    return { ...result(toQueue, 'VIP_WAITING'), wake: vips.map((v) => v.id) };
  }
  const clientOffice = officeOf(ir, world, session, line);
  if (clientOffice && available.some((a) => clientOffice.users.includes(a.userId))) {
    // the client's office first; nobody of it available, the whole queue
    office = clientOffice;
    for (const a of available) if (!clientOffice.users.includes(a.userId)) mark(a.userId, 'passed-over', 'OTHER_OFFICE');
    available = available.filter((a) => clientOffice.users.includes(a.userId));
  }
  if (line.mode === 'all') {
    for (const a of available) mark(a.userId, 'chosen', 'OFFERED_TO_ALL');
    return result(toQueue, 'OFFERED_TO_ALL');
  }
  if (line.strategy) {
    const pick = byStrategy(line, world, queue, available, line.mode === 'evenly' ? compareIdle : (a, b) => a.index - b.index);
    for (const a of available) mark(a.userId, a.userId === pick.userId ? 'chosen' : 'passed-over', a.userId === pick.userId ? pick.chosen : pick.others);
    return result({ type: 'user', userId: pick.userId }, pick.chosen);
  }
  if (line.mode === 'evenly') {
    const chosen = [...available].sort(compareIdle)[0]!;
    for (const a of available) {
      if (a.userId === chosen.userId) mark(a.userId, 'chosen', 'LONGEST_IDLE');
      else mark(a.userId, 'passed-over', 'MORE_RECENTLY_ASSIGNED');
    }
    return result({ type: 'user', userId: chosen.userId }, 'LONGEST_IDLE');
  }
  // strictly: the first available one not yet offered; when all were offered, restart from the top.
  const fresh = available.find((a) => !session.queueHistory.includes(a.userId));
  const chosen = fresh ?? available[0]!;
  for (const a of available) {
    if (a.userId === chosen.userId) mark(a.userId, 'chosen', 'QUEUE_ORDER');
    else if (fresh && session.queueHistory.includes(a.userId)) mark(a.userId, 'passed-over', 'ALREADY_OFFERED');
    else mark(a.userId, 'passed-over', 'LATER_IN_ORDER');
  }
  return result({ type: 'user', userId: chosen.userId }, 'QUEUE_ORDER');
}

/** Never assigned first, then the earliest `lastAssignedAt`, then queue order. */
export function compareIdle(a: QueueEntry, b: QueueEntry): number {
  if (a.last === null && b.last !== null) return -1;
  if (a.last !== null && b.last === null) return 1;
  if (a.last !== null && b.last !== null && a.last !== b.last) return a.last < b.last ? -1 : 1;
  return a.index - b.index;
}
