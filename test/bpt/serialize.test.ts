/**
 * PHP `serialize` in TypeScript: given/want tables of the exact text, reading errors, and a property
 * over random values checked against real PHP (7.4 and 8.4): b24route writes PHP's bytes, PHP reads
 * b24route's bytes back to the same bytes, and b24route reads PHP's bytes to the same value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PhpArray, PhpFloat, SerializeError, normalizeKey, phpEquals, phpFloatText, serialize, unserialize, type PhpKey, type PhpValue,
} from '../../generator/bpt/index.ts';
import { phpSide } from './php-run.ts';

const text: { name: string; given: PhpValue; want: string }[] = [
  { name: 'null', given: null, want: 'N;' },
  { name: 'booleans', given: PhpArray.list([true, false]), want: 'a:2:{i:0;b:1;i:1;b:0;}' },
  { name: 'negative int', given: -42, want: 'i:-42;' },
  { name: 'UTF-8 length in bytes', given: 'Сделка', want: 's:12:"Сделка";' },
  { name: 'quotes and semicolons need no escaping', given: 'a";b', want: 's:4:"a";b";' },
  { name: 'integer-like string keys become int keys', given: PhpArray.of({ '5': 'x', '05': 'y', '-3': 'z' }), want: 'a:3:{i:5;s:1:"x";s:2:"05";s:1:"y";i:-3;s:1:"z";}' },
  { name: 'key order is kept, ints after strings too', given: new PhpArray([['b', 1], [2, 2], [1, 3]]), want: 'a:3:{s:1:"b";i:1;i:2;i:2;i:1;i:3;}' },
  { name: 'float with an integral value', given: new PhpFloat(1), want: 'd:1;' },
];

const floats: { given: number; want: string }[] = [
  { given: 0.1, want: '0.1' }, { given: 1e25, want: '1.0E+25' }, { given: 1.5e25, want: '1.5E+25' }, { given: 1e-7, want: '1.0E-7' },
  { given: 1e16, want: '10000000000000000' }, { given: 1e17, want: '1.0E+17' }, { given: 0.0001, want: '0.0001' },
  { given: 0.00001, want: '1.0E-5' }, { given: 1.23e-5, want: '1.23E-5' }, { given: -0, want: '-0' }, { given: NaN, want: 'NAN' },
  { given: -Infinity, want: '-INF' }, { given: 123456789012345678, want: '1.2345678901234568E+17' }, { given: -2.5, want: '-2.5' },
];

describe('serialize', () => {
  it.each(text)('$name', ({ given, want }) => {
    expect(serialize(given).toString('utf8')).toBe(want);
    expect(phpEquals(unserialize(Buffer.from(want, 'utf8')), given)).toBe(true);
  });
  it.each(floats)('float $given → $want', ({ given, want }) => {
    expect(phpFloatText(given)).toBe(want);
  });
  it('refuses integers PHP could not get back exactly', () => {
    expect(() => serialize(2 ** 60)).toThrow(/PhpFloat/);
  });
});

const bad: { name: string; given: string; want: RegExp }[] = [
  { name: 'an object', given: 'a:1:{i:0;O:8:"stdClass":0:{}}', want: /objects are not allowed .*\(at byte 9\)/ },
  { name: 'a reference', given: 'a:2:{i:0;i:1;i:1;R:2;}', want: /references/ },
  { name: 'a string shorter than its length', given: 's:5:"abc";', want: /runs past the end|expected/ },
  { name: 'trailing bytes', given: 'i:1;i:2;', want: /trailing bytes after the value \(at byte 4\)/ },
  { name: 'a duplicate key', given: 'a:2:{i:1;N;s:1:"1";N;}', want: /duplicate array key 1/ },
  { name: 'a bad bool', given: 'b:2;', want: /bool must be 0 or 1/ },
  { name: 'truncated', given: 'a:2:{i:0;N;', want: /unexpected end of data/ },
  { name: 'invalid UTF-8', given: 's:1:"\xff";', want: /not valid UTF-8/ },
  { name: 'a huge int', given: 'i:9223372036854775807;', want: /beyond what b24route reads exactly/ },
];

describe('unserialize refuses', () => {
  it.each(bad)('$name', ({ given, want }) => {
    expect(() => unserialize(Buffer.from(given, 'latin1'))).toThrow(SerializeError);
    expect(() => unserialize(Buffer.from(given, 'latin1'))).toThrow(want);
  });
});

const keyArb: fc.Arbitrary<PhpKey> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom('Title', 'Name', 'Type', '0', '07', '-1', '', ' ', '{=Document:ID}'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const scalarArb: fc.Arbitrary<PhpValue> = fc.oneof(
  fc.constant(null), fc.boolean(), fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc.double().map((d) => new PhpFloat(d)),
  fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('Ответственный', '";s:1:"', 'a\nb\u0000c', '😀'),
);
const { value: valueArb } = fc.letrec<{ value: PhpValue; array: PhpArray }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalarArb, tie('array')),
  array: fc.array(fc.tuple(keyArb, tie('value')), { maxLength: 5 }).map((pairs) => {
    const seen = new Set<PhpKey>();
    return new PhpArray(pairs.map(([k, v]) => [normalizeKey(k), v] as [PhpKey, PhpValue]).filter(([k]) => !seen.has(k) && seen.add(k) !== undefined));
  }),
}));

describe.each(['8.4', '7.4'] as const)('serialize = PHP %s serialize', (version) => {
  it('writes PHP’s bytes, PHP reads ours, and we read PHP’s', { timeout: 120_000 }, async () => {
    const values = fc.sample(valueArb, { seed: 20261123, numRuns: version === '8.4' ? 1500 : 400 });
    const cases = values.map((value) => ({ value, ts: serialize(value), packed: null }));
    const php = await phpSide(version, cases);
    const wrong = cases.map((c, i) => ({ i, c, p: php[i]! })).filter(({ c, p }) =>
      !p.php.equals(c.ts) || p.back === null || !p.back.equals(c.ts) || !phpEquals(unserialize(p.php), c.value));
    expect(wrong.slice(0, 3).map(({ i, c, p }) => ({ i, ts: c.ts.toString('utf8'), php: p.php.toString('utf8') }))).toEqual([]);
  });
});
