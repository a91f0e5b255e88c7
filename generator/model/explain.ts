/**
 * A decision and its trace in plain English, for people: names come from the IR (users, companies, lines).
 */
import type { ConditionIR, RoutingIR, WindowIR } from '../ir/types.ts';
import { queueLines } from './explain-queue.ts';
import { evaluateCondition, operatorFacts, type OperatorFacts } from './conditions.ts';
import { companyOfLine, irLine, irUser, worldSession } from './lookup.ts';
import { wallClock } from './schedule.ts';
import type { CandidateTrace, DecideResult, Effect, ReasonCode, RoutingEvent, TransferTarget, World } from './types.ts';

/** A human phrase for every reason code; it reads after a dash: "excluded — on vacation". */
export const REASON_TEXT: Record<ReasonCode, string> = {
  UNKNOWN_USER: 'not a known user of the portal',
  INACTIVE: 'dismissed (the account is inactive)',
  VACATION: 'on vacation',
  NONWORKING: 'the workday is not open in time tracking',
  OFFLINE: 'offline',
  SELF: 'this is the operator himself',
  LONGEST_IDLE: 'idle the longest in the queue',
  MORE_RECENTLY_ASSIGNED: 'was given a dialog more recently',
  QUEUE_ORDER: 'first in queue order',
  LATER_IN_ORDER: 'later in queue order',
  ALREADY_OFFERED: 'was already offered this dialog',
  OFFERED_TO_ALL: 'the line offers the dialog to every available operator',
  CONTACT_RESPONSIBLE: 'responsible for the client’s contact',
  SUPERVISOR_OVERRIDE: 'the supervisor named in the spec',
  DEPARTMENT_HEAD: 'head of a department above the operator',
  RULE_TARGET: 'the person the rule names',
  FIRST_CONTACT: 'the client writes to this company for the first time',
  REPEAT_CONTACT: 'the client already has a contact in this company',
  DEAL_REUSED: 'the client’s open deal in the company pipeline is reused',
  DEAL_CREATED: 'a new deal is opened in the company pipeline',
  LINE_NOT_MANAGED: 'the open line belongs to no company of the spec',
  SESSION_UNKNOWN: 'the dialog session is unknown',
  SESSION_CLOSED: 'the dialog session is already closed',
  OPERATOR_CHANGED: 'the dialog has moved to someone else since the check was scheduled',
  NO_AVAILABLE_OPERATOR: 'nobody in the queue is available, so the dialog waits in the queue',
  NO_SUPERVISOR: 'no available supervisor was found, so the dialog returns to the queue',
  TARGET_UNAVAILABLE: 'the person the rule names is unavailable, so the dialog returns to the queue',
  KEEP_BLOCKED: 'the operator cannot keep the dialog (unknown, dismissed or on vacation), so it returns to the queue',
  RULE_MATCHED: 'a rule holds',
  FALLBACK: 'no rule holds, so the fallback applies',
  NO_CHECK: 'the spec has no availability check',
  UNKNOWN_JOB: 'the job is not in the spec',
  NO_HEAD_OF_SALES: 'the company has no head of sales',
  ALREADY_IN_CHAT: 'already in the chat',
  REJOINED: 'a job put this person into the dialog to stay, and the transfer removed them',
  NOTHING_KEPT: 'no job put anyone into this dialog to stay',
  REDISTRIBUTED: 'the portal’s queue moves the dialog on, and the module picks who gets it',
  NO_SYNC: 'the spec has no responsible sync',
  CONTACT_ALIGNED: 'a contact gets the responsible of its latest deal',
  ALREADY_ALIGNED: 'the contact already has the responsible of its latest deal',
  CONTACT_UNKNOWN: 'a contact bound to the deal no longer exists',
  LATER_DEAL: 'a contact has a later deal, whose responsible it follows instead',
  DEAL_UNKNOWN: 'the deal is unknown',
  AVAILABLE: 'active, not on vacation, at work and present',
  SYNC_DONE: 'the last deals are done, so the summary goes out',
  RESPONSIBLE_SET: 'the deal gets a new responsible',
  ALREADY_RESPONSIBLE: 'the deal already has this responsible',
  ASSIGNED_WHILE_AWAY: 'the process asked to assign even when the person is away',
  NO_OPEN_DIALOG: 'the deal has no open dialog',
  JOINED: 'added to the dialog',
  LINE_FULL: 'holds as many of the line’s dialogs as its limit allows',
  ALL_LINES_FULL: 'holds 1000 open-line chats, the portal’s cap',
  PINNED: 'the dialog is pinned to its operator, so it stays',
  LINE_CLOSED: 'the line is outside its working hours, so its off-hours handling applies',
  LINE_BREAK: 'the line is on a break, so its duty staff take new dialogs',
  ON_DUTY: 'the first available of the line’s duty staff',
  OUTSIDE_HOURS: 'outside their own working hours',
  LEAST_LOADED: 'the least loaded of those available',
  MORE_LOADED: 'holds more than the one chosen',
  LAST_MANAGER: 'the operator of the client’s last dialog',
  ANSWERED: 'the operator has taken the dialog',
  NO_WATCH: 'the line has no such point in its answer watch',
  ANSWER_LATE: 'the operator has not taken the dialog in time',
  ESCALATED: 'the dialog is passed on',
  NO_SKILL: 'lacks a skill the line needs, at its level',
  WEIGHTED_TURN: 'the furthest behind their weighted share of today’s dialogs',
  AHEAD_OF_SHARE: 'has had more of today’s dialogs for their weight',
  VIP_CLIENT: 'the client is a VIP',
  VIP_TARGET: 'the first available of the people who take VIP clients',
  VIP_WAITING: 'a VIP’s dialog waits in this line’s queue, and goes first',
  CLIENT_OFFICE: 'in the client’s office',
  OTHER_OFFICE: 'in another office than the client’s',
};

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
/**
 * How a candidate not chosen came to be looked at, after the name, where the reasons do not say it
 * (a chosen one's reason does).
 */
