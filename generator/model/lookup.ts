/**
 * Plain look-ups in the IR and the world. When an id occurs twice, the first entry wins.
 */
import type { CompanyIR, LineIR, RoutingIR, ScheduleIR, UserIR } from '../ir/types.ts';
import type { World, WorldContact, WorldDepartment, WorldSession, WorldUser } from './types.ts';

export function worldUser(world: World, userId: number): WorldUser | undefined {
  return world.users.find((u) => u.id === userId);
}

export function worldSession(world: World, sessionId: number): WorldSession | undefined {
  return world.sessions.find((s) => s.id === sessionId);
}

export function irUser(ir: RoutingIR, userId: number): UserIR | undefined {
  return ir.users.find((u) => u.id === userId);
}

/** The company whose lines include `lineId`, or undefined when the spec does not manage the line. */
export function companyOfLine(ir: RoutingIR, lineId: number): CompanyIR | undefined {
  return ir.companies.find((c) => c.lines.some((l) => l.id === lineId));
}

export function irLine(ir: RoutingIR, lineId: number): LineIR | undefined {
  for (const c of ir.companies) {
    const line = c.lines.find((l) => l.id === lineId);
    if (line) return line;
  }
  return undefined;
}

export function scheduleById(ir: RoutingIR, id: string | null): ScheduleIR | undefined {
  return id === null ? undefined : ir.schedules.find((s) => s.id === id);
}

/** A department as the portal has it, else as the spec describes it, else undefined. */
export function department(ir: RoutingIR, world: World, id: number): WorldDepartment | undefined {
  const inWorld = world.departments.find((d) => d.id === id);
  if (inWorld) return inWorld;
  const inSpec = ir.departments.find((d) => d.id === id);
  return inSpec ? { id: inSpec.id, parent: inSpec.parent, head: inSpec.head } : undefined;
}

/** Ids of every department known to the world or the spec: the world's in its order, then the spec's others. */
export function allDepartmentIds(ir: RoutingIR, world: World): number[] {
  const ids: number[] = [];
  for (const d of world.departments) if (!ids.includes(d.id)) ids.push(d.id);
  for (const d of ir.departments) if (!ids.includes(d.id)) ids.push(d.id);
  return ids;
}

/**
 * The user's schedule: their own (IR user), else the first of their world departments that has one
 * in the IR, else none.
 */
export function userSchedule(ir: RoutingIR, world: World, userId: number): ScheduleIR | undefined {
  const own = scheduleById(ir, irUser(ir, userId)?.schedule ?? null);
  if (own) return own;
  for (const depId of worldUser(world, userId)?.departments ?? []) {
    const fromDept = scheduleById(ir, ir.departments.find((d) => d.id === depId)?.schedule ?? null);
    if (fromDept) return fromDept;
  }
  return undefined;
}

/** The zone of the user's day: their IR `timeZone`, else their schedule's, else the spec's. */
export function userZone(ir: RoutingIR, world: World, userId: number): string {
  return irUser(ir, userId)?.timeZone ?? userSchedule(ir, world, userId)?.timeZone ?? ir.timeZone;
}

/** A user's display name: the IR name, else `#id`. */
export function userLabel(ir: RoutingIR, userId: number): string {
  return irUser(ir, userId)?.name ?? `#${userId}`;
}

/**
 * Replaces `{key}` placeholders in one left-to-right pass (like PHP `strtr`): replaced text is never
 * scanned again, and unknown placeholders stay as written.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const ch = template[i]!;
    if (ch === '{') {
      const close = template.indexOf('}', i + 1);
      if (close > i) {
        const key = template.slice(i + 1, close);
        const value = Object.prototype.hasOwnProperty.call(values, key) ? values[key] : undefined;
        if (value !== undefined) {
          out += value;
          i = close + 1;
          continue;
        }
      }
    }
    out += ch;
    i += 1;
  }
  return out;
}

/** The client's contact in the company: the lowest id among matches. */
export function findContact(world: World, clientId: string, companyId: string): WorldContact | undefined {
  let best: WorldContact | undefined;
  for (const c of world.contacts) {
    if (c.clientId === clientId && c.companyId === companyId && (best === undefined || c.id < best.id)) best = c;
  }
  return best;
}

