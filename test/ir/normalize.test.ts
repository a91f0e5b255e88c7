import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import example from '../../examples/000-multi-company-openlines/routing.ts';
import { normalize, parseIr, serializeIr } from '../../generator/ir/index.ts';
import schema from '../../generator/ir/ir.schema.json' with { type: 'json' };
import type { RoutingSpecInput } from '../../generator/spec/types.ts';

const minimal: RoutingSpecInput = {
  module: { id: 'acme.router', name: 'Router', partner: { name: 'Acme', url: 'https://acme.example' } },
  timeZone: 'Europe/Berlin',
  companies: [{ id: 'north', name: 'North', lines: [{ id: 3 }], pipeline: { categoryId: 2 } }],
};

const validateIr = new Ajv({ allErrors: true, strict: true }).compile(schema);

describe('normalize applies every default once', () => {
  const ir = normalize(minimal);
  it.each([
    { given: 'module.version', want: '1.0.0', got: ir.module.version },
    { given: 'module.description', want: 'Router', got: ir.module.description },
    { given: 'languages', want: ['en', 'ru'], got: ir.languages },
    { given: 'line name', want: 'line 3', got: ir.companies[0]!.lines[0]!.name },
    { given: 'line mode', want: 'evenly', got: ir.companies[0]!.lines[0]!.mode },
    { given: 'pipeline name', want: 'pipeline 2', got: ir.companies[0]!.pipeline.name },
    { given: 'head of sales', want: null, got: ir.companies[0]!.headOfSales },
    { given: 'crm', want: { contactScope: 'company', repeatContact: 'reuse-open-deal', dealTitle: '{company}: {line}' }, got: ir.companies[0]!.crm },
    { given: 'assignment', want: { firstContact: 'queue', repeatContact: 'contact-responsible', setResponsible: { deal: true, contact: true } }, got: ir.assignment },
    { given: 'vacation types', want: ['LEAVEMATERINITY', 'LEAVESICK', 'LEAVEUNPAYED', 'VACATION'], got: ir.vacationTypes },
    { given: 'no availability check', want: null, got: ir.availabilityCheck },
    { given: 'no jobs', want: [], got: ir.jobs },
  ])('$given → $want', ({ want, got }) => {
    expect(got).toEqual(want);
  });

  it('a company crm override wins over the spec-wide policy, which wins over the default', () => {
    const out = normalize({
      ...minimal,
      crm: { dealTitle: 'Deal {client}' },
      companies: [{ ...minimal.companies[0]!, crm: { repeatContact: 'new-deal' } }],
    });
    expect(out.companies[0]!.crm).toEqual({ contactScope: 'company', repeatContact: 'new-deal', dealTitle: 'Deal {client}' });
  });

  it('a missing fallback becomes keep and is marked as not explicit', () => {
    const out = normalize({ ...minimal, availabilityCheck: { rules: [{ name: 'r', when: {}, then: { action: 'queue' } }] } });
    expect(out.availabilityCheck).toMatchObject({ delayMinutes: 3, fallbackExplicit: false, fallback: { type: 'keep', target: null, comment: null, notify: null } });
  });
});

describe('conditions, windows and days in canonical form', () => {
  it.each([
    { given: {}, want: { kind: 'always' } },
    { given: { vacation: true }, want: { kind: 'vacation', value: true } },
    { given: { role: ['b', 'a', 'b'] }, want: { kind: 'role', ids: ['a', 'b'] } },
    {
      given: { workday: 'not-started', vacation: false },
      want: { kind: 'all', of: [{ kind: 'vacation', value: false }, { kind: 'workday', states: ['not-started'] }] },
    },
    {
      given: { time: { days: 'weekdays', from: '22:00', to: '06:00' } },
      want: { kind: 'time', window: { days: [1, 2, 3, 4, 5], from: 1320, to: 360 }, timeZone: 'Europe/Berlin' },
    },
    {
      given: { time: { days: ['sun', 'sat'], from: '18:00', to: '24:00', timeZone: 'Asia/Tokyo' } },
      want: { kind: 'time', window: { days: [6, 7], from: 1080, to: 0 }, timeZone: 'Asia/Tokyo' },
    },
    { given: { openDialogs: { atMost: 4 } }, want: { kind: 'openDialogs', atLeast: 0, atMost: 4 } },
    { given: { not: { online: true } }, want: { kind: 'not', of: { kind: 'online', value: true } } },
  ] as const)('$given', ({ given, want }) => {
    const out = normalize({ ...minimal, availabilityCheck: { rules: [{ name: 'r', when: given, then: { action: 'keep' } }] } });
    expect(out.availabilityCheck!.rules[0]!.when).toEqual(want);
  });
});

describe('the IR document', () => {
  const ir = normalize(example);

  it('matches the JSON Schema', () => {
    expect(validateIr(ir), JSON.stringify(validateIr.errors, null, 2)).toBe(true);
    expect(validateIr(normalize(minimal)), JSON.stringify(validateIr.errors, null, 2)).toBe(true);
  });

  it('survives a round trip: serialize → parse → serialize gives the same bytes and hash', () => {
    const text = serializeIr(ir);
    const back = parseIr(text);
    expect(back).toEqual(ir);
    expect(serializeIr(back)).toBe(text);
    expect(back.hash).toBe(ir.hash);
  });

  it('is deterministic and starts with the schema version and hash', () => {
    const text = serializeIr(normalize(example));
    expect(text).toBe(serializeIr(ir));
    expect(text.split('\n').slice(1, 3)).toEqual(['  "schemaVersion": 1,', `  "hash": "${ir.hash}",`]);
  });

  it('changes its hash when the meaning changes, and rejects a tampered document', () => {
    const other = normalize({ ...example, timeZone: 'Europe/Samara' });
    expect(other.hash).not.toBe(ir.hash);
    const tampered = serializeIr(ir).replace('"delayMinutes": 3', '"delayMinutes": 4');
    expect(() => parseIr(tampered)).toThrow(/hash mismatch/);
  });
});
