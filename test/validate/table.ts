/**
 * The shape of the validator's specification tables, and the one way they are checked.
 *
 * A row names a situation, gives a spec (usually the valid fixture with one change) and wants the exact list
 * of diagnostics, by code and path; order does not matter, every extra or missing diagnostic fails.
 * Each diagnostic must also carry the severity of its code in `CODES`, a message and a non-empty fix.
 */
import { describe, expect, it } from 'vitest';
import { CODES, type DiagnosticCode } from '../../generator/diagnostics/codes.ts';
import type { Diagnostic, PathSegment } from '../../generator/diagnostics/types.ts';
import type { RoutingSpecInput } from '../../generator/spec/types.ts';
import { validate } from '../../generator/validate/index.ts';

export interface Want {
  code: DiagnosticCode;
  path: PathSegment[];
  /** Text the message must contain (e.g. the offending value). */
  says?: string;
}

export interface Row {
  name: string;
  given: RoutingSpecInput;
  want: Want[];
}

const key = (d: { code: string; path: readonly PathSegment[] }): string => `${d.code} ${JSON.stringify(d.path)}`;

/** Registers one `it` per row: `<codes> ← <name>`. */
export function checkTable(title: string, rows: readonly Row[]): void {
  const titled = rows.map((row) => [`${row.want.map((w) => w.code).join(', ') || 'nothing'} ← ${row.name}`, row] as const);
  describe(title, () => {
    it.each(titled)('%s', (_title, { given, want }) => {
      const got: Diagnostic[] = validate(given);
      expect(got.map(key).sort()).toEqual(want.map(key).sort());
      for (const d of got) {
        expect(d.severity, d.code).toBe(CODES[d.code as DiagnosticCode].severity);
        expect(d.message.trim(), d.code).not.toBe('');
        expect(d.fix?.trim() ?? '', `fix of ${d.code}`).not.toBe('');
      }
      for (const w of want) {
        if (w.says === undefined) continue;
        const d = got.find((g) => key(g) === key(w));
        expect(d?.message, key(w)).toContain(w.says);
      }
    });
  });
}