const AS: Record<CandidateTrace['as'], string> = {
  queue: '', responsible: ' (the contact’s responsible)', operator: '', supervisor: '', target: '', duty: ' (on duty)',
  'last-manager': ' (the client’s last operator)',
  'vip-target': ' (takes VIP clients)',
};
const VERDICT: Record<CandidateTrace['verdict'], string> = { chosen: 'chosen', excluded: 'excluded', 'passed-over': 'passed over' };

export function explainLines(ir: RoutingIR, world: World, event: RoutingEvent, result: DecideResult): string[] {
  const x = new Explainer(ir, world);
  const d = result.decision;
  const lines: string[] = [x.eventLine(event)];
  if (d.kind === 'ignore') return [...lines, `Ignored: ${REASON_TEXT[d.reason]}.`];
  if (event.type === 'check.due') lines.push(...x.ruleLines(event.operatorId, result));
  const lineId = event.type === 'operator.pick' ? event.lineId
    : (event.type === 'dialog.started' || event.type === 'queue.redistributing') ? worldSession(world, event.sessionId)?.lineId : undefined;
  if (lineId !== undefined && (d.kind === 'route' || d.kind === 'steer' || d.kind === 'pick')) lines.push(...queueLines(ir, world, lineId));
  if (d.kind === 'route') {
    lines.push(`${d.firstContact ? 'First contact' : 'Repeat contact'}: ${REASON_TEXT[d.firstContact ? 'FIRST_CONTACT' : 'REPEAT_CONTACT']}`
      + (d.contact.mode === 'existing' ? ` (contact #${d.contact.id}).` : '; a contact is created.'));
    if (result.trace.reasons.includes('VIP_CLIENT')) lines.push(`Client: ${REASON_TEXT.VIP_CLIENT}; their dialog goes first.`);
    lines.push(d.deal.mode === 'existing'
      ? `Deal #${d.deal.id}: ${REASON_TEXT.DEAL_REUSED}.`
      : `Deal: ${REASON_TEXT.DEAL_CREATED} (category ${d.deal.categoryId}).`);
  }
  for (const c of result.trace.candidates) lines.push(x.candidateLine(c));
  if (d.kind === 'route') lines.push(`Owner: ${x.target(d.owner)} — ${REASON_TEXT[result.trace.reasons[result.trace.reasons.length - 1]!]}.`);
  if (d.kind === 'keep') lines.push(`Decision: ${x.user(d.operatorId)} keeps the dialog.`);
  if (d.kind === 'transfer') {
    const why = result.trace.reasons.find((r) => r === 'KEEP_BLOCKED' || r === 'NO_SUPERVISOR' || r === 'TARGET_UNAVAILABLE');
    lines.push(`Decision: the dialog goes to ${x.target(d.to)}${why ? ` — ${REASON_TEXT[why]}` : ''}.`);
  }
  if (d.kind === 'rejoin') lines.push(`Decision: ${d.added} user${d.added === 1 ? '' : 's'} added back to the chat.`);
  if (d.kind === 'pick') lines.push(`Decision: ${x.target(d.owner)}.`);
  if (d.kind === 'availability') {
    lines.push(`Decision: ${d.available ? 'available' : `not available — ${REASON_TEXT[d.reason!]}`}; supervisor: ${d.supervisor === null ? 'none' : x.user(d.supervisor)}.`);
  }
  if (d.kind === 'follow') {
    lines.push(`Decision: ${d.changed} contact${d.changed === 1 ? '' : 's'} follow${d.changed === 1 ? 's' : ''} deal #${d.dealId}.`);
  }
  if (d.kind === 'sync') {
    lines.push(`Decision: ${d.deals} deal${d.deals === 1 ? '' : 's'} checked, ${d.changed} contact${d.changed === 1 ? '' : 's'} get${d.changed === 1 ? 's' : ''} the deal’s responsible${d.done ? '; this was the last batch' : ''}.`);
  }
  if (d.kind === 'assign') {
    lines.push(`Decision: ${x.user(d.userId)} is responsible for deal #${d.dealId}; ${d.changed} record${d.changed === 1 ? '' : 's'} change${d.changed === 1 ? 's' : ''}.`);
  }
  if (d.kind === 'kpi') lines.push(`Decision: ${d.notified} ${d.notified === 1 ? 'person is' : 'people are'} told the dialog is late.`);
  if (d.kind === 'join') lines.push(`Decision: ${x.user(d.userId)} added to ${d.added} dialog${d.added === 1 ? '' : 's'} of deal #${d.dealId}.`);
  if (d.kind === 'steer') lines.push(`Decision: the dialog goes to ${x.target(d.to)} instead of the portal’s own pick.`);
  if (d.kind === 'job' && event.type === 'job.due') lines.push(...x.jobLines(event.jobId, result), `Decision: ${d.added} addition${d.added === 1 ? '' : 's'} to chats.`);
  for (const e of result.effects) {
    const text = x.effect(e);
    if (text !== null) lines.push(`Effect: ${text}`);
  }
  return lines;
}

