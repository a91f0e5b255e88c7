/**
 * Walking the places of a spec that hold conditions and actions: the availability check's rules and fallback.
 */
import type { Path } from './diag.ts';
import { list, rec, records } from './diag.ts';

/** The keys of a condition object whose values are sub-conditions. */
export const COMBINATORS = ['all', 'any', 'not'] as const;

/**
 * Calls `visit` for every condition object (plain object) in a rule's `when`, outermost first, with its path.
 * Non-objects are skipped.
 */
export function walkCondition(
  value: unknown,
  path: Path,
  visit: (cond: Record<string, unknown>, path: Path) => void,
): void {
  const cond = rec(value);
  if (!cond) return;
  visit(cond, path);
  for (const key of ['all', 'any'] as const) {
    list(cond[key]).forEach((sub, i) => walkCondition(sub, [...path, key, i], visit));
  }
  if (cond.not !== undefined) walkCondition(cond.not, [...path, 'not'], visit);
}

/** Every condition object of the spec's rules, with its path. */
export function forEachCondition(
  spec: Record<string, unknown>,
  visit: (cond: Record<string, unknown>, path: Path) => void,
): void {
  const check = rec(spec.availabilityCheck);
  if (!check) return;
  for (const { item: rule, index } of records(check.rules)) {
    walkCondition(rule.when, ['availabilityCheck', 'rules', index, 'when'], visit);
  }
}

/** Every action of the spec (each rule's `then` and the fallback), with its path. */
export function forEachAction(
  spec: Record<string, unknown>,
  visit: (action: Record<string, unknown>, path: Path) => void,
): void {
  const check = rec(spec.availabilityCheck);
  if (!check) return;
  for (const { item: rule, index } of records(check.rules)) {
    const then = rec(rule.then);
    if (then) visit(then, ['availabilityCheck', 'rules', index, 'then']);
  }
  const fallback = rec(check.fallback);
  if (fallback) visit(fallback, ['availabilityCheck', 'fallback']);
}

/** A value that is a single item or a list of them, as a list. */
export function oneOrMany(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? (v as readonly unknown[]) : [v];
}
