/** `b24route bpt dump` and `bpt pack`: exit codes, output, and nothing written on a bad package. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packBpt, toJson, unpackBpt, phpEquals } from '../../generator/bpt/index.ts';
import { samplePackage } from '../bpt/fixtures/package.ts';
import { cli, snapshotDir, tempDir } from '../helpers/cli.ts';

describe('b24route bpt', () => {
  it('dump prints the tree of an exported file; --json gives the package back; pack writes it again', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'sync.bpt'), packBpt(samplePackage()));
    const dump = await cli(['bpt', 'dump', 'sync.bpt'], dir);
    expect(dump.code).toBe(0);
    expect(dump.stdout).toMatch(/^business-process template, zlib-compressed, VERSION 2\nTEMPLATE\nTemplate: SequentialWorkflowActivity/);

    const json = await cli(['bpt', 'dump', 'sync.bpt', '--json'], dir);
    const parsed = JSON.parse(json.stdout) as { ok: boolean; compressed: boolean; package: unknown; diagnostics: unknown[] };
    expect(parsed).toMatchObject({ ok: true, compressed: true, diagnostics: [] });
    expect(parsed.package).toEqual(toJson(samplePackage()));
    writeFileSync(path.join(dir, 'sync.json'), JSON.stringify(parsed.package, null, 2));

    const pack = await cli(['bpt', 'pack', 'sync.json', '--out', 'again.bpt'], dir);
    expect(pack).toMatchObject({ code: 0, stdout: 'wrote again.bpt\n' });
    expect(phpEquals(unpackBpt(readFileSync(path.join(dir, 'again.bpt'))).value, samplePackage())).toBe(true);

    const plain = await cli(['bpt', 'pack', 'sync.json', '--out', 'plain.bpt', '--plain'], dir);
    expect(plain.code).toBe(0);
    expect(readFileSync(path.join(dir, 'plain.bpt'), 'utf8')).toMatch(/^a:6:\{s:7:"VERSION";i:2;s:8:"TEMPLATE";/);
    expect((await cli(['bpt', 'dump', 'plain.bpt'], dir)).stdout).toMatch(/^business-process template, plain serialized/);
  });

  it('a package with a structural error is reported and nothing is written', async () => {
    const dir = tempDir();
    const pkg = toJson(samplePackage()) as any;
    pkg.TEMPLATE[0].Children[1].Name = 'A1_branch';
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify(pkg));
    const before = snapshotDir(dir);
    const r = await cli(['bpt', 'pack', 'bad.json', '--out', 'bad.bpt'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bad.json error B24R2005 The name "A1_branch" is already used at TEMPLATE.0.Children.0.');
    expect(r.stdout).toContain('  at TEMPLATE[0].Children[1].Name');
    expect(r.stdout).toMatch(/failed \(1 error, 0 warnings\); nothing written\n$/);
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('a file that is no template: exit 1 with B24R2001', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'x.bpt'), 'hello');
    const r = await cli(['bpt', 'dump', 'x.bpt'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\nx\.bpt error B24R2001 not a business-process template/);
  });

  it('JSON that is not the PHP-value form: exit 1 with B24R2009', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'p.json'), JSON.stringify({ VERSION: 2, TEMPLATE: [], PARAMETERS: { $float: 'x' } }));
    const r = await cli(['bpt', 'pack', 'p.json', '--out', 'p.bpt'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error B24R2009 $.PARAMETERS: "$float" takes a number');
  });
});

describe('b24route bpt dump --module', () => {
  it('counts the module’s own activities as installed', async () => {
    const root = path.join(import.meta.dirname, '../../dist-php/002-responsible-sync/rdn.deals');
    const file = path.join(root, 'install/bizproc/contact-follows-deal.bpt');
    const plain = await cli(['bpt', 'dump', file], root);
    expect(plain.stdout).toContain('warning B24R2006 "RdnDealsSyncContactsActivity" is not a standard activity');
    const withModule = await cli(['bpt', 'dump', file, '--module', '.'], root);
    expect(withModule.code).toBe(0);
    expect(withModule.stdout).not.toContain('B24R2006');
  });
});