class Explainer {
  constructor(private readonly ir: RoutingIR, private readonly world: World) {}

  user(id: number): string {
    const u = irUser(this.ir, id);
    return u ? `${u.name} (#${id})` : `user #${id}`;
  }

  line(id: number): string {
    const l = irLine(this.ir, id);
    return l ? `“${l.name}” (line ${id})` : `line ${id}`;
  }

  target(t: TransferTarget): string {
    return t.type === 'user' ? this.user(t.userId) : `the queue of ${this.line(t.lineId)}`;
  }

  eventLine(event: RoutingEvent): string {
    if (event.type === 'operator.check') return `Is ${this.user(event.userId)} available now?`;
    if (event.type === 'operator.pick') return `Who would ${this.line(event.lineId)} give a new dialog to now?`;
    if (event.type === 'deal.responsibleChanged') {
      const deal = this.world.deals.find((d) => d.id === event.dealId);
      return `Deal #${event.dealId} changed hands${deal ? ` to ${this.user(deal.responsibleId)}` : ''}.`;
    }
    if (event.type === 'responsible.set') {
      const away = { assign: 'assigned anyway', supervisor: 'their supervisor instead', skip: 'the deal left as it is' }[event.whenAway];
      return `A process makes ${this.user(event.userId)} responsible for deal #${event.dealId}${event.contacts ? ' and its contacts' : ''} (when away: ${away}).`;
    }
    if (event.type === 'dialog.join') return `A process adds ${this.user(event.userId)} to the open dialogs of deal #${event.dealId}${event.stay ? ', to stay' : ''}.`;
    if (event.type === 'sync.batch') {
      const cursor = this.world.sync?.cursor ?? 0;
      return `Responsible sync: the next deals after deal #${cursor}.`;
    }
    if (event.type === 'job.due') {
      const job = this.ir.jobs.find((j) => j.id === event.jobId);
      return job
        ? `Job “${job.id}” runs (${clock(job.at)} ${job.timeZone}, ${days(job.days)}).`
        : `Job “${event.jobId}” is due.`;
    }
    const s = worldSession(this.world, event.sessionId);
    const where = s ? ` on ${this.line(s.lineId)}${this.companyOf(s.lineId)}` : '';
    switch (event.type) {
      case 'dialog.started': return `Dialog #${event.sessionId} started${where}${s ? `, client “${s.clientId}”` : ''}.`;
      case 'check.due': return `Availability check of ${this.user(event.operatorId)} in dialog #${event.sessionId}${where}.`;
      case 'dialog.transferred': return `Dialog #${event.sessionId}${where} was transferred${s && s.operatorId > 0 ? ` to ${this.user(s.operatorId)}` : ''}.`;
      case 'queue.redistributing':
        return `The line’s queue moves dialog #${event.sessionId}${where} on${s && s.operatorId > 0 ? ` from ${this.user(s.operatorId)}` : ''}.`;
      case 'answer.due': {
        const point = s ? irLine(this.ir, s.lineId)?.watch[event.step] : undefined;
        return `Answer watch of dialog #${event.sessionId}${where}: has ${this.user(event.operatorId)} taken it${point ? ` ${point.minutes} min after it was given` : ''}?`;
      }
    }
  }

