/**
 * The module's own choice among the available members of a line's queue (`lines[].strategy`), which the
 * portal lacks: the least loaded, or a weighted round robin over the day. Ties go by the line's mode.
 */
import type { LineIR } from '../ir/types.ts';
import { worldUser } from './lookup.ts';
import type { QueueEntry } from './route.ts';
import type { ReasonCode, World, WorldLine } from './types.ts';

export interface StrategyPick {
  userId: number;
  /** The reason of the one chosen, and of the others. */
  chosen: ReasonCode;
  others: ReasonCode;
}

export function byStrategy(
  line: LineIR, world: World, queue: WorldLine['queue'], available: QueueEntry[], tie: (a: QueueEntry, b: QueueEntry) => number,
): StrategyPick {
  const strategy = line.strategy!;
  if (strategy.type === 'weighted') {
    // the smallest share of today's dialogs per weight: a.today / a.weight < b.today / b.weight, in integers
    const weight = (id: number): number => strategy.weights.find((w) => w.userId === id)?.weight ?? 1;
    const today = (id: number): number => queue.find((q) => q.userId === id)?.today ?? 0;
    const share = (a: QueueEntry, b: QueueEntry): number => today(a.userId) * weight(b.userId) - today(b.userId) * weight(a.userId);
    const chosen = [...available].sort((a, b) => share(a, b) || tie(a, b))[0]!;
    return { userId: chosen.userId, chosen: 'WEIGHTED_TURN', others: 'AHEAD_OF_SHARE' };
  }
  const by = strategy.by;
  const load = (id: number): number => {
    const l = worldUser(world, id)?.load;
    return by === 'open-deals' ? l?.deals ?? 0 : l?.dialogs ?? 0;
  };
  const chosen = [...available].sort((a, b) => load(a.userId) - load(b.userId) || tie(a, b))[0]!;
  return { userId: chosen.userId, chosen: 'LEAST_LOADED', others: 'MORE_LOADED' };
}
