/**
 * validate: a spec value → every problem found in it, as diagnostics. Pure: no I/O, no clock.
 *
 * It never throws: the value may not match `RoutingSpecInput` (the loader hands over what it evaluated),
 * so missing lists count as empty and entries that are not objects are skipped.
 *
 * Where each code comes from:
 * - module.ts      B24R1060 module id, B24R1061 version, B24R1062 partner URL
 * - companies.ts   B24R1050 pipeline, B24R1051 no lines, B24R1052 no companies, B24R1065 phones,
 *                  B24R1080 / B24R1081 head of sales missing for a job / a notification
 * - clients.ts     B24R1058 VIP or office matching nobody, B24R1059 VIP escalation unused, B24R1055 on lines offered to all
 * - values.ts      B24R1063 ids, B24R1066 empty texts
 * - uniqueness.ts  B24R1010 duplicate ids, B24R1011 line in two companies, B24R1012 phone in two companies
 * - references.ts  B24R1001–B24R1006 unknown line, department, schedule, person, role, company
 * - structure.ts   B24R1040 supervisor cycle, B24R1041 own supervisor, B24R1042 department cycle
 * - time.ts        B24R1020–B24R1025 times, empty windows, dates, zones, holiday vs working day, breaks
 * - rules.ts       B24R1030–B24R1033 rules (unreachable via implies.ts), B24R1064 numbers in range
 * - keys.ts        B24R1067 unknown properties, with the closest known name
 */
import type { Diagnostic } from '../diagnostics/types.ts';
import type { RoutingSpecInput } from '../spec/types.ts';
import { rec } from './diag.ts';
import { checkClients } from './clients.ts';
import { checkCompanies } from './companies.ts';
import { checkModule } from './module.ts';
import { checkReferences } from './references.ts';
import { checkRules } from './rules.ts';
import { checkStructure } from './structure.ts';
import { checkTime } from './time.ts';
import { checkUniqueness } from './uniqueness.ts';
import { checkIdsAndTexts } from './values.ts';
import { checkKeys } from './keys.ts';

export { implies, neverHolds, type ImpliesOptions } from './implies.ts';

const CHECKS = [
  checkKeys,
  checkModule,
  checkCompanies,
  checkClients,
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
