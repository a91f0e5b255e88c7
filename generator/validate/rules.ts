/**
 * The availability check: rules exist and can each decide, conditions can hold, numbers are in range
 * (B24R1030–B24R1033, B24R1064).
 */
import { capital, diag, label, list, rec, records, show, type Path, type Sink } from './diag.ts';
import { parseWindow } from './clock.ts';
import { walkCondition } from './conditions.ts';
import { Reasoner, toNode, type Node } from './implies.ts';

export function checkRules(spec: Record<string, unknown>, out: Sink): void {
  checkSyncNumbers(spec, out);
  const check = rec(spec.availabilityCheck);
  if (!check) return;
  const at: Path = ['availabilityCheck'];

  if (check.delayMinutes !== undefined) {
    const d = check.delayMinutes;
    if (!(typeof d === 'number' && Number.isInteger(d) && d >= 1 && d <= 1440)) {
      out(diag('B24R1064', [...at, 'delayMinutes'], `The check delay ${show(d)} is not a whole number of minutes from 1 to 1440.`,
        'Set `delayMinutes` to a whole number of minutes between 1 and 1440 (a day), e.g. 3.'));
    }
  }

  const rules = records(check.rules);
  if (rules.length === 0) {
    out(diag('B24R1033', [...at, 'rules'], 'The availability check has no rules, so it never does anything but the fallback.',
      "Add a rule, e.g. { name: 'On vacation → supervisor', when: { vacation: true }, then: { action: 'supervisor' } }, or remove `availabilityCheck`."));
  }
  if (check.fallback === undefined) {
    out(diag('B24R1031', at, 'The availability check has no `fallback`: when no rule holds, the operator keeps the dialog.',
      "Write what happens when no rule holds, e.g. `fallback: { action: 'keep' }`."));
  }

  const zone = typeof spec.timeZone === 'string' ? { timeZone: spec.timeZone } : {};
  const reasoner = new Reasoner();
  const compiled: { node: Node; index: number; name: unknown; never: boolean }[] = [];
  for (const { item: rule, index } of rules) {
    const when: Path = [...at, 'rules', index, 'when'];
    const found = checkAtoms(rule.when, when, out);
    if (!rec(rule.when)) continue;
    const node = toNode(rule.when, zone);
    const never = reasoner.never(node);
    if (never && !found) {
      out(diag('B24R1032', when, `The condition of ${label('rule', index, rule.name)} can never hold: its parts contradict each other.`,
        'Remove the contradicting part, or split the rule into rules that can each hold.'));
    }
    if (!never) {
      const earlier = compiled.find((e) => !e.never && reasoner.implies(node, e.node));
      if (earlier) {
        const self = label('rule', index, rule.name);
        const other = label('rule', earlier.index, earlier.name);
        out(diag('B24R1030', when, `${capital(self)} can never decide: ${other} comes first and holds whenever it does.`,
          `Move ${self} above ${other}, narrow the condition of ${other}, or remove ${self}.`));
      }
    }
    compiled.push({ node, index, name: rule.name, never });
  }
}

/**
 * Conditions that can never hold (B24R1032) and out-of-range counts (B24R1064) anywhere in a `when`.
 * Returns whether it found a part that can never hold.
 */
function checkAtoms(when: unknown, path: Path, out: Sink): boolean {
  let found = false;
  const never = (p: Path, message: string, fix: string): void => {
    found = true;
    out(diag('B24R1032', p, message, fix));
  };
  walkCondition(when, path, (cond, p) => {
    for (const key of ['workday', 'department', 'role'] as const) {
      if (Array.isArray(cond[key]) && list(cond[key]).length === 0) {
        never([...p, key], `\`${key}: []\` can never hold: no ${key === 'workday' ? 'workday state' : key} is listed.`,
          `List at least one ${key === 'workday' ? 'state' : key}, or remove \`${key}\` to accept any.`);
      }
    }
    if (Array.isArray(cond.any) && cond.any.length === 0) {
      never([...p, 'any'], '`any: []` can never hold: it needs one of no conditions to hold.',
        'List the alternatives in `any`, or remove it.');
    }
    const not = rec(cond.not);
    if (not && toNode(not).k === 'true') {
      never([...p, 'not'], `\`not: ${show(cond.not)}\` can never hold: the negated condition always holds.`,
        'Remove the `not`, or put the condition that must not hold inside it.');
    }
    const time = rec(cond.time);
    const window = time ? parseWindow(time) : undefined;
    if (window && (window.days.length === 0 || window.from === window.to)) found = true; // B24R1021, from checkTime
    const dialogs = rec(cond.openDialogs);
    if (dialogs) {
      let valid = true;
      for (const bound of ['atLeast', 'atMost'] as const) {
        const v = dialogs[bound];
        if (v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= 0)) continue;
        valid = false;
        out(diag('B24R1064', [...p, 'openDialogs', bound], `\`openDialogs.${bound}\` is ${show(v)}, not a whole number from 0.`,
          `Set \`${bound}\` to a count of dialogs: 0, 1, 2, …`));
      }
      const lo = dialogs.atLeast;
      const hi = dialogs.atMost;
      if (valid && typeof lo === 'number' && typeof hi === 'number' && lo > hi) {
        never([...p, 'openDialogs'], `\`openDialogs: { atLeast: ${lo}, atMost: ${hi} }\` can never hold: at least ${lo} and at most ${hi} open dialogs.`,
          `Swap the bounds (atLeast: ${hi}, atMost: ${lo}) or make \`atLeast\` not greater than \`atMost\`.`);
      }
    }
  });
  return found;
}

/** The iterator's batch size (1–500 deals) and pace (1–1440 minutes). */
function checkSyncNumbers(spec: Record<string, unknown>, out: Sink): void {
  const iterator = rec(rec(spec.responsibleSync)?.iterator);
  if (!iterator) return;
  const at: Path = ['responsibleSync', 'iterator'];
  const range = (key: string, max: number, what: string, fix: string): void => {
    const v = iterator[key];
    if (v !== undefined && !(typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= max)) {
      out(diag('B24R1064', [...at, key], `${what} ${show(v)} is not a whole number from 1 to ${max}.`, fix));
    }
  };
  range('batchSize', 500, 'The batch size', 'Set `batchSize` to the deals one agent run handles, 1 to 500, e.g. 50.');
  range('everyMinutes', 1440, 'The pause', 'Set `everyMinutes` to the minutes between agent runs, 1 to 1440, e.g. 1.');
}
