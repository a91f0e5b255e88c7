/**
 * `npm run bench`: speed figures of b24route, printed as a table.
 *  - check: `b24route check <spec>` against `tsc --noEmit` on the same spec and options (goal ≤ 1.3×);
 *  - decide: reference-model decisions per second on the example's world.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDecide } from './decide.ts';
import { ioOf } from './io.ts';
import { benchPhp } from './php.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const spec = path.join(root, 'examples/000-multi-company-openlines/routing.ts');
const runs = Number(process.env.BENCH_RUNS ?? 7);

function timeCommand(cmd: string, args: string[]): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
    samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

function tscProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'b24route-bench-'));
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022'], strict: true, noEmit: true,
      skipLibCheck: true, allowImportingTsExtensions: true, types: [],
      paths: { b24route: [path.join(root, 'generator/spec/index.ts')] },
    },
    files: [spec],
  };
  const file = path.join(dir, 'tsconfig.json');
  writeFileSync(file, JSON.stringify(tsconfig));
  return file;
}

const tsc = timeCommand(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', tscProject()]);
const check = timeCommand(process.execPath, [path.join(root, 'bin/b24route.js'), 'check', spec]);
const decide = benchDecide(spec);

const php = await benchPhp();
const io = { read: 0, write: 0, memory: 0 };
for (const [symbol, n] of Object.entries(php.callsBreakdown)) {
  const kind = ioOf(symbol);
  if (kind === undefined) throw new Error(`bench/io.ts does not classify ${symbol}`);
  io[kind] += n;
}

const rows: [string, string, string][] = [
  ['tsc --noEmit (median of ' + runs + ')', `${tsc.toFixed(0)} ms`, ''],
  ['b24route check (median of ' + runs + ')', `${check.toFixed(0)} ms`, `${(check / tsc).toFixed(2)}× tsc (goal ≤ 1.30×)`],
  ['reference model decisions', `${Math.round(decide.perSecond).toLocaleString('en-US')} /s`, `${decide.count} decisions`],
  ['PHP core decide() calls, PHP 8.4 wasm', `${Math.round(php.wasmPerSecond).toLocaleString('en-US')} /s`, ''],
  ['PHP core decide() calls, native', php.nativePerSecond === null ? 'n/a' : `${Math.round(php.nativePerSecond).toLocaleString('en-US')} /s`, php.nativeVersion ? `PHP ${php.nativeVersion} (goal ≥ 300,000/s on 8.2)` : 'no php on this machine'],
  ['differential scenarios (TS + PHP + compare)', `${Math.round(php.diffPerSecond).toLocaleString('en-US')} /s`, `${php.diffCases} cases`],
  ['portal calls per routed dialog (double)', `${php.callsPerDialog}`, `${io.read} reads + ${io.write} writes of portal data, ${io.memory} in-memory (goal ≤ 6)`],
];
const width = Math.max(...rows.map((r) => r[0].length));
for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(12)}  ${note}`);
