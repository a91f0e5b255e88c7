/**
 * `php -l` on every generated PHP file of every example, on the lowest and the highest PHP portals run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../generator/write/index.ts';
import { examples } from '../golden/examples.ts';
import { lint, PHP_VERSIONS } from '../helpers/php.ts';

const files = examples().flatMap((ex) =>
  listFiles(ex.golden)
    .filter((p) => p.endsWith('.php'))
    .map((p) => ({ path: `/${ex.name}/${p}`, content: readFileSync(path.join(ex.golden, p), 'utf8') })),
);

describe.each(PHP_VERSIONS)('PHP %s', (version) => {
  it('the lint itself rejects a broken file, also among good ones', async () => {
    const good = { path: '/good.php', content: '<?php\nfunction g($a) {}\n' };
    const results = await lint(version, [good, { path: '/broken.php', content: '<?php\nfunction f($a, $a) {}\n' }, { ...good, path: '/good2.php' }]);
    expect(results.map((r) => [r.path, r.ok])).toEqual([['/good.php', true], ['/broken.php', false], ['/good2.php', true]]);
    expect(results[1]!.output).toMatch(/Redefinition of parameter/);
  });

  it(`accepts all ${files.length} generated PHP files`, async () => {
    expect(files.length).toBeGreaterThan(0);
    const results = await lint(version, files);
    const failures = results.filter((r) => !r.ok).map((r) => `${r.path}: ${r.output}`);
    expect(failures).toEqual([]);
  }, 300_000);
});
