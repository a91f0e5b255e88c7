/**
 * Rule conditions compiled to PHP for the generated `Rules` class of the decision core.
 *
 * A rule method reads a `Facts` object `$f` and returns null when its condition holds, else the kind of
 * the first failing atom (`any` / `not` for those nodes) — the model's `evaluateCondition(...).failed`.
 * An `all` (at any depth) becomes a sequence of guard statements, one per child, so the first failing
 * child names itself; `any` and `not` are single guards over a boolean expression of their children.
 */
import type { ActionIR, ConditionIR, WorkdayStateIR } from '../../ir/types.ts';
import { windowText } from './schedule-text.ts';
import { phpString, phpValue } from './values.ts';

type Atom = Exclude<ConditionIR, { kind: 'always' | 'all' | 'any' | 'not' }>;

/** A PHP boolean expression; `simple` when it can take a `!` without parentheses. */
interface Expr {
  php: string;
  simple: boolean;
}

const simple = (php: string): Expr => ({ php, simple: true });
const compound = (php: string): Expr => ({ php, simple: false });

function not(e: Expr): Expr {
  if (e.php === 'true') return simple('false');
  if (e.php === 'false') return simple('true');
  return simple(e.simple ? `!${e.php}` : `!(${e.php})`);
}

/** `in_array` for one wanted value, `Facts::intersects` for several, `false` for none. */
function anyOf(values: readonly (number | string)[], present: string): Expr {
  if (values.length === 0) return simple('false');
  if (values.length === 1) return simple(`in_array(${phpValue(values[0])}, ${present}, true)`);
  return simple(`Facts::intersects(${phpValue(values)}, ${present})`);
}

const WORKDAY_STATES: readonly WorkdayStateIR[] = ['not-started', 'opened', 'paused', 'closed'];

/** The atom as [holds, fails]: two expressions, each written the readable way round. */
function atom(c: Atom): [Expr, Expr] {
  switch (c.kind) {
    case 'vacation':
    case 'online': {
      const fact = simple(`$f->${c.kind}`);
      return c.value ? [fact, not(fact)] : [not(fact), fact];
    }
    case 'workday': {
      // The fact is `unknown` when time tracking cannot tell; no listed state matches it.
      const states = c.states.filter((s) => WORKDAY_STATES.includes(s));
      if (states.length === 1) {
        const s = phpString(states[0]!);
        return [compound(`$f->workday === ${s}`), compound(`$f->workday !== ${s}`)];
      }
      const holds = states.length === 0 ? simple('false') : simple(`in_array($f->workday, ${phpValue(states)}, true)`);
      return [holds, not(holds)];
    }
    case 'department': {
      const holds = anyOf(c.ids, '$f->departments');
      return [holds, not(holds)];
    }
    case 'role': {
      const holds = anyOf(c.ids, '$f->roles');
      return [holds, not(holds)];
    }
    case 'schedule': {
      // Without a schedule the fact is null, and neither `inside` nor `outside` holds.
      const value = c.inside ? 'true' : 'false';
      return [compound(`$f->insideSchedule === ${value}`), compound(`$f->insideSchedule !== ${value}`)];
    }
    case 'time': {
      const w = c.window;
      const holds = simple(`Schedule::insideWindow(${phpValue(w.days)}, ${w.from}, ${w.to}, ${phpString(c.timeZone)}, $f->now)`);
      return [holds, not(holds)];
    }
    case 'openDialogs': {
      const low = `$f->openDialogs >= ${c.atLeast}`;
      const lowFails = `$f->openDialogs < ${c.atLeast}`;
      if (c.atMost === null) return [compound(low), compound(lowFails)];
      return [compound(`${low} && $f->openDialogs <= ${c.atMost}`), compound(`${lowFails} || $f->openDialogs > ${c.atMost}`)];
    }
  }
}

function join(parts: Expr[], op: '&&' | '||', empty: 'true' | 'false'): Expr {
  if (parts.length === 0) return simple(empty);
  if (parts.length === 1) return parts[0]!;
  return compound(parts.map((p) => (p.simple ? p.php : `(${p.php})`)).join(` ${op} `));
}

