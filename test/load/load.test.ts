import { describe, expect, it } from 'vitest';
import { loadSpecText } from '../../generator/load/index.ts';
import { MINIMAL, minimalWith } from '../helpers/spec-text.ts';

const FILE = '/virtual/routing.ts';

describe('loading a spec file', () => {
  it('a valid spec loads with no diagnostics and gives its value', () => {
    const loaded = loadSpecText(FILE, MINIMAL);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.spec?.companies[0]?.lines).toEqual([{ id: 3 }, { id: 4 }]);
  });

  it.each([
    {
      name: 'a type error, at the offending value',
      given: minimalWith("timeZone: 'Europe/Berlin'", 'timeZone: 42'),
      want: { code: 'B24R0001', line: 5, column: 3, message: /not assignable to type 'string'/ },
    },
    {
      name: 'a misspelt enum value',
      given: minimalWith('lines: [{ id: 3 }, { id: 4 }]', "lines: [{ id: 3 }, { id: 4, mode: 'evenlly' }]"),
      want: { code: 'B24R0001', line: 10, column: 35, message: /evenlly/ },
    },
    {
      name: 'an import other than b24route',
      given: `import { x } from './shared';\n${MINIMAL}`,
      want: { code: 'B24R0004', line: 1, column: 19, message: /imports ".\/shared"/ },
    },
    {
      name: 'no default export',
      given: MINIMAL.replace('export default defineRouting(', 'export const spec = defineRouting('),
      want: { code: 'B24R0003', line: 1, column: 1, message: /no default export/ },
    },
  ])('$name → $want.code at $want.line:$want.column', ({ given, want }) => {
    const loaded = loadSpecText(FILE, given);
    const hit = loaded.diagnostics.find((d) => d.code === want.code);
    expect(hit, JSON.stringify(loaded.diagnostics, null, 2)).toBeDefined();
    expect(hit).toMatchObject({ severity: 'error', where: { file: FILE, line: want.line, column: want.column } });
    expect(hit!.message).toMatch(want.message);
    expect(hit!.fix).toBeTruthy();
    if (want.code !== 'B24R0001') expect(loaded.spec).toBeUndefined();
  });

  it.each([
    { name: 'a function value', given: minimalWith("name: 'North'", 'name: (() => "North") as unknown as string'), path: ['companies', 0, 'name'], line: 9 },
    { name: 'NaN', given: minimalWith('categoryId: 2', 'categoryId: NaN'), path: ['companies', 0, 'pipeline', 'categoryId'], line: 11 },
    { name: 'a class instance', given: minimalWith("timeZone: 'Europe/Berlin'", 'timeZone: new Date() as unknown as string'), path: ['timeZone'], line: 5 },
  ])('$name is not plain data (B24R0005 at its own line)', ({ given, path, line }) => {
    const loaded = loadSpecText(FILE, given);
    expect(loaded.diagnostics).toEqual([expect.objectContaining({ code: 'B24R0005', path, where: expect.objectContaining({ line }) })]);
  });

  it('code that throws while evaluating is reported, not thrown', () => {
    const loaded = loadSpecText(FILE, `${MINIMAL}\nthrow new Error('boom');\n`);
    expect(loaded.diagnostics).toEqual([expect.objectContaining({ code: 'B24R0002', message: expect.stringMatching(/boom/) })]);
  });

  it('an endless loop is stopped', () => {
    const loaded = loadSpecText(FILE, `${MINIMAL}\nwhile (true) {}\n`, { skipTypeCheck: true });
    expect(loaded.diagnostics[0]).toMatchObject({ code: 'B24R0002', message: expect.stringMatching(/timed out/) });
  });

  it('the spec cannot reach Node: no process, no require of anything but b24route', () => {
    const loaded = loadSpecText(FILE, `${MINIMAL}\n(globalThis as any).process.exit(1);\n`, { skipTypeCheck: true });
    expect(loaded.diagnostics[0]).toMatchObject({ code: 'B24R0002' });
  });
});

describe('locating a value path in the source', () => {
  const text = `import { defineRouting } from 'b24route';

const lines = [{ id: 3 }, { id: 4 }] as const;

export default defineRouting({
  module: { id: 'acme.router', name: 'Router', partner: { name: 'Acme', url: 'https://acme.example' } },
  timeZone: 'Europe/Berlin',
  companies: [{ id: 'north', name: 'North', lines, pipeline: { categoryId: 2 } }],
});
`;
  const { locate } = loadSpecText(FILE, text);
  it.each([
    { given: [], want: { line: 5, column: 30 } },
    { given: ['timeZone'], want: { line: 7, column: 13 } },
    { given: ['module', 'partner', 'url'], want: { line: 6, column: 78 } },
    { given: ['companies', 0, 'pipeline', 'categoryId'], want: { line: 8, column: 76 } },
    { name: 'through a const declared above', given: ['companies', 0, 'lines', 1, 'id'], want: { line: 3, column: 33 } },
    { name: 'a missing key stops at its parent', given: ['companies', 0, 'headOfSales'], want: { line: 8, column: 15 } },
    { name: 'an index past the end stops at the array', given: ['companies', 5], want: { line: 8, column: 14 } },
  ])('$given → $want.line:$want.column', ({ given, want }) => {
    expect(locate(given)).toMatchObject(want);
  });
});
