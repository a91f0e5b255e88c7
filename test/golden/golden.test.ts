/**
 * Goldens: every example builds to exactly what `dist-php/` holds (regenerate with `npm run golden`).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../generator/api/build.ts';
import { examples, ROOT } from './examples.ts';

describe.each(examples())('example $name', (ex) => {
  it('dist-php is up to date (npm run golden regenerates it)', () => {
    const result = build(path.join(ROOT, ex.spec), { checkDir: ex.golden, specLabel: ex.spec, skipTypeCheck: true });
    expect(result.check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.drift).toEqual({ missing: [], changed: [], extra: [] });
  });

  it('builds the same bytes twice', () => {
    const a = build(path.join(ROOT, ex.spec), { specLabel: ex.spec, skipTypeCheck: true }).files;
    const b = build(path.join(ROOT, ex.spec), { specLabel: ex.spec, skipTypeCheck: true }).files;
    expect(a.map((f) => f.path)).toEqual(b.map((f) => f.path));
    expect(a).toEqual(b);
  });
});
