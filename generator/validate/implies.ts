/**
 * A sound, syntactic implication check over rule conditions: `implies(a, b)` answers true only when every
 * situation where `a` holds is one where `b` holds. When unsure it answers false, so a `true` can be trusted
 * (an "unreachable rule" warning is never a false alarm) while a `false` proves nothing.
 *
 * Conditions are read into negation normal form: an object's keys are ANDed, `all` is an AND, `any` an OR,
 * `not` is pushed down to the atoms by De Morgan's laws. Atoms are never complemented (`not vacation: true`
 * is *not* taken to be `vacation: false`), since a fact may be unknown at run time (no time tracking, no
 * intranet); the reasoning is therefore sound whether an unknown fact makes an atom false or unknown.
 */
import { MINUTES_PER_WEEK, cover, covered, disjoint, parseWindow } from './clock.ts';
import { list, rec } from './diag.ts';

/** A condition in negation normal form. */
export type Node =
  | { readonly k: 'true' }
  | { readonly k: 'false' }
  | { readonly k: 'and'; readonly xs: readonly Node[] }
  | { readonly k: 'or'; readonly xs: readonly Node[] }
  | Atom;

/** A key of a condition object with its value, possibly negated. `zone` is the resolved zone of a `time` atom. */
export interface Atom {
  readonly k: 'atom';
  readonly key: string;
  readonly value: unknown;
  readonly neg: boolean;
  readonly zone?: string;
}

const TRUE: Node = { k: 'true' };
const FALSE: Node = { k: 'false' };

export interface ImpliesOptions {
  /** The spec's time zone, the zone of `time` conditions that give none. */
  timeZone?: string;
}

/** Whether condition `a` holding guarantees that condition `b` holds. Conservative: unsure → false. */
export function implies(a: unknown, b: unknown, options: ImpliesOptions = {}): boolean {
  return new Reasoner().implies(toNode(a, options), toNode(b, options));
}

/** Whether the condition surely never holds (by its own parts, without looking at the world). */
export function neverHolds(c: unknown, options: ImpliesOptions = {}): boolean {
  return new Reasoner().never(toNode(c, options));
}

/** Reads a condition value into a node; a malformed part becomes an atom that only implies itself. */
export function toNode(c: unknown, options: ImpliesOptions = {}): Node {
  const cond = rec(c);
  if (!cond) return atom('?', c, options);
  const parts: Node[] = [];
  for (const [key, value] of Object.entries(cond)) {
    if (value === undefined) continue;
    if ((key === 'all' || key === 'any') && Array.isArray(value)) {
      const xs = list(value).map((x) => toNode(x, options));
      parts.push(key === 'all' ? and(xs) : or(xs));
    } else if (key === 'not' && rec(value)) {
      parts.push(negate(toNode(value, options)));
    } else {
      parts.push(atom(key, value, options));
    }
  }
  return and(parts);
}

function atom(key: string, value: unknown, options: ImpliesOptions): Atom {
  if (key !== 'time') return { k: 'atom', key, value, neg: false };
  const zone = rec(value)?.timeZone;
  return { k: 'atom', key, value, neg: false, zone: typeof zone === 'string' ? zone : options.timeZone ?? '' };
}

export function negate(n: Node): Node {
  switch (n.k) {
    case 'true': return FALSE;
    case 'false': return TRUE;
    case 'and': return or(n.xs.map(negate));
    case 'or': return and(n.xs.map(negate));
    case 'atom': return { ...n, neg: !n.neg };
  }
}

function and(xs: readonly Node[]): Node {
  const flat: Node[] = [];
  for (const x of xs) {
    if (x.k === 'false') return FALSE;
    if (x.k === 'and') flat.push(...x.xs);
    else if (x.k !== 'true') flat.push(x);
  }
  return flat.length === 0 ? TRUE : flat.length === 1 ? flat[0]! : { k: 'and', xs: flat };
}

function or(xs: readonly Node[]): Node {
  const flat: Node[] = [];
  for (const x of xs) {
    if (x.k === 'true') return TRUE;
    if (x.k === 'or') flat.push(...x.xs);
    else if (x.k !== 'false') flat.push(x);
  }
  return flat.length === 0 ? FALSE : flat.length === 1 ? flat[0]! : { k: 'or', xs: flat };
}

/** Implication between nodes, memoized per pair (conditions are small, but AND/OR search can revisit pairs). */
export class Reasoner {
  private readonly memo = new WeakMap<Node, WeakMap<Node, boolean>>();
  private readonly neverMemo = new WeakMap<Node, boolean>();

  implies(a: Node, b: Node): boolean {
    let row = this.memo.get(a);
    if (!row) this.memo.set(a, (row = new WeakMap()));
    const known = row.get(b);
    if (known !== undefined) return known;
    row.set(b, false); // a cycle cannot occur (the search only descends), but stay safe
    const result = this.compute(a, b);
    row.set(b, result);
    return result;
  }

  private compute(a: Node, b: Node): boolean {
    if (b.k === 'true' || a.k === 'false') return true;
    if (this.never(a)) return true;
    if (b.k === 'false') return false;
    if (b.k === 'and') return b.xs.every((y) => this.implies(a, y));
    if (a.k === 'or') return a.xs.every((x) => this.implies(x, b));
    if (a.k === 'atom' && b.k === 'atom') return atomImplies(a, b);
    return (a.k === 'and' && a.xs.some((x) => this.implies(x, b)))
      || (b.k === 'or' && b.xs.some((y) => this.implies(a, y)));
  }

