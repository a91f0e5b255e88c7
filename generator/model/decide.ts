/**
 * The reference decision function: `decide(ir, world, event)` is pure and deterministic
 * (no clock, no randomness, no locale); it reads `world.now` for time and never mutates its inputs.
 */
import type { ActionIR, AvailabilityCheckIR, CompanyIR, RoutingIR } from '../ir/types.ts';
import { presence } from './availability.ts';
import { evaluateCondition, operatorFacts } from './conditions.ts';
import { companyOfLine, fillTemplate, irLine, userLabel, worldSession } from './lookup.ts';
import { checkOperator, dialogTransferred, pickOperator, queueRedistributing } from './moves.ts';
import { ignore, routeDialog, targetText } from './route.ts';
import { joinDialog, setResponsible } from './requests.ts';
import { answerDue } from './watch.ts';
import { dealResponsibleChanged, syncBatch } from './sync.ts';
import { findSupervisor, type SupervisorResult } from './supervisor.ts';
import type {
  CandidateTrace, Decision, DecideResult, Effect, ReasonCode, RoutingEvent, RuleTrace, TransferTarget, World,
  WorldSession,
} from './types.ts';

export function decide(ir: RoutingIR, world: World, event: RoutingEvent): DecideResult {
  switch (event.type) {
    case 'dialog.started': {
      const session = worldSession(world, event.sessionId);
      if (!session) return ignore('SESSION_UNKNOWN', 'world');
      if (session.status === 'closed') return ignore('SESSION_CLOSED', 'world');
      return routeDialog(ir, world, session);
    }
    case 'check.due':
      return checkDue(ir, world, event.sessionId, event.operatorId);
    case 'job.due':
      return jobDue(ir, world, event.jobId);
    case 'dialog.transferred':
      return dialogTransferred(ir, world, event.sessionId);
    case 'queue.redistributing':
      return queueRedistributing(ir, world, event.sessionId, event.portalPick ?? 0);
    case 'sync.batch':
      return syncBatch(ir, world);
    case 'deal.responsibleChanged':
      return dealResponsibleChanged(ir, world, event.dealId);
    case 'operator.pick':
      return pickOperator(ir, world, event.lineId);
    case 'operator.check':
      return checkOperator(ir, world, event.userId);
    case 'responsible.set':
      return setResponsible(ir, world, event);
    case 'dialog.join':
      return joinDialog(ir, world, event);
    case 'answer.due':
      return answerDue(ir, world, event.sessionId, event.operatorId, event.step);
  }
}

/** The rule (or fallback) that decides, with the trace of every rule tried. */
export interface RuleChoice {
  decidedBy: string;
  action: ActionIR;
  reason: 'RULE_MATCHED' | 'FALLBACK';
  rules: RuleTrace[];
}

export function chooseRule(ir: RoutingIR, world: World, check: AvailabilityCheckIR, operatorId: number): RuleChoice {
  const facts = operatorFacts(ir, world, operatorId);
  const rules: RuleTrace[] = [];
  for (const rule of check.rules) {
    const r = evaluateCondition(rule.when, facts);
    rules.push({ ruleId: rule.id, name: rule.name, matched: r.holds, failed: r.failed });
    if (r.holds) return { decidedBy: rule.id, action: rule.then, reason: 'RULE_MATCHED', rules };
  }
  return { decidedBy: 'fallback', action: check.fallback, reason: 'FALLBACK', rules };
}

interface Outcome {
  decision: Decision;
  owner: TransferTarget;
  /** A reason that overrode the action (`KEEP_BLOCKED`, `NO_SUPERVISOR`, `TARGET_UNAVAILABLE`), if any. */
  blocked: ReasonCode | null;
  candidates: CandidateTrace[];
  supervisor: SupervisorResult | null;
}

function checkDue(ir: RoutingIR, world: World, sessionId: number, operatorId: number): DecideResult {
  const session = worldSession(world, sessionId);
  if (!session) return ignore('SESSION_UNKNOWN', 'world');
  if (session.status === 'closed') return ignore('SESSION_CLOSED', 'world');
  if (session.operatorId === 0 || session.operatorId !== operatorId) return ignore('OPERATOR_CHANGED', 'world');
  if (session.pinned) return ignore('PINNED', 'world');
  const check = ir.availabilityCheck;
  if (check === null) return ignore('NO_CHECK', 'availabilityCheck');
  const company = companyOfLine(ir, session.lineId);
  if (!company) return ignore('LINE_NOT_MANAGED', 'companies');

  const choice = chooseRule(ir, world, check, operatorId);
  const outcome = applyAction(ir, world, session, operatorId, choice.action);
  const effects: Effect[] = [];
  if (outcome.decision.kind === 'transfer') {
    const to = outcome.decision.to;
    effects.push(to.type === 'user'
      ? { type: 'session.assign', sessionId: session.id, userId: to.userId }
      : { type: 'session.toQueue', sessionId: session.id, lineId: to.lineId });
  }
  const values = {
    operator: userLabel(ir, operatorId),
    line: irLine(ir, session.lineId)!.name,
    company: company.name,
  };
  if (choice.action.comment !== null) {
    effects.push({ type: 'chat.comment', chatId: session.chatId, text: fillTemplate(choice.action.comment, values) });
  }
  if (choice.action.notify !== null) {
    const text = fillTemplate(choice.action.notify.text, values);
    const supervisor = () => outcome.supervisor ?? findSupervisor(ir, world, operatorId, ir.vacationTypes);
    for (const userId of notifyTargets(choice.action, company, operatorId, supervisor)) {
      effects.push({ type: 'notify', userId, text });
    }
  }
  const reasons: ReasonCode[] = outcome.blocked === null ? [choice.reason] : [choice.reason, outcome.blocked];
  effects.push({
    type: 'log',
    code: reasons[reasons.length - 1]!,
    message: `session=${session.id} operator=${operatorId} by=${choice.decidedBy} action=${choice.action.type}`
      + ` result=${outcome.decision.kind} owner=${targetText(outcome.owner)}`,
  });
  return {
    decision: outcome.decision,
    effects,
    trace: { decidedBy: choice.decidedBy, reasons, candidates: outcome.candidates, rules: choice.rules },
  };
}

