/**
 * validate: a spec value → every problem found in it, as diagnostics. Pure: no I/O, no clock.
 *
 * It never throws: the value may not match `RoutingSpecInput` (the loader hands over what it evaluated),
 * so missing lists count as empty and entries that are not objects are skipped.
 */
import type { Diagnostic } from '../diagnostics/types.ts';
import type { RoutingSpecInput } from '../spec/types.ts';
import { rec } from './diag.ts';
import { checkCompanies } from './companies.ts';
import { checkModule } from './module.ts';
import { checkReferences } from './references.ts';
import { checkRules } from './rules.ts';
import { checkStructure } from './structure.ts';
import { checkTime } from './time.ts';
import { checkUniqueness } from './uniqueness.ts';
import { checkIdsAndTexts } from './values.ts';

export { implies, neverHolds, type ImpliesOptions } from './implies.ts';

const CHECKS = [
  checkModule,
  checkCompanies,
  checkIdsAndTexts,
  checkUniqueness,
  checkReferences,
  checkStructure,
  checkTime,
  checkRules,
] as const;

export function validate(spec: RoutingSpecInput): Diagnostic[] {
  const value = rec(spec as unknown) ?? {};
  const found: Diagnostic[] = [];
  const out = (d: Diagnostic): void => {
    found.push(d);
  };
  for (const check of CHECKS) {
    try {
      check(value, out);
    } catch {
      // A value shaped in a way no check foresaw (e.g. a throwing getter): keep what the other checks find.
    }
  }
  return found;
}