  private companyOf(lineId: number): string {
    const c = companyOfLine(this.ir, lineId);
    return c ? ` of ${c.name}` : '';
  }

  candidateLine(c: CandidateTrace): string {
    const why = c.reasons.map((r) => REASON_TEXT[r]).join('; ');
    const as = c.verdict === 'chosen' ? '' : AS[c.as];
    return `Candidate ${this.user(c.userId)}${as}: ${VERDICT[c.verdict]}${why ? ` — ${why}` : ''}.`;
  }

  ruleLines(operatorId: number, result: DecideResult): string[] {
    const check = this.ir.availabilityCheck;
    if (!check) return [];
    const facts = operatorFacts(this.ir, this.world, operatorId);
    const out: string[] = [];
    for (const t of result.trace.rules) {
      const rule = check.rules.find((r) => r.id === t.ruleId);
      const n = t.ruleId.startsWith('rule-') ? t.ruleId.slice(5) : t.ruleId;
      const why = rule ? (t.matched ? this.holding(rule.when, facts) : this.failing(rule.when, facts)) : '';
      out.push(`Rule ${n} “${t.name}” ${t.matched ? 'holds' : 'does not hold'}${why ? `: ${why}` : ''}.`);
    }
    if (result.trace.decidedBy === 'fallback') {
      out.push(`No rule holds; the fallback applies (${check.fallback.type}${check.fallbackExplicit ? '' : ', the default'}).`);
    }
    return out;
  }

  /** Why a condition that holds, holds. */
  private holding(c: ConditionIR, f: OperatorFacts): string {
    switch (c.kind) {
      case 'always': return 'it always holds';
      case 'all': return c.of.map((x) => this.holding(x, f)).join('; ');
      case 'any': {
        const first = c.of.find((x) => evaluateCondition(x, f).holds);
        return first ? this.holding(first, f) : '';
      }
      case 'not': return this.failing(c.of, f);
      default: return this.fact(c, f);
    }
  }

