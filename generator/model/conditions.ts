/**
 * Facts about the operator of a checked dialog, and the evaluation of rule conditions over them.
 */
import type { ConditionIR, RoleIR, RoutingIR, ScheduleIR } from '../ir/types.ts';
import { onVacation, workdayToday, type WorkdayToday } from './availability.ts';
import { allDepartmentIds, department, userSchedule, userZone, worldUser } from './lookup.ts';
import { isInsideSchedule, isInsideWindow } from './schedule.ts';
import type { World } from './types.ts';

/** Everything a condition may ask about the operator, computed at `world.now`. */
export interface OperatorFacts {
  operatorId: number;
  vacation: boolean;
  workday: WorkdayToday;
  online: boolean;
  /** The world user's departments (empty for an unknown user). */
  departments: number[];
  /** Ids of the IR roles the operator has, in IR order. */
  roles: string[];
  schedule: ScheduleIR | null;
  /** Whether now is inside `schedule`; null without a schedule. */
  insideSchedule: boolean | null;
  /** Open sessions whose operator is this user. */
  openDialogs: number;
  now: string;
}

export function operatorFacts(ir: RoutingIR, world: World, operatorId: number): OperatorFacts {
  const user = worldUser(world, operatorId);
  const schedule = userSchedule(ir, world, operatorId) ?? null;
  return {
    operatorId,
    vacation: onVacation(operatorId, world, ir.vacationTypes),
    workday: workdayToday(operatorId, world, userZone(ir, world, operatorId)),
    online: user?.online ?? false,
    departments: [...(user?.departments ?? [])],
    roles: ir.roles.filter((r) => hasRole(ir, world, operatorId, r)).map((r) => r.id),
    schedule,
    insideSchedule: schedule === null ? null : isInsideSchedule(schedule, world.now),
    openDialogs: world.sessions.filter((s) => s.status === 'open' && s.operatorId === operatorId).length,
    now: world.now,
  };
}

/** The head of a department: the world's value when the world has the department, else the spec's. */
export function departmentHead(ir: RoutingIR, world: World, depId: number): number | null {
  return department(ir, world, depId)?.head ?? null;
}

/**
 * Role membership: listed users; members (world) of the listed departments; heads of any department
 * (`departmentHeads.all`, over the world's and the spec's departments) or of the listed ones.
 */
export function hasRole(ir: RoutingIR, world: World, userId: number, role: RoleIR): boolean {
  if (role.users.includes(userId)) return true;
  const deps = worldUser(world, userId)?.departments ?? [];
  if (role.departments.some((d) => deps.includes(d))) return true;
  const headed = role.departmentHeads.all ? allDepartmentIds(ir, world) : role.departmentHeads.departments;
  return headed.some((d) => departmentHead(ir, world, d) === userId);
}

export interface ConditionResult {
  holds: boolean;
  /** When it does not hold: the kind of the first failing atom (`any` / `not` for those nodes), else null. */
  failed: string | null;
}

/** Evaluates a condition tree; `all` stops at its first failing child. */
export function evaluateCondition(c: ConditionIR, facts: OperatorFacts): ConditionResult {
  switch (c.kind) {
    case 'always':
      return HOLDS;
    case 'all':
      for (const child of c.of) {
        const r = evaluateCondition(child, facts);
        if (!r.holds) return r;
      }
      return HOLDS;
    case 'any':
      return c.of.some((child) => evaluateCondition(child, facts).holds) ? HOLDS : fails('any');
    case 'not':
      return evaluateCondition(c.of, facts).holds ? fails('not') : HOLDS;
    default:
      return atomHolds(c, facts) ? HOLDS : fails(c.kind);
  }
}

type Atom = Exclude<ConditionIR, { kind: 'always' | 'all' | 'any' | 'not' }>;

/** Whether one atom holds. A `workday` atom is false when the state is unknown; `schedule` without one is false. */
export function atomHolds(c: Atom, f: OperatorFacts): boolean {
  switch (c.kind) {
    case 'vacation':
      return f.vacation === c.value;
    case 'workday':
      return f.workday !== 'unknown' && c.states.includes(f.workday);
    case 'online':
      return f.online === c.value;
    case 'department':
      return c.ids.some((id) => f.departments.includes(id));
    case 'role':
      return c.ids.some((id) => f.roles.includes(id));
    case 'schedule':
      return f.insideSchedule !== null && f.insideSchedule === c.inside;
    case 'time':
      return isInsideWindow(c.window, c.timeZone, f.now);
    case 'openDialogs':
      return f.openDialogs >= c.atLeast && (c.atMost === null || f.openDialogs <= c.atMost);
  }
}

const HOLDS: ConditionResult = { holds: true, failed: null };

function fails(kind: string): ConditionResult {
  return { holds: false, failed: kind };
}
