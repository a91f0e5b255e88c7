/**
 * The operator's direct supervisor: the spec's override first, then the department structure
 * (like `CTimeMan::GetUserManagers`: skip empty heads and the user himself, climb past unavailable heads).
 *
 * Candidate reasons: `[source]` when chosen, `[source, why]` otherwise, where source is
 * `SUPERVISOR_OVERRIDE` or `DEPARTMENT_HEAD` and why is `SELF`, `UNKNOWN_USER`, `INACTIVE` or `VACATION`.
 */
import type { RoutingIR } from '../ir/types.ts';
import { presence } from './availability.ts';
import { department, worldUser } from './lookup.ts';
import type { CandidateTrace, World } from './types.ts';

export interface SupervisorResult {
  userId: number | null;
  candidates: CandidateTrace[];
}

export function findSupervisor(
  ir: RoutingIR,
  world: World,
  operatorId: number,
  vacationTypes: readonly string[],
): SupervisorResult {
  const candidates: CandidateTrace[] = [];
  const considered = new Set<number>();

  const override = ir.supervisors.find((s) => s.user === operatorId);
  if (override) {
    const id = override.supervisor;
    considered.add(id);
    const why = id === operatorId ? 'SELF' : presence(id, world, vacationTypes);
    if (why === null) {
      candidates.push({ userId: id, as: 'supervisor', verdict: 'chosen', reasons: ['SUPERVISOR_OVERRIDE'] });
      return { userId: id, candidates };
    }
    candidates.push({ userId: id, as: 'supervisor', verdict: 'excluded', reasons: ['SUPERVISOR_OVERRIDE', why] });
  }

  const visited = new Set<number>();
  for (const start of worldUser(world, operatorId)?.departments ?? []) {
    let depId: number | null = start;
    while (depId !== null && !visited.has(depId)) {
      visited.add(depId);
      const dep = department(ir, world, depId);
      if (!dep) break;
      const head = dep.head;
      if (head !== null && !considered.has(head)) {
        considered.add(head);
        if (head === operatorId) {
          candidates.push({ userId: head, as: 'supervisor', verdict: 'passed-over', reasons: ['DEPARTMENT_HEAD', 'SELF'] });
        } else {
          const why = presence(head, world, vacationTypes);
          if (why === null) {
            candidates.push({ userId: head, as: 'supervisor', verdict: 'chosen', reasons: ['DEPARTMENT_HEAD'] });
            return { userId: head, candidates };
          }
          candidates.push({ userId: head, as: 'supervisor', verdict: 'excluded', reasons: ['DEPARTMENT_HEAD', why] });
        }
      }
      depId = dep.parent;
    }
  }
  return { userId: null, candidates };
}
