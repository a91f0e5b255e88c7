/**
 * The reference model: `decide(ir, world, event)` and what it is built from.
 */
export { decide, chooseRule, type RuleChoice } from './decide.ts';
export { explainLines, REASON_TEXT } from './explain.ts';
export { findSupervisor, type SupervisorResult } from './supervisor.ts';
export { onVacation, presence, queueAvailability, workdayToday, type WorkdayToday } from './availability.ts';
export {
  isInsideSchedule, isInsideWindow, nextRun, localDate, addMinutes, firstInstantAt, wallClock, type WallClock,
} from './schedule.ts';
export { operatorFacts, evaluateCondition, hasRole, departmentHead, type OperatorFacts, type ConditionResult } from './conditions.ts';
export { chooseFromQueue, findOpenDeal, dealTitle, type OwnerChoice } from './route.ts';
export { isVip, officeOf } from './client.ts';
export { findContact, userSchedule, userZone, fillTemplate } from './lookup.ts';
export type * from './types.ts';
