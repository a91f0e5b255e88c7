import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, snapshotDir, tempDir } from '../helpers/cli.ts';
import { MINIMAL, minimalWith } from '../helpers/spec-text.ts';

describe('b24route init', () => {
  it('writes a commented spec that passes check, and a world to explain with', async () => {
    const cwd = tempDir();
    const init = await cli(['init', 'demo'], cwd);
    expect(init).toMatchObject({ code: 0, stderr: '' });
    expect(init.stdout).toContain(`wrote ${path.join('demo', 'routing.ts')}`);
    const checked = await cli(['check', 'demo/routing.ts', '--strict'], cwd);
    expect(checked.stdout).toContain('ok (0 errors, 0 warnings)');
    expect(checked.code).toBe(0);
    const explained = await cli(['explain', 'demo/routing.ts', '--world', 'demo/world.json', '--event', 'dialog.started:501'], cwd);
    expect(explained.code, explained.stderr).toBe(0);
  });

  it('refuses to overwrite, and writes nothing', async () => {
    const cwd = tempDir();
    await cli(['init', 'demo'], cwd);
    writeFileSync(path.join(cwd, 'demo', 'routing.ts'), '// mine\n');
    const before = snapshotDir(cwd);
    const again = await cli(['init', 'demo'], cwd);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Refusing to overwrite.*routing\.ts/);
    expect(again.stderr).toMatch(/fix: .*--force/);
    expect(snapshotDir(cwd)).toEqual(before);
  });
});

describe('b24route check', () => {
  const write = (text: string): { cwd: string } => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'routing.ts'), text);
    return { cwd };
  };

  it('a valid spec: exit 0', async () => {
    const { cwd } = write(MINIMAL);
    expect(await cli(['check', 'routing.ts'], cwd)).toMatchObject({ code: 0 });
  });

  it('a type error: file:line:col, the code, a code frame and the fix; exit 1; nothing written', async () => {
    const { cwd } = write(minimalWith("timeZone: 'Europe/Berlin'", 'timeZone: 42'));
    const before = snapshotDir(cwd);
    const out = await cli(['check', 'routing.ts'], cwd);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain("routing.ts:5:3 error B24R0001 Type 'number' is not assignable to type 'string'.");
    expect(out.stdout).toContain('  > 5 |   timeZone: 42,');
    expect(out.stdout).toContain('      |   ^^^^^^^^');
    expect(out.stdout).toMatch(/fix: /);
    expect(out.stdout).toContain('routing.ts: failed (1 error, 0 warnings)');
    expect(snapshotDir(cwd)).toEqual(before);
  });

  it('a semantic error: located at the offending node with its fix', async () => {
    const { cwd } = write(minimalWith("timeZone: 'Europe/Berlin'", "timeZone: 'Europe/Berlln'"));
    const out = await cli(['check', 'routing.ts'], cwd);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('routing.ts:5:13 error B24R1023');
    expect(out.stdout).toMatch(/fix: /);
  });

  it('--json prints the diagnostics as data', async () => {
    const { cwd } = write(minimalWith("timeZone: 'Europe/Berlin'", "timeZone: 'Europe/Berlln'"));
    const out = await cli(['check', 'routing.ts', '--json'], cwd);
    const parsed = JSON.parse(out.stdout) as { ok: boolean; diagnostics: { code: string; where: { line: number } }[] };
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ code: 'B24R1023', path: ['timeZone'], where: expect.objectContaining({ line: 5, column: 13 }) })]);
  });

  it('warnings do not block, unless --strict', async () => {
    const { cwd } = write(minimalWith('lines: [{ id: 3 }, { id: 4 }]', 'lines: []'));
    const lax = await cli(['check', 'routing.ts'], cwd);
    expect(lax.code).toBe(0);
    expect(lax.stdout).toContain('warning B24R1051');
    const strict = await cli(['check', 'routing.ts', '--strict'], cwd);
    expect(strict.code).toBe(1);
  });

  it('a missing file: coded error, exit 1', async () => {
    const out = await cli(['check', 'nope.ts'], tempDir());
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('B24R0002');
  });

  it('wrong usage: exit 2 with a hint', async () => {
    const out = await cli(['check'], tempDir());
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/missing required argument/);
  });

  it.each(['init', 'check', 'explain'])('%s --help describes the command', async (command) => {
    const out = await cli([command, '--help'], tempDir());
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^Usage: b24route /);
  });
});
