/**
 * The supervisor overrides and the department tree have no cycles (B24R1040–B24R1042).
 */
import { diag, rec, records, show, type Sink } from './diag.ts';

/** An edge `from → to` declared by entry `index` of a list. */
interface Edge {
  from: unknown;
  to: unknown;
  index: number;
}

/**
 * The cycles of a graph where each node has at most one outgoing edge (the first declared one wins).
 * Each cycle is returned once, as its edges in order, starting from the edge declared first.
 */
export function findCycles(edges: readonly Edge[]): Edge[][] {
  const next = new Map<unknown, Edge>();
  for (const e of edges) if (!next.has(e.from)) next.set(e.from, e);
  const done = new Set<unknown>();
  const cycles: Edge[][] = [];
  for (const start of edges) {
    const path: Edge[] = [];
    const onPath = new Map<unknown, number>();
    let node: unknown = start.from;
    while (!done.has(node)) {
      const edge = next.get(node);
      if (!edge) break;
      onPath.set(node, path.length);
      path.push(edge);
      done.add(node);
      node = edge.to;
      const at = onPath.get(node);
      if (at !== undefined) {
        const cycle = path.slice(at);
        const first = cycle.reduce((best, e, k) => (e.index < (cycle[best]?.index ?? Infinity) ? k : best), 0);
        cycles.push([...cycle.slice(first), ...cycle.slice(0, first)]);
        break;
      }
    }
  }
  return cycles;
}

export function checkStructure(spec: Record<string, unknown>, out: Sink): void {
  const people = rec(spec.people);
  const names = new Map(records(people?.users).map(({ item }) => [item.id, item.name]));
  const person = (id: unknown): string => {
    const name = names.get(id);
    return typeof name === 'string' && name.trim() !== '' ? `${show(id)} (${name})` : show(id);
  };

  const overrides: Edge[] = [];
  for (const { item: s, index } of records(people?.supervisors)) {
    if (s.user === undefined || s.supervisor === undefined) continue;
    if (s.user === s.supervisor) {
      out(diag('B24R1041', ['people', 'supervisors', index, 'supervisor'], `User ${person(s.user)} is declared their own supervisor.`,
        `Set the supervisor of user ${show(s.user)} to somebody else, or remove the override to use the department structure.`));
      continue;
    }
    overrides.push({ from: s.user, to: s.supervisor, index });
  }
  for (const cycle of findCycles(overrides)) {
    const first = cycle[0]!;
    const chain = [...cycle.map((e) => person(e.from)), show(first.from)].join(' → ');
    const members = cycle.map((e) => show(e.from)).join(', ');
    out(diag('B24R1040', ['people', 'supervisors', first.index, 'supervisor'], `Supervisor overrides form a cycle: ${chain}.`,
      `Change or remove the override of one of users ${members}, so that the chain of supervisors ends at somebody without an override.`));
  }

  const parents: Edge[] = records(people?.departments)
    .filter(({ item }) => item.id !== undefined && item.parent !== undefined)
    .map(({ item, index }) => ({ from: item.id, to: item.parent, index }));
  for (const cycle of findCycles(parents)) {
    const first = cycle[0]!;
    const path = ['people', 'departments', first.index, 'parent'];
    if (cycle.length === 1) {
      out(diag('B24R1042', path, `Department ${show(first.from)} is declared its own parent.`,
        `Set the parent of department ${show(first.from)} to the department above it, or remove \`parent\`.`));
      continue;
    }
    const chain = [...cycle.map((e) => show(e.from)), show(first.from)].join(' → ');
    out(diag('B24R1042', path, `Department parents form a cycle: ${chain}.`,
      `Change the parent of one of departments ${cycle.map((e) => show(e.from)).join(', ')}, so that the chain ends at a department without a parent.`));
  }
}
