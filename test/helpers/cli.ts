import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../generator/cli/main.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in memory, in `cwd`. */
export async function cli(args: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    cwd,
    version: '0.0.0-test',
  });
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'b24route-test-'));
}

/** Every file under `dir` with its size and mtime, to prove a command wrote nothing. */
export function snapshotDir(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else out.push(`${path.relative(dir, p)} ${st.size} ${st.mtimeMs}`);
    }
  };
  walk(dir);
  return out;
}
