import { describe, expect, it } from 'vitest';
import { validate } from '../../generator/validate/index.ts';
import example from '../../examples/000-multi-company-openlines/routing.ts';
import { validSpec, withChange } from '../fixtures/valid-spec.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('validate: a valid spec', () => {
  it('finds nothing in the fixture', () => {
    expect(validate(validSpec())).toEqual([]);
  });

  it('finds no error in the shipped example', () => {
    expect(validate(example).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('neither changes the spec nor depends on anything but it', () => {
    const spec = withChange((s) => { s.companies[1].lines.push({ id: 1 }); s.timeZone = 'Mars/Olympus'; });
    const before = structuredClone(spec);
    const first = validate(deepFreeze(spec));
    expect(spec).toEqual(before);
    expect(validate(spec)).toEqual(first);
    expect(first.map((d) => d.code).sort()).toEqual(['B24R1011', 'B24R1023']);
  });

  it('withChange leaves the fixture itself alone', () => {
    withChange((s) => { s.companies = []; });
    expect(validSpec().companies).toHaveLength(2);
  });
});