  /** Why a condition that fails, fails. */
  private failing(c: ConditionIR, f: OperatorFacts): string {
    switch (c.kind) {
      case 'always': return '';
      case 'all': {
        const first = c.of.find((x) => !evaluateCondition(x, f).holds);
        return first ? this.failing(first, f) : '';
      }
      case 'any': return `none of these holds: ${c.of.map((x) => this.failing(x, f)).join(' / ')}`;
      case 'not': return this.holding(c.of, f);
      default: return this.fact(c, f);
    }
  }

  /** The fact an atom looks at, as it is. */
  private fact(c: ConditionIR, f: OperatorFacts): string {
    const who = this.user(f.operatorId);
    switch (c.kind) {
      case 'vacation': return `${who} is ${f.vacation ? '' : 'not '}on vacation`;
      case 'workday':
        return f.workday === 'unknown'
          ? `the workday of ${who} is unknown (no time tracking)`
          : `the workday of ${who} today is ${f.workday === 'opened' ? 'open' : f.workday.replace('-', ' ')}`;
      case 'online': return `${who} is ${f.online ? 'online' : 'offline'}`;
      case 'department': {
        const hit = c.ids.filter((id) => f.departments.includes(id));
        return hit.length > 0
          ? `${who} is in ${hit.map((id) => this.department(id)).join(', ')}`
          : `${who} is not in ${c.ids.map((id) => this.department(id)).join(' or ')}`;
      }
      case 'role': {
        const hit = c.ids.filter((id) => f.roles.includes(id));
        return hit.length > 0
          ? `${who} is ${hit.map((id) => this.role(id)).join(', ')}`
          : `${who} is not ${c.ids.map((id) => this.role(id)).join(' or ')}`;
      }
      case 'schedule':
        return f.schedule === null
          ? `${who} has no schedule`
          : `now is ${f.insideSchedule ? 'inside' : 'outside'} the schedule “${f.schedule.id}” of ${who}`;
      case 'time': {
        const w = wallClock(f.now, c.timeZone);
        const inside = evaluateCondition(c, f).holds;
        return `now (${DAY_NAMES[w.weekday - 1]} ${clock(w.minute)} ${c.timeZone}) is ${inside ? 'inside' : 'outside'} ${windowText(c.window)}`;
      }
      case 'openDialogs':
        return `${who} has ${f.openDialogs} open dialog${f.openDialogs === 1 ? '' : 's'}`
          + ` (wanted ${c.atMost === null ? `at least ${c.atLeast}` : `${c.atLeast}–${c.atMost}`})`;
      default: return '';
    }
  }

  private department(id: number): string {
    const d = this.ir.departments.find((x) => x.id === id);
    return d ? `“${d.name}” (department ${id})` : `department ${id}`;
  }

  private role(id: string): string {
    const r = this.ir.roles.find((x) => x.id === id);
    return `a “${r ? r.name : id}”`;
  }

  /** Per covered company: who joins which open dialogs, and where they already were. */
  jobLines(jobId: string, result: DecideResult): string[] {
    const job = this.ir.jobs.find((j) => j.id === jobId);
    if (!job) return [];
    const added = new Set(result.effects.flatMap((e) => (e.type === 'chat.addUser' ? [`${e.chatId}:${e.userId}`] : [])));
    const out: string[] = [];
    for (const companyId of job.companies) {
      const company = this.ir.companies.find((c) => c.id === companyId);
      if (!company) continue;
      const userId = job.action.type === 'add-user' ? job.action.user : company.headOfSales;
      if (userId === null) {
        out.push(`${company.name}: skipped — ${REASON_TEXT.NO_HEAD_OF_SALES}.`);
        continue;
      }
      const lineIds = company.lines.map((l) => l.id);
      const open = this.world.sessions.filter((s) => s.status === 'open' && lineIds.includes(s.lineId)).sort((a, b) => a.id - b.id);
      const joins = open.filter((s) => added.has(`${s.chatId}:${userId}`)).map((s) => `#${s.id}`);
      const already = open.filter((s) => !added.has(`${s.chatId}:${userId}`)).map((s) => `#${s.id}`);
      out.push(`${company.name}: ${this.user(userId)} joins ${joins.length > 0 ? `dialog${joins.length === 1 ? '' : 's'} ${joins.join(', ')}` : 'no dialog'}`
        + `${already.length > 0 ? `; ${REASON_TEXT.ALREADY_IN_CHAT} of ${already.join(', ')}` : ''}.`);
    }
    return out;
  }

