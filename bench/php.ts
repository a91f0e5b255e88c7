/**
 * PHP figures for `npm run bench`: decisions per second of the generated core (native `php` when the
 * machine has it, else PHP 8.4 as WebAssembly), differential scenarios per second (TS model + PHP core +
 * comparison), and portal calls per routed dialog counted in the portal double.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { normalize } from '../generator/ir/normalize.ts';
import { moduleNames } from '../generator/emit/php/names.ts';
import example from '../examples/000-multi-company-openlines/routing.ts';
import { eventArb, worldArb } from '../test/model/arbitraries.ts';
import { coreFiles, mismatches, runCore, type CoreCase } from '../test/php/core-run.ts';
import { byLabel, moduleFilesFrom, runStory } from '../test/helpers/portal.ts';
import { seedWith } from '../test/php/fixtures-000.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const ir = normalize(example);

function cases(count: number, seed: number): CoreCase[] {
  const arb = worldArb.chain((world) => eventArb(world).map((event) => ({ world, event })));
  return fc.sample(arb, { seed, numRuns: count });
}

function nativePhp(): string | null {
  try {
    return execFileSync('php', ['-r', 'echo PHP_VERSION;'], { encoding: 'utf8' });
  } catch {
    return null;
  }
}

/** Decisions per second on native PHP: the same harness and files, run by the machine's `php`. */
function nativeDecisions(batch: CoreCase[]): number | null {
  if (nativePhp() === null) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'b24route-bench-php-'));
  for (const f of coreFiles(ir)) {
    const target = path.join(dir, f.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, f.content);
  }
  const harness = readFileSync(path.join(root, 'test/php/harness/run.php'), 'utf8');
  writeFileSync(path.join(dir, 'run.php'), harness);
  writeFileSync(path.join(dir, 'cases.jsonl'), batch.map((c) => JSON.stringify(c)).join('\n') + '\n');
  const coreDir = coreFiles(ir)[0]!.path.replace(/\/[^/]+$/, '');
  const out = execFileSync('php', ['-d', 'memory_limit=1G', path.join(dir, 'run.php'), path.join(dir, coreDir), moduleNames(ir).namespace, path.join(dir, 'cases.jsonl'), path.join(dir, 'results.jsonl')], { encoding: 'utf8' });
  const stats = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { decideSeconds?: number };
  return stats.decideSeconds ? batch.length / stats.decideSeconds : null;
}

export interface PhpBench {
  wasmPerSecond: number;
  nativePerSecond: number | null;
  nativeVersion: string | null;
  diffPerSecond: number;
  diffCases: number;
  callsPerDialog: number;
  callsBreakdown: Record<string, number>;
}

export async function benchPhp(count = 20_000): Promise<PhpBench> {
  const batch = cases(count, 777);
  const start = process.hrtime.bigint();
  const run = await runCore('8.4', ir, batch);
  const bad = mismatches(ir, batch, run);
  const diffSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (bad.length > 0) throw new Error(`${bad.length} differential mismatches in the bench batch`);

  const t = await runStory(moduleFilesFrom(path.join(root, 'dist-php/000-multi-company-openlines/rdn.router')), [
    seedWith(() => undefined),
    { do: 'installModule', module: 'rdn.router' },
    { do: 'startSession', lineId: 1 },
    { do: 'runAgents', label: 'route' },
  ]);
  const calls = (byLabel(t)['route']!.calls ?? {}) as Record<string, number>;
  return {
    wasmPerSecond: count / run.decideSeconds,
    nativePerSecond: nativeDecisions(batch),
    nativeVersion: nativePhp(),
    diffPerSecond: count / diffSeconds,
    diffCases: count,
    callsPerDialog: Object.values(calls).reduce((a, b) => a + b, 0),
    callsBreakdown: calls,
  };
}
