/**
 * Walking the places of a spec that hold conditions and actions: the availability check's rules and fallback.
 */
import { label, list, rec, records, type Path } from './diag.ts';

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

/** `rule 3 "Name"` for a path inside rule 3, `the fallback` for a path inside the fallback. */
export function ownerOf(spec: Record<string, unknown>, path: Path): string {
  const index = path[2];
  if (path[1] !== 'rules' || typeof index !== 'number') return 'the fallback';
  const rule = rec(list(rec(spec.availabilityCheck)?.rules)[index]);
  return label('rule', index, rule?.name);
}

/** A value that is a single item or a list of them, as a list. */
export function oneOrMany(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? list(v) : [v];
}
