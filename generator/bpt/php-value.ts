/**
 * PHP values as `serialize()` writes them, without objects: null, bool, int, float, string, array.
 * A PHP array keeps its keys' insertion order, integer keys included, so it is held as an entry list.
 * Strings are kept as bytes-faithful JS strings (UTF-8 on the wire); `serialize` counts UTF-8 bytes.
 */

export type PhpKey = number | string;

export class PhpArray {
  constructor(readonly entries: [PhpKey, PhpValue][] = []) {}

  get(key: PhpKey): PhpValue | undefined {
    const k = normalizeKey(key);
    return this.entries.find(([e]) => e === k)?.[1];
  }

  /** Whether the keys are 0, 1, …, n−1 in this order (`array_is_list`). */
  isList(): boolean {
    return this.entries.every(([k], i) => k === i);
  }

  static list(values: PhpValue[]): PhpArray {
    return new PhpArray(values.map((v, i) => [i, v]));
  }

  /** From string-keyed pairs; keys PHP reads as integers (`"5"`) become integers, as `$a["5"]` does. */
  static of(record: Record<string, PhpValue>): PhpArray {
    return new PhpArray(Object.entries(record).map(([k, v]) => [normalizeKey(k), v]));
  }
}

/** A float, kept apart from ints (`1.0` is not `1` in PHP). */
export class PhpFloat {
  constructor(readonly value: number) {}
}

export type PhpValue = null | boolean | number | string | PhpFloat | PhpArray;

const DECIMAL_INT = /^(0|-?[1-9][0-9]*)$/;

/** PHP's key cast: a decimal-integer string within the int range is an int key; other strings stay. */
export function normalizeKey(key: PhpKey): PhpKey {
  if (typeof key === 'number') return key;
  if (DECIMAL_INT.test(key)) {
    const n = Number(key);
    if (Number.isSafeInteger(n) && String(n) === key) return n;
  }
  return key;
}

export function isPhpArray(v: PhpValue | undefined): v is PhpArray {
  return v instanceof PhpArray;
}

/** Deep structural equality (types included: int 1 ≠ float 1.0 ≠ "1"). */
export function phpEquals(a: PhpValue, b: PhpValue): boolean {
  if (a instanceof PhpFloat || b instanceof PhpFloat) {
    return a instanceof PhpFloat && b instanceof PhpFloat && Object.is(a.value, b.value);
  }
  if (a instanceof PhpArray || b instanceof PhpArray) {
    if (!(a instanceof PhpArray && b instanceof PhpArray) || a.entries.length !== b.entries.length) return false;
    return a.entries.every(([k, v], i) => b.entries[i]![0] === k && phpEquals(v, b.entries[i]![1]));
  }
  return a === b;
}
