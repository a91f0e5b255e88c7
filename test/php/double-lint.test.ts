/**
 * `php -l` on the test double's PHP files and its fixture module, on the lowest and highest PHP that
 * portals run.
 */
import { describe, expect, it } from 'vitest';
import { lint, PHP_VERSIONS } from '../helpers/php.ts';
import { doubleFiles, fixtureModule } from '../helpers/portal.ts';

const files = [
  ...doubleFiles(),
  ...fixtureModule().filter((f) => f.path.endsWith('.php')).map((f) => ({ path: `/local/modules/${f.path}`, content: f.content })),
];

describe.each(PHP_VERSIONS)('PHP %s', (version) => {
  it(`accepts all ${files.length} files of the double`, async () => {
    const failures = (await lint(version, files)).filter((r) => !r.ok).map((r) => `${r.path}: ${r.output}`);
    expect(failures).toEqual([]);
  }, 60_000);
});