function expr(c: ConditionIR): Expr {
  switch (c.kind) {
    case 'always':
      return simple('true');
    case 'all':
      return join(c.of.map(expr), '&&', 'true');
    case 'any':
      return join(c.of.map(expr), '||', 'false');
    case 'not':
      return not(expr(c.of));
    default:
      return atom(c)[0];
  }
}

/** A PHP boolean expression that is true exactly when the condition holds. */
export function conditionExpr(c: ConditionIR): string {
  return expr(c).php;
}

function guard(fails: Expr, kind: string): string {
  return `if (${fails.php}) { return ${phpString(kind)}; }`;
}

/** Guards longer than this are laid out one operand per line. */
export const MAX_GUARD_LENGTH = 120;

/**
 * A guard over a join of operands (`a || b`, or `!(a || b)` when negated), one operand per line when
 * long. Falls back to the one-line guard for fewer than two operands.
 */
function joinGuard(of: readonly ConditionIR[], op: '&&' | '||', negate: boolean, kind: string): string[] {
  const whole = join(of.map(expr), op, op === '&&' ? 'true' : 'false');
  const line = guard(negate ? not(whole) : whole, kind);
  if (of.length < 2 || line.length <= MAX_GUARD_LENGTH) return [line];
  const parts = of.map(expr).map((p) => (p.simple ? p.php : `(${p.php})`));
  return [
    negate ? 'if (!(' : 'if (',
    ...parts.map((p, i) => `    ${i === 0 ? '' : `${op} `}${p}`),
    `${negate ? '))' : ')'} { return ${phpString(kind)}; }`,
  ];
}

/** Guard statements returning the failing kind; none for a condition that always holds. */
export function conditionLines(c: ConditionIR): string[] {
  switch (c.kind) {
    case 'always':
      return [];
    case 'all':
      return c.of.flatMap(conditionLines);
    case 'any':
      return joinGuard(c.of, '||', true, 'any');
    case 'not':
      if (c.of.kind === 'all') return joinGuard(c.of.of, '&&', false, 'not');
      if (c.of.kind === 'any') return joinGuard(c.of.of, '||', false, 'not');
      return [guard(expr(c.of), 'not')];
    default:
      return [guard(atom(c)[1], c.kind)];
  }
}

/** The whole body of a rule method. */
export function ruleBody(c: ConditionIR): string[] {
  return [...conditionLines(c), 'return null;'];
}

/** A short English reading of a condition, for docblocks. */
export function conditionText(c: ConditionIR): string {
  const inner = (x: ConditionIR): string => (x.kind === 'all' || x.kind === 'any' ? `(${conditionText(x)})` : conditionText(x));
  switch (c.kind) {
    case 'always':
      return 'always';
    case 'all':
      return c.of.length === 0 ? 'always' : c.of.map(inner).join(' and ');
    case 'any':
      return c.of.length === 0 ? 'never (empty any)' : c.of.map(inner).join(' or ');
    case 'not':
      return `not ${inner(c.of)}`;
    case 'vacation':
      return c.value ? 'on vacation' : 'not on vacation';
    case 'online':
      return c.value ? 'online' : 'offline';
    case 'workday':
      return `workday ${c.states.join(' or ')}`;
    case 'department':
      return `in department ${c.ids.join(' or ')}`;
    case 'role':
      return `has role ${c.ids.join(' or ')}`;
    case 'schedule':
      return c.inside ? 'inside their schedule' : 'outside their schedule';
    case 'time':
      return `time ${windowText(c.window, 'en')} (${c.timeZone})`;
    case 'openDialogs':
      return c.atMost === null ? `open dialogs >= ${c.atLeast}` : `open dialogs ${c.atLeast}..${c.atMost}`;
  }
}

/** A short English reading of an action, for docblocks. */
export function actionText(a: ActionIR): string {
  const head = a.type === 'user' ? `user ${a.target}` : a.type === 'line' ? `line ${a.target}` : a.type;
  const notify = a.notify ? `, notify ${a.notify.to.join(', ')}` : '';
  return `${head}${a.comment !== null ? ', comment' : ''}${notify}`;
}