  /** Surely never holds: `false`, an atom that can hold for nobody, or an AND of two parts that exclude each other. */
  never(n: Node): boolean {
    const known = this.neverMemo.get(n);
    if (known !== undefined) return known;
    let result = false;
    if (n.k === 'false') result = true;
    else if (n.k === 'atom') result = !n.neg && atomNever(n);
    else if (n.k === 'or') result = n.xs.every((x) => this.never(x));
    else if (n.k === 'and') {
      const atoms = n.xs.filter((x): x is Atom => x.k === 'atom');
      result = n.xs.some((x) => this.never(x))
        || atoms.some((x, i) => atoms.some((y, j) => j > i && atomImplies(x, { ...y, neg: !y.neg })));
    }
    this.neverMemo.set(n, result);
    return result;
  }
}

/** Implication between two (possibly negated) atoms. */
export function atomImplies(x: Atom, y: Atom): boolean {
  if (x.neg === y.neg && x.key === y.key && x.zone === y.zone && deepEqual(x.value, y.value)) return true;
  if (!x.neg && !y.neg) return atomNever(x) || positiveImplies(x, y);
  if (!x.neg && y.neg) return atomNever(x) || excludes(x, { ...y, neg: false });
  if (x.neg && y.neg) return positiveImplies({ ...y, neg: false }, { ...x, neg: false });
  return false; // not p ⇒ q: never claimed, since facts may be unknown
}

const SCALAR_KEYS = new Set(['vacation', 'online', 'schedule']);
const SET_KEYS = new Set(['workday', 'department', 'role']);

/** A positive atom that holds for nobody: an empty list, an empty count range, an empty time window. */
export function atomNever(x: Atom): boolean {
  if (SET_KEYS.has(x.key)) return Array.isArray(x.value) && x.value.length === 0;
  if (x.key === 'openDialogs') {
    const r = range(x.value);
    return r !== undefined && r.lo > r.hi;
  }
  if (x.key === 'time') {
    const c = coverage(x.value);
    return c !== undefined && c.every((m) => m === 0);
  }
  return false;
}

function positiveImplies(x: Atom, y: Atom): boolean {
  if (x.key !== y.key) return false;
  if (SCALAR_KEYS.has(x.key)) return isScalar(x.value) && x.value === y.value;
  if (SET_KEYS.has(x.key)) {
    const xs = members(x.value);
    const ys = members(y.value);
    return xs !== undefined && ys !== undefined && xs.every((v) => ys.includes(v));
  }
  if (x.key === 'openDialogs') {
    const rx = range(x.value);
    const ry = range(y.value);
    return rx !== undefined && ry !== undefined && ry.lo <= rx.lo && rx.hi <= ry.hi;
  }
  if (x.key === 'time') {
    const cx = coverage(x.value);
    const cy = coverage(y.value);
    return x.zone === y.zone && cx !== undefined && cy !== undefined && covered(cx, cy);
  }
  return false;
}

/** Whether two positive atoms can never hold together. */
function excludes(x: Atom, y: Atom): boolean {
  // Only atoms over the same fact: when `x` holds, that fact is known, so `y` is surely true or false.
  // (An atom that never holds may still leave its negation unknown when its fact is unknown.)
  if (x.key !== y.key) return false;
  if (atomNever(y)) return true;
  if (SCALAR_KEYS.has(x.key)) return isScalar(x.value) && isScalar(y.value) && x.value !== y.value;
  if (x.key === 'workday') {
    // One state at a time. Departments and roles are not exclusive: a person may be in several.
    const xs = members(x.value);
    const ys = members(y.value);
    return xs !== undefined && ys !== undefined && !xs.some((v) => ys.includes(v));
  }
  if (x.key === 'openDialogs') {
    const rx = range(x.value);
    const ry = range(y.value);
    return rx !== undefined && ry !== undefined && (rx.hi < ry.lo || ry.hi < rx.lo);
  }
  if (x.key === 'time') {
    const cx = coverage(x.value);
    const cy = coverage(y.value);
    return x.zone === y.zone && cx !== undefined && cy !== undefined && disjoint(cx, cy);
  }
  return false;
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** The values of a one-or-many atom, when all are scalars. */
function members(v: unknown): (string | number | boolean)[] | undefined {
  const xs: readonly unknown[] = Array.isArray(v) ? list(v) : [v];
  return xs.every(isScalar) ? (xs as (string | number | boolean)[]) : undefined;
}

/** `openDialogs` bounds; undefined when malformed. */
function range(v: unknown): { lo: number; hi: number } | undefined {
  const r = rec(v);
  if (!r) return undefined;
  const lo = r.atLeast === undefined ? 0 : r.atLeast;
  const hi = r.atMost === undefined ? Infinity : r.atMost;
  return typeof lo === 'number' && typeof hi === 'number' && !Number.isNaN(lo) && !Number.isNaN(hi) ? { lo, hi } : undefined;
}

/** Coverage by window text (value-keyed, so a spec edited between calls never sees a stale entry). */
const coverageCache = new Map<string, Uint8Array>();

/** The minutes of the week a `time` window covers; undefined when malformed. */
function coverage(v: unknown): Uint8Array | undefined {
  const w = rec(v);
  const parsed = w ? parseWindow(w) : undefined;
  if (!parsed) return undefined;
  const key = `${parsed.days.join(',')}|${parsed.from}|${parsed.to}`;
  let c = coverageCache.get(key);
  if (c === undefined) {
    if (coverageCache.size > 256) coverageCache.clear();
    c = cover(parsed, new Uint8Array(MINUTES_PER_WEEK));
    coverageCache.set(key, c);
  }
  return c;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  const ra = rec(a);
  const rb = rec(b);
  if (!ra || !rb) return false;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => deepEqual(ra[k], rb[k]));
}
