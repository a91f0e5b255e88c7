/**
 * `implies(a, b)`: every situation where `a` holds is one where `b` holds. It must never claim an implication
 * that does not hold (sound); where it cannot tell, it says false.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { implies, neverHolds } from '../../generator/validate/implies.ts';
import type { Condition } from '../../generator/spec/types.ts';

const ZONE = { timeZone: 'Europe/Moscow' };
type C = Condition | Record<string, unknown>;

const holds: [name: string, a: C, b: C][] = [
  ['anything implies the empty condition', { vacation: true, role: 'a' }, {}],
  ['a conjunction implies each of its keys', { vacation: true, online: false }, { vacation: true }],
  ['a value implies itself', { schedule: 'outside' }, { schedule: 'outside' }],
  ['a workday state implies a list holding it', { workday: 'opened' }, { workday: ['opened', 'paused'] }],
  ['fewer departments imply more', { department: [3] }, { department: [1, 3] }],
  ['one department implies the list of it', { department: 3 }, { department: [3] }],
  ['a role implies a list holding it', { role: 'a' }, { role: ['a', 'b'] }],
  ['a dialog range implies a wider one', { openDialogs: { atLeast: 3, atMost: 5 } }, { openDialogs: { atLeast: 2 } }],
  ['an upper bound implies a higher one', { openDialogs: { atMost: 5 } }, { openDialogs: { atLeast: 0, atMost: 10 } }],
  ['a window inside another', { time: { days: ['mon'], from: '10:00', to: '12:00' } }, { time: { days: 'weekdays', from: '09:00', to: '18:00' } }],
  ['early Saturday inside a Friday night window', { time: { days: ['sat'], from: '01:00', to: '02:00' } }, { time: { days: ['fri'], from: '22:00', to: '06:00' } }],
  ['early Monday inside a Sunday night window', { time: { days: ['mon'], from: '01:00', to: '02:00' } }, { time: { days: ['sun'], from: '22:00', to: '06:00' } }],
  ['a whole day implies every window covering it', { time: { days: ['tue'], from: '00:00', to: '24:00' } }, { time: { from: '00:00', to: '24:00' } }],
  ['a window in the spec zone written out', { time: { from: '10:00', to: '11:00', timeZone: 'Europe/Moscow' } }, { time: { from: '09:00', to: '12:00' } }],
  ['all implies each part', { all: [{ vacation: true }, { online: true }] }, { vacation: true }],
  ['a part implies any holding it', { vacation: true }, { any: [{ vacation: true }, { online: true }] }],
  ['any implies what each alternative implies', { any: [{ workday: 'opened' }, { workday: 'paused' }] }, { workday: ['opened', 'paused'] }],
  ['not of the broader implies not of the narrower', { not: { workday: ['opened', 'paused'] } }, { not: { workday: 'opened' } }],
  ['a state implies not being in another state', { workday: 'closed' }, { not: { workday: 'opened' } }],
  ['a value implies not having the other value', { online: false }, { not: { online: true } }],
  ['inside implies not outside', { schedule: 'inside' }, { not: { schedule: 'outside' } }],
  ['disjoint ranges exclude each other', { openDialogs: { atMost: 3 } }, { not: { openDialogs: { atLeast: 4 } } }],
  ['disjoint windows exclude each other', { time: { days: ['mon'], from: '09:00', to: '10:00' } }, { not: { time: { days: ['mon'], from: '10:00', to: '11:00' } } }],
  ['double negation', { not: { not: { vacation: true } } }, { vacation: true }],
  ['De Morgan: not any is all not', { not: { any: [{ online: true }, { vacation: true }] } }, { not: { online: true } }],
  ['an empty any (never holds) implies anything', { any: [] }, { vacation: true }],
  ['a contradiction implies anything', { vacation: true, not: { vacation: true } }, { online: true }],
  ['two exclusive states imply anything', { workday: 'opened', all: [{ workday: 'closed' }] }, { role: 'x' }],
  ['an empty department list implies anything', { department: [] }, { role: 'a' }],
  ['nested alternatives', { all: [{ any: [{ vacation: true }, { online: true }] }, { role: 'a' }] }, { any: [{ online: true }, { vacation: true }] }],
];

const unsure: [name: string, a: C, b: C][] = [
  ['a key does not imply a conjunction with more keys', { vacation: true }, { vacation: true, online: false }],
  ['the empty condition implies no key', {}, { vacation: true }],
  ['a list does not imply one of its members', { workday: ['opened', 'paused'] }, { workday: 'opened' }],
  ['not true is not taken as false (the fact may be unknown)', { not: { online: true } }, { online: false }],
  ['not on vacation is not taken as vacation: false', { not: { vacation: true } }, { vacation: false }],
  ['one department does not exclude another (people may be in several)', { department: 3 }, { not: { department: 4 } }],
  ['one role does not exclude another', { role: 'a' }, { not: { role: 'b' } }],
  ['windows in different zones', { time: { from: '10:00', to: '11:00', timeZone: 'Asia/Yekaterinburg' } }, { time: { from: '09:00', to: '12:00' } }],
  ['a window reaching past another', { time: { days: 'weekdays', from: '09:00', to: '18:00' } }, { time: { days: ['mon'], from: '10:00', to: '12:00' } }],
  ['early Saturday is not inside a Saturday night window', { time: { days: ['sat'], from: '01:00', to: '02:00' } }, { time: { days: ['sat'], from: '22:00', to: '06:00' } }],
  ['a range reaching below another', { openDialogs: { atLeast: 2 } }, { openDialogs: { atLeast: 3 } }],
  ['any does not imply one alternative', { any: [{ vacation: true }, { online: true }] }, { vacation: true }],
  ['a malformed time implies no window', { time: { from: '9', to: '10:00' } }, { time: { from: '08:00', to: '11:00' } }],
  ['an unknown key implies only itself', { foo: 1 }, { bar: 1 }],
  ['a condition does not imply its negation', { vacation: true }, { not: { vacation: true } }],
];

describe('implies', () => {
  it.each(holds)('holds: %s', (_name, a, b) => {
    expect(implies(a, b, ZONE)).toBe(true);
  });
  it.each(unsure)('does not claim: %s', (_name, a, b) => {
    expect(implies(a, b, ZONE)).toBe(false);
  });
});

// ---- Properties over generated conditions -------------------------------------------------------------

const STATES = ['not-started', 'opened', 'paused', 'closed'] as const;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const ZONES = { 'Europe/Moscow': 0, 'Asia/Yekaterinburg': 120 } as const;
const clock = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
const clockArb = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30)).map(([h, m]) => clock(h, m));
const oneOrMany = <T>(values: readonly T[]) => fc.oneof(fc.constantFrom(...values), fc.subarray([...values]));

const atoms = {
  vacation: fc.boolean(),
  online: fc.boolean(),
  workday: oneOrMany(STATES),
  department: oneOrMany([1, 2, 3]),
  role: oneOrMany(['a', 'b', 'c']),
  schedule: fc.constantFrom('inside', 'outside'),
  time: fc.record(
    {
      days: fc.oneof(fc.constantFrom('weekdays', 'weekend', 'daily'), fc.subarray([...DAYS], { minLength: 1 })),
      from: clockArb,
      to: fc.oneof(clockArb, fc.constant('24:00')),
      timeZone: fc.constantFrom(...(Object.keys(ZONES) as (keyof typeof ZONES)[])),
    },
    { requiredKeys: ['from', 'to'] },
  ),
  openDialogs: fc.record({ atLeast: fc.nat(4), atMost: fc.nat(4) }, { requiredKeys: [] }),
};

/** A condition: one atom (often), or one to three keys among atoms and combinators, nested up to `depth`. */
function conditionArb(depth: number): fc.Arbitrary<Record<string, unknown>> {
  const single = fc.oneof(...Object.entries(atoms).map(([k, arb]) => (arb as fc.Arbitrary<unknown>).map((v) => ({ [k]: v }))));
  if (depth === 0) return single;
  const sub = conditionArb(depth - 1);
  const parts: Record<string, fc.Arbitrary<unknown>> = {
    ...atoms,
    all: fc.array(sub, { maxLength: 2 }),
    any: fc.array(sub, { maxLength: 2 }),
    not: sub,
  };
  const several = fc.uniqueArray(fc.constantFrom(...Object.keys(parts)), { minLength: 1, maxLength: 3 })
    .chain((keys) => fc.record(Object.fromEntries(keys.map((k) => [k, parts[k]!]))));
  return fc.oneof({ arbitrary: single, weight: 2 }, { arbitrary: several, weight: 1 });
}
const condition = conditionArb(2);

