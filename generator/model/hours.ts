/**
 * Who may take a line's dialog beyond the portal's own checks: the line's schedule (off hours and breaks,
 * with the spec's off-hours handling and duty staff), each queue member's own hours
 * (`lines[].personalHours`) and skills (`lines[].skills`). The portal knows only the line's hours, and
 * only for an auto-reply; the rest is the module's own.
 */
import type { LineIR, RoutingIR } from '../ir/types.ts';
import { capacity, queueAvailability } from './availability.ts';
import { irUser, scheduleById, userSchedule } from './lookup.ts';
import { instantMillis, isInsideSchedule, scheduleState } from './schedule.ts';
import type { CandidateTrace, ReasonCode, TransferTarget, World, WorldLine } from './types.ts';

/** The line's hours now: always `working` without a schedule. */
export function lineHours(ir: RoutingIR, world: World, line: LineIR): 'working' | 'break' | 'off' {
  const schedule = scheduleById(ir, line.schedule);
  return schedule ? scheduleState(schedule, world.now) : 'working';
}

/**
 * Whether the line would give the person of a queue entry (or of a bare `{ userId, lastAssignedAt: null }`
 * for someone outside the queue) a dialog now: available by the line's setting, a free slot, and with
 * `personalHours` inside their own hours. Null when so, else why not.
 */
export function offerable(ir: RoutingIR, world: World, line: LineIR, entry: WorldLine['queue'][number]): ReasonCode | null {
  return queueAvailability(entry.userId, world, ir.vacationTypes, line.checkAvailability) ?? capacity(line, entry, world)
    ?? (line.personalHours ? personalHours(ir, world, entry.userId) : null);
}

/** `OUTSIDE_HOURS` when the person has a schedule (their own or their department's) and now is outside it. */
export function personalHours(ir: RoutingIR, world: World, userId: number): ReasonCode | null {
  const schedule = userSchedule(ir, world, userId);
  return schedule && !isInsideSchedule(schedule, world.now) ? 'OUTSIDE_HOURS' : null;
}

export interface DutyChoice {
  owner: TransferTarget;
  reason: ReasonCode;
  candidates: CandidateTrace[];
}

/**
 * The line's duty staff in their order: the first one available (by the line's availability setting)
 * with a free slot; nobody → the line's queue.
 */
export function chooseDuty(ir: RoutingIR, world: World, line: LineIR): DutyChoice {
  const queue = world.lines.find((l) => l.id === line.id)?.queue ?? [];
  const candidates: CandidateTrace[] = [];
  let chosen: number | null = null;
  for (const userId of [...new Set(line.duty)]) {
    const entry = queue.find((q) => q.userId === userId) ?? { userId, lastAssignedAt: null };
    const why = queueAvailability(userId, world, ir.vacationTypes, line.checkAvailability) ?? capacity(line, entry, world);
    if (why !== null) {
      candidates.push({ userId, as: 'duty', verdict: 'excluded', reasons: [why] });
    } else if (chosen === null) {
      chosen = userId;
      candidates.push({ userId, as: 'duty', verdict: 'chosen', reasons: ['ON_DUTY'] });
    } else {
      candidates.push({ userId, as: 'duty', verdict: 'passed-over', reasons: ['LATER_IN_ORDER'] });
    }
  }
  return chosen === null
    ? { owner: { type: 'queue', lineId: line.id }, reason: 'NO_AVAILABLE_OPERATOR', candidates }
    : { owner: { type: 'user', userId: chosen }, reason: 'ON_DUTY', candidates };
}

/**
 * `NO_SKILL` when the line needs skills (`lines[].skills`) the person lacks at the level, unless the
 * requirement was dropped: `relaxAfterMinutes` after the dialog came.
 */
export function skillGap(ir: RoutingIR, world: World, line: LineIR, session: { createdAt?: string }, userId: number): ReasonCode | null {
  if (line.skills === null || skillsRelaxed(line, session, world)) return null;
  const has = irUser(ir, userId)?.skills ?? [];
  return line.skills.require.every((r) => has.some((h) => h.skill === r.skill && h.level >= r.level)) ? null : 'NO_SKILL';
}

/** Whether the line's skill requirement is dropped for this dialog now. */
export function skillsRelaxed(line: LineIR, session: { createdAt?: string }, world: World): boolean {
  const relax = line.skills?.relaxAfterMinutes ?? null;
  if (relax === null) return false;
  const came = instantMillis(session.createdAt ?? world.now);
  return instantMillis(world.now) - came >= relax * 60_000;
}