function applyAction(ir: RoutingIR, world: World, session: WorldSession, operatorId: number, action: ActionIR): Outcome {
  const vt = ir.vacationTypes;
  const transfer = (to: TransferTarget, blocked: ReasonCode | null, candidates: CandidateTrace[] = [],
    supervisor: SupervisorResult | null = null): Outcome => ({
    decision: { kind: 'transfer', to }, owner: to, blocked, candidates, supervisor,
  });
  const lineQueue: TransferTarget = { type: 'queue', lineId: session.lineId };
  switch (action.type) {
    case 'keep': {
      const why = presence(operatorId, world, vt);
      if (why !== null) {
        return transfer(lineQueue, 'KEEP_BLOCKED', [{ userId: operatorId, as: 'operator', verdict: 'excluded', reasons: [why] }]);
      }
      return {
        decision: { kind: 'keep', operatorId },
        owner: { type: 'user', userId: operatorId },
        blocked: null,
        candidates: [{ userId: operatorId, as: 'operator', verdict: 'chosen', reasons: [] }],
        supervisor: null,
      };
    }
    case 'supervisor': {
      const found = findSupervisor(ir, world, operatorId, vt);
      return found.userId === null
        ? transfer(lineQueue, 'NO_SUPERVISOR', found.candidates, found)
        : transfer({ type: 'user', userId: found.userId }, null, found.candidates, found);
    }
    case 'queue':
      return transfer(lineQueue, null);
    case 'user': {
      const target = action.target ?? 0;
      const why = presence(target, world, vt);
      return why === null
        ? transfer({ type: 'user', userId: target }, null, [{ userId: target, as: 'target', verdict: 'chosen', reasons: ['RULE_TARGET'] }])
        : transfer(lineQueue, 'TARGET_UNAVAILABLE', [{ userId: target, as: 'target', verdict: 'excluded', reasons: [why] }]);
    }
    case 'line':
      return transfer({ type: 'queue', lineId: action.target ?? session.lineId }, null);
  }
}

/**
 * Who is notified, deduplicated in the order written: a user id as is, `operator` the checked operator,
 * `supervisor` the found supervisor (none → skipped), `head-of-sales` the company's (none → skipped).
 */
function notifyTargets(
  action: ActionIR, company: CompanyIR, operatorId: number, supervisor: () => SupervisorResult,
): number[] {
  const out: number[] = [];
  for (const to of action.notify?.to ?? []) {
    let userId: number | null;
    if (typeof to === 'number') userId = to;
    else if (to === 'operator') userId = operatorId;
    else if (to === 'supervisor') userId = supervisor().userId;
    else userId = company.headOfSales;
    if (userId !== null && !out.includes(userId)) out.push(userId);
  }
  return out;
}

function jobDue(ir: RoutingIR, world: World, jobId: string): DecideResult {
  const job = ir.jobs.find((j) => j.id === jobId);
  if (!job) return ignore('UNKNOWN_JOB', 'jobs');
  const effects: Effect[] = [];
  const reasons: ReasonCode[] = [];
  const note = (code: ReasonCode): void => {
    if (!reasons.includes(code)) reasons.push(code);
  };
  const added = new Set<string>();
  const kept = new Set<string>();
  for (const companyId of job.companies) {
    const company = ir.companies.find((c) => c.id === companyId);
    if (!company) continue;
    const userId = job.action.type === 'add-user' ? job.action.user : company.headOfSales;
    if (userId === null) {
      effects.push({ type: 'log', code: 'NO_HEAD_OF_SALES', message: `job=${job.id} company=${company.id}` });
      note('NO_HEAD_OF_SALES');
      continue;
    }
    const lineIds = company.lines.map((l) => l.id);
    const sessions = world.sessions
      .filter((s) => s.status === 'open' && lineIds.includes(s.lineId))
      .sort((a, b) => a.id - b.id);
    for (const s of sessions) {
      const key = `${s.id}:${userId}`;
      if (job.stay && !(s.kept ?? []).includes(userId) && !kept.has(key)) {
        kept.add(key);
        effects.push({ type: 'session.keepUser', sessionId: s.id, userId });
      }
      if (s.operatorId === userId || s.participants.includes(userId) || added.has(key)) {
        note('ALREADY_IN_CHAT');
        continue;
      }
      added.add(key);
      effects.push({ type: 'chat.addUser', chatId: s.chatId, userId });
    }
  }
  return {
    decision: { kind: 'job', added: added.size },
    effects,
    trace: { decidedBy: `jobs.${job.id}`, reasons, candidates: [], rules: [] },
  };
}