/** A situation; null facts are unknown (no time tracking, no intranet). */
interface Situation {
  vacation: boolean | null;
  online: boolean;
  workday: (typeof STATES)[number] | null;
  departments: number[] | null;
  roles: string[];
  schedule: 'inside' | 'outside' | null;
  /** Minute of the week in the spec zone (Moscow), Monday 00:00 = 0. */
  minute: number;
  openDialogs: number;
}
const situation: fc.Arbitrary<Situation> = fc.record({
  vacation: fc.option(fc.boolean()),
  online: fc.boolean(),
  workday: fc.option(fc.constantFrom(...STATES)),
  departments: fc.option(fc.subarray([1, 2, 3])),
  roles: fc.subarray(['a', 'b', 'c']),
  schedule: fc.option(fc.constantFrom('inside' as const, 'outside' as const)),
  minute: fc.integer({ min: 0, max: 7 * 48 - 1 }).map((half) => half * 30),
  openDialogs: fc.nat(6),
});

type K = boolean | null;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
const minutes = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

/** Reference semantics, written independently of the implementation: Kleene logic over unknown facts. */
function evaluate(c: unknown, s: Situation): K {
  const cond = c as Record<string, unknown>;
  const parts: K[] = [];
  for (const [key, v] of Object.entries(cond)) {
    if (v === undefined) continue;
    parts.push(atom(key, v, s));
  }
  return parts.includes(false) ? false : parts.includes(null) ? null : true;
}