  effect(e: Effect): string | null {
    const resp = (id: number | null): string => (id === null ? 'no responsible set' : `responsible ${this.user(id)}`);
    switch (e.type) {
      case 'contact.create': return `create a contact for client “${e.clientId}” (${resp(e.responsibleId)}).`;
      case 'deal.create':
        return `create the deal “${e.title}” in category ${e.categoryId} for ${e.contactId === 'new-contact' ? 'the new contact' : `contact #${e.contactId}`} (${resp(e.responsibleId)}).`;
      case 'contact.setResponsible': return `make ${this.user(e.userId)} responsible for contact #${e.contactId}.`;
      case 'deal.setResponsible': return `make ${this.user(e.userId)} responsible for deal #${e.dealId}.`;
      case 'session.bindDeal': return `bind dialog #${e.sessionId} to ${e.dealId === 'new-deal' ? 'the new deal' : `deal #${e.dealId}`}.`;
      case 'session.assign': return `assign dialog #${e.sessionId} to ${this.user(e.userId)}.`;
      case 'session.toQueue': return `return dialog #${e.sessionId} to the queue of ${this.line(e.lineId)}.`;
      case 'queue.stamp': return `move ${this.user(e.userId)} to the end of the evenly queue of ${this.line(e.lineId)}.`;
      case 'queue.turnBack': return `put ${this.user(e.userId)}, the portal’s own pick, back at the head of the evenly queue of ${this.line(e.lineId)} (just before ${e.before}).`;
      case 'queue.wake': return `ask the portal’s queue to look at the waiting VIP dialog #${e.sessionId} at its next run.`;
      case 'chat.comment': return `post a hidden comment in chat #${e.chatId}: “${e.text}”`;
      case 'chat.reply': return `reply to the client in chat #${e.chatId}: “${e.text}”`;
      case 'chat.addUser': return `add ${this.user(e.userId)} to chat #${e.chatId}.`;
      case 'notify': return `notify ${this.user(e.userId)}: “${e.text}”`;
      case 'check.schedule': return `check the availability of ${this.user(e.operatorId)} at ${e.at}.`;
      case 'answer.watch': return `look again at ${e.at} whether ${this.user(e.operatorId)} has taken dialog #${e.sessionId} (watch point ${e.step + 1}).`;
      case 'session.keepUser': return `keep ${this.user(e.userId)} in dialog #${e.sessionId} until it closes.`;
      case 'sync.progress':
        return `record progress: deals up to #${e.cursor} done (${e.deals} deals, ${e.changed} contacts changed so far)${e.done ? '; the sync is finished' : ''}.`;
      case 'log': return null;
    }
  }
}

function clock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

function days(list: readonly number[]): string {
  if (list.length === 7) return 'daily';
  const contiguous = list.every((d, i) => i === 0 || d === list[i - 1]! + 1);
  if (contiguous && list.length > 2) return `${DAY_NAMES[list[0]! - 1]}–${DAY_NAMES[list[list.length - 1]! - 1]}`;
  return list.map((d) => DAY_NAMES[d - 1]).join(', ');
}

function windowText(w: WindowIR): string {
  const end = w.to <= w.from ? `${w.to === 0 ? '24:00' : `${clock(w.to)} next day`}` : clock(w.to);
  return `${days(w.days)} ${clock(w.from)}–${end}`;
}
