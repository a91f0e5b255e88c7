/** Reference-model throughput: decisions per second over a fixed sample of generated worlds and events. */
import fc from 'fast-check';
import { decide } from '../generator/model/decide.ts';
import { caseArb } from '../test/model/arbitraries.ts';

export function benchDecide(_spec: string, count = 20_000): { count: number; perSecond: number } {
  const cases = fc.sample(caseArb, { seed: 424242, numRuns: count });
  for (const c of cases.slice(0, 500)) decide(c.ir, c.world, c.event);
  const start = process.hrtime.bigint();
  for (const c of cases) decide(c.ir, c.world, c.event);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { count, perSecond: count / seconds };
}