function atom(key: string, v: unknown, s: Situation): K {
  switch (key) {
    case 'vacation': return s.vacation === null ? null : s.vacation === v;
    case 'online': return s.online === v;
    case 'workday': return s.workday === null ? null : list(v).includes(s.workday);
    case 'department': return s.departments === null ? null : list(v).some((d) => s.departments!.includes(d as number));
    case 'role': return list(v).some((r) => s.roles.includes(r as string));
    case 'schedule': return s.schedule === null ? null : s.schedule === v;
    case 'openDialogs': {
      const r = v as { atLeast?: number; atMost?: number };
      return s.openDialogs >= (r.atLeast ?? 0) && s.openDialogs <= (r.atMost ?? Infinity);
    }
    case 'time': {
      const w = v as { days?: string | string[]; from: string; to: string; timeZone?: keyof typeof ZONES };
      const week = 7 * 1440;
      const local = (s.minute + ZONES[w.timeZone ?? 'Europe/Moscow']) % week;
      const days: readonly string[] = w.days === undefined || w.days === 'daily' ? DAYS : w.days === 'weekdays' ? DAYS.slice(0, 5)
        : w.days === 'weekend' ? DAYS.slice(5) : (w.days as string[]);
      const from = minutes(w.from);
      const to = minutes(w.to);
      const length = to === from ? 0 : to > from ? to - from : 1440 - from + to;
      return days.some((d) => {
        const start = DAYS.indexOf(d as (typeof DAYS)[number]) * 1440 + from;
        return (local - start + week) % week < length;
      });
    }
    case 'all': return (v as unknown[]).map((x) => evaluate(x, s)).reduce<K>((acc, x) => (acc === false || x === false ? false : acc === null || x === null ? null : true), true);
    case 'any': return (v as unknown[]).map((x) => evaluate(x, s)).reduce<K>((acc, x) => (acc === true || x === true ? true : acc === null || x === null ? null : false), false);
    case 'not': {
      const x = evaluate(v, s);
      return x === null ? null : !x;
    }
    default: throw new Error(`unexpected key ${key}`);
  }
}

