/**
 * Every validation code (`B24R1xxx`) is specified by at least one table row, and every code a table
 * wants exists.
 */
import { describe, expect, it } from 'vitest';
import { CODES } from '../../generator/diagnostics/codes.ts';
import { rows as clients } from './cases/clients.ts';
import { rows as companies } from './cases/companies.ts';
import { rows as keys } from './cases/keys.ts';
import { rows as module } from './cases/module.ts';
import { rows as references } from './cases/references.ts';
import { rows as rules } from './cases/rules.ts';
import { rows as structure } from './cases/structure.ts';
import { rows as time } from './cases/time.ts';
import { rows as uniqueness } from './cases/uniqueness.ts';
import { rows as values } from './cases/values.ts';

const tables = { clients, companies, keys, module, references, rules, structure, time, uniqueness, values };

describe('validate: the tables cover every code', () => {
  const exercised = new Set(Object.values(tables).flatMap((rows) => rows.flatMap((r) => r.want.map((w) => w.code))));
  const validationCodes = Object.keys(CODES).filter((code) => code.startsWith('B24R1')).sort();

  it('has a row for each B24R1xxx code in CODES', () => {
    expect(validationCodes.filter((code) => !exercised.has(code as keyof typeof CODES))).toEqual([]);
  });

  it('wants only codes that are in CODES', () => {
    expect([...exercised].filter((code) => !(code in CODES))).toEqual([]);
  });

  it('gives every row a distinct name within its table', () => {
    for (const [table, rows] of Object.entries(tables)) {
      const names = rows.map((r) => r.name);
      expect(names.filter((n, i) => names.indexOf(n) !== i), table).toEqual([]);
    }
  });
});
