/**
 * Facts about a user at `world.now`, with the portal's native semantics
 * (`ImOpenLines\Queue::isOperatorActive`, `CTimeManUser::State()`, `UserAbsence::isAbsentOnVacation`).
 */
import type { LineIR, WorkdayStateIR } from '../ir/types.ts';
import { worldUser } from './lookup.ts';
import { instantMillis, localDate } from './schedule.ts';
import type { ReasonCode, World, WorldLine } from './types.ts';

export type WorkdayToday = WorkdayStateIR | 'unknown';

/**
 * Whether the user has an absence of a vacation type covering now (`from <= now < to`).
 * Without the intranet module absences are unknown, so this is false; so it is for an unknown user.
 */
export function onVacation(userId: number, world: World, vacationTypes: readonly string[]): boolean {
  if (!world.features.intranet) return false;
  const user = worldUser(world, userId);
  if (!user) return false;
  const now = instantMillis(world.now);
  return user.absences.some(
    (a) => vacationTypes.includes(a.type) && instantMillis(a.from) <= now && now < instantMillis(a.to),
  );
}

/**
 * Whether the user can be given anything at all: known, active and not on vacation.
 * Null when present, else the reason (`UNKNOWN_USER`, `INACTIVE`, `VACATION`), checked in that order.
 */
export function presence(userId: number, world: World, vacationTypes: readonly string[]): ReasonCode | null {
  const user = worldUser(world, userId);
  if (!user) return 'UNKNOWN_USER';
  if (!user.active) return 'INACTIVE';
  if (onVacation(userId, world, vacationTypes)) return 'VACATION';
  return null;
}

/**
 * Whether the queue would give the user a dialog now; null when available, else why not.
 * After presence: with time tracking, a tracked user (`workday` not null) must have the day `OPENED`
 * (`PAUSED`, `CLOSED` and `EXPIRED` → `NONWORKING`) and an untracked user counts as available;
 * without time tracking the user must be online (`OFFLINE`). With the line's `checkAvailability` off,
 * only `UNKNOWN_USER` and `INACTIVE` remain.
 */
export function queueAvailability(
  userId: number, world: World, vacationTypes: readonly string[], checkAvailability = true,
): ReasonCode | null {
  if (!checkAvailability) {
    // the line does not check availability: the portal skips only a dismissed operator
    const user = worldUser(world, userId);
    return !user ? 'UNKNOWN_USER' : user.active ? null : 'INACTIVE';
  }
  const absent = presence(userId, world, vacationTypes);
  if (absent !== null) return absent;
  const user = worldUser(world, userId)!;
  if (world.features.timeman) {
    if (user.workday === null) return null;
    return user.workday.state === 'OPENED' ? null : 'NONWORKING';
  }
  return user.online ? null : 'OFFLINE';
}

/**
 * The user's workday state today, on the local date of `zone`.
 * `unknown` without time tracking or for an untracked (or unknown) user. `EXPIRED` (a day left open earlier)
 * is `not-started`; so is any record opened on an earlier local date or with no `openedAt`.
 */
export function workdayToday(userId: number, world: World, zone: string): WorkdayToday {
  if (!world.features.timeman) return 'unknown';
  const workday = worldUser(world, userId)?.workday ?? null;
  if (workday === null) return 'unknown';
  if (workday.state === 'EXPIRED') return 'not-started';
  if (workday.openedAt === null) return 'not-started';
  if (localDate(workday.openedAt, zone) < localDate(world.now, zone)) return 'not-started';
  if (workday.state === 'OPENED') return 'opened';
  if (workday.state === 'PAUSED') return 'paused';
  return 'closed';
}

/** Statuses below these count against a line's limit (`Queue::getCountFreeSlotsOperators`). */
const STOP_STATUS: Readonly<Record<LineIR['countUntil'], number>> = { 'answered-new': 25, answered: 40, closed: 50 };

/** The portal-wide cap on open-line chats per operator (`Queue::MAX_CHAT`). */
export const MAX_CHATS = 1000;

/**
 * Whether the operator has a free slot for a new dialog of the line: fewer than 1000 open-line chats in
 * all, and fewer of this line's counted dialogs than its limit (0 = 1000). Null when free, else
 * `ALL_LINES_FULL` or `LINE_FULL`.
 */
export function capacity(line: LineIR, entry: WorldLine['queue'][number], world: World): ReasonCode | null {
  if (MAX_CHATS - (worldUser(world, entry.userId)?.openLineChats ?? 0) <= 0) return 'ALL_LINES_FULL';
  const limit = line.maxDialogs > 0 ? Math.min(line.maxDialogs, MAX_CHATS) : MAX_CHATS;
  const busy = (entry.dialogs ?? []).filter((status) => status < STOP_STATUS[line.countUntil]).length;
  return busy > 0 && limit - busy <= 0 ? 'LINE_FULL' : null;
}