/** The same with unknown facts read as false at the atoms and `not` as plain negation. */
function evaluateClassical(c: unknown, s: Situation): boolean {
  const known: Situation = { ...s, vacation: s.vacation ?? false, workday: s.workday, departments: s.departments ?? [], schedule: s.schedule };
  const go = (x: unknown): boolean => Object.entries(x as Record<string, unknown>).every(([key, v]) => {
    if (v === undefined) return true;
    if (key === 'all') return (v as unknown[]).every(go);
    if (key === 'any') return (v as unknown[]).some(go);
    if (key === 'not') return !go(v);
    if (key === 'vacation' && s.vacation === null) return false;
    return atom(key, v, known) === true;
  });
  return go(c);
}

describe('implies, over generated conditions', () => {
  it('a condition implies itself', () => {
    fc.assert(fc.property(condition, (a) => implies(a, a, ZONE)), { numRuns: 1000 });
  });

  it('a condition implies the empty condition', () => {
    fc.assert(fc.property(condition, (a) => implies(a, {}, ZONE)), { numRuns: 1000 });
  });

  it('all of a and c implies a, and a implies any of a and c', () => {
    fc.assert(fc.property(condition, condition, (a, c) => implies({ all: [a, c] }, a, ZONE) && implies(a, { any: [c, a] }, ZONE)), { numRuns: 1000 });
  });

  it('is sound: where a holds and a implies b, b holds (unknown facts stay unknown)', () => {
    fc.assert(fc.property(condition, condition, fc.array(situation, { minLength: 30, maxLength: 30 }), (a, b, situations) => {
      if (!implies(a, b, ZONE)) return true;
      return situations.every((s) => evaluate(a, s) !== true || evaluate(b, s) === true);
    }), { numRuns: 1000 });
  });

  it('is sound: where a holds and a implies b, b holds (unknown facts read as false)', () => {
    fc.assert(fc.property(condition, condition, fc.array(situation, { minLength: 30, maxLength: 30 }), (a, b, situations) => {
      if (!implies(a, b, ZONE)) return true;
      return situations.every((s) => !evaluateClassical(a, s) || evaluateClassical(b, s));
    }), { numRuns: 1000 });
  });

  it('is sound on atoms of one key, where implications are common', () => {
    const sameKey = fc.constantFrom(...Object.keys(atoms)).chain((key) =>
      fc.tuple(...[0, 1].map(() => (atoms[key as keyof typeof atoms] as fc.Arbitrary<unknown>).map((v) => ({ [key]: v })))));
    const maybeNot = (c: Record<string, unknown>, negate: boolean) => (negate ? { not: c } : c);
    fc.assert(fc.property(sameKey, fc.boolean(), fc.boolean(), fc.array(situation, { minLength: 60, maxLength: 60 }), ([x, y], nx, ny, situations) => {
      const a = maybeNot(x!, nx);
      const b = maybeNot(y!, ny);
      if (!implies(a, b, ZONE)) return true;
      return situations.every((s) => (evaluate(a, s) !== true || evaluate(b, s) === true) && (!evaluateClassical(a, s) || evaluateClassical(b, s)));
    }), { numRuns: 3000 });
  });

  it('says a condition never holds only when no situation satisfies it', () => {
    fc.assert(fc.property(condition, fc.array(situation, { minLength: 30, maxLength: 30 }), (a, situations) => {
      if (!neverHolds(a, ZONE)) return true;
      return situations.every((s) => evaluate(a, s) !== true && !evaluateClassical(a, s));
    }), { numRuns: 1000 });
  });
});
