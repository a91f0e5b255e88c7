/**
 * The validator never throws: the loader may hand it a spec that failed type-checking. Any node of the
 * valid fixture replaced by any value still yields well-formed diagnostics, from every check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODES, type DiagnosticCode } from '../../generator/diagnostics/codes.ts';
import type { Diagnostic } from '../../generator/diagnostics/types.ts';
import type { RoutingSpecInput } from '../../generator/spec/types.ts';
import { checkCompanies } from '../../generator/validate/companies.ts';
import { validate } from '../../generator/validate/index.ts';
import { checkModule } from '../../generator/validate/module.ts';
import { checkReferences } from '../../generator/validate/references.ts';
import { checkRules } from '../../generator/validate/rules.ts';
import { checkStructure } from '../../generator/validate/structure.ts';
import { checkTime } from '../../generator/validate/time.ts';
import { checkUniqueness } from '../../generator/validate/uniqueness.ts';
import { checkIdsAndTexts } from '../../generator/validate/values.ts';
import { validSpec, type Draft } from '../fixtures/valid-spec.ts';

const CHECKS = [checkModule, checkCompanies, checkIdsAndTexts, checkUniqueness, checkReferences, checkStructure, checkTime, checkRules];

/** Every path to a node of a value (objects and arrays are walked). */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, Array.isArray(value) ? Number(k) : k]));
  }
  return out;
}

function replaced(path: readonly (string | number)[], value: unknown): Draft {
  if (path.length === 0) return value;
  const spec: Draft = structuredClone(validSpec());
  let node: Draft = spec;
  for (const seg of path.slice(0, -1)) node = node[seg];
  node[path[path.length - 1]!] = value;
  return spec;
}

function wellFormed(d: Diagnostic): void {
  expect(Object.keys(CODES)).toContain(d.code);
  expect(d.severity).toBe(CODES[d.code as DiagnosticCode].severity);
  expect(typeof d.message).toBe('string');
  expect(d.fix?.length ?? 0).toBeGreaterThan(0);
  expect(Array.isArray(d.path)).toBe(true);
}

const all = paths(validSpec());

/** Runs every check on its own (`validate` would hide a throwing check behind the others' results). */
function runEach(spec: Draft): void {
  const root = typeof spec === 'object' && spec !== null && !Array.isArray(spec) ? spec : {};
  for (const check of CHECKS) check(root, (d) => wellFormed(d));
}

describe('validate: malformed specs', () => {
  it.each([
    ['null', null], ['a number', 42], ['a string', 'spec'], ['an array', []], ['an empty object', {}],
  ])('copes with %s as the whole spec', (_name, value) => {
    const found = validate(value as unknown as RoutingSpecInput);
    found.forEach(wellFormed);
    expect(found.map((d) => d.code)).toContain('B24R1052');
  });

  it('copes with any value at any node of a valid spec', () => {
    fc.assert(fc.property(fc.nat(all.length - 1), fc.anything({ withNullPrototype: true, withSparseArray: true }), (i, value) => {
      const spec = replaced(all[i]!, value);
      runEach(spec);
      validate(spec).forEach(wellFormed);
    }), { numRuns: 1000 });
  });

  it('copes with nodes of one kind put where another kind belongs', () => {
    const nodes = all.map((p) => p.reduce<Draft>((n, seg) => n[seg], validSpec()));
    fc.assert(fc.property(fc.nat(all.length - 1), fc.nat(all.length - 1), (i, j) => {
      const spec = replaced(all[i]!, structuredClone(nodes[j]));
      runEach(spec);
      validate(spec).forEach(wellFormed);
    }), { numRuns: 1000 });
  });
});
