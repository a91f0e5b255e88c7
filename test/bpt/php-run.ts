/**
 * Runs the `.bpt` harness (test/php/harness/bpt.php) over a batch of values in one PHP process: PHP
 * builds each value from a typed tree, serializes it, re-serializes b24route's bytes, and unpacks
 * b24route's packed files the way the portal's importer does.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PhpArray, PhpFloat, type PhpValue } from '../../generator/bpt/index.ts';
import { runPhp, type PhpVersion } from '../helpers/php.ts';

const HARNESS = readFileSync(fileURLToPath(new URL('../php/harness/bpt.php', import.meta.url)), 'utf8');

type Tree = { t: 'null' } | { t: 'bool' | 'string'; v: boolean | string } | { t: 'int' | 'float'; v: string } | { t: 'array'; e: [number | string, Tree][] };

/** The value as a typed tree PHP rebuilds on its own. */
export function tree(v: PhpValue): Tree {
  if (v === null) return { t: 'null' };
  if (typeof v === 'boolean') return { t: 'bool', v };
  if (typeof v === 'number') return { t: 'int', v: String(v) };
  if (typeof v === 'string') return { t: 'string', v };
  if (v instanceof PhpFloat) {
    const x = v.value;
    const text = Number.isNaN(x) ? 'NAN' : x === Infinity ? 'INF' : x === -Infinity ? '-INF' : Object.is(x, -0) ? '-0' : x.toExponential();
    return { t: 'float', v: text };
  }
  return { t: 'array', e: (v as PhpArray).entries.map(([k, x]) => [k, tree(x)]) };
}

export interface PhpSide {
  /** PHP's own serialize of the value. */
  php: Buffer;
  /** serialize(unserialize(b24route's bytes)), or null when PHP could not read them. */
  back: Buffer | null;
  /** The packed file as the portal's importer unpacks it, re-serialized; null when refused or not given. */
  unpacked: Buffer | null;
  /** The value as the portal's exporter writes it (serialize + gzcompress level 9). */
  exported: Buffer;
}

export async function phpSide(version: PhpVersion, cases: { value: PhpValue; ts: Buffer; packed: Buffer | null }[]): Promise<PhpSide[]> {
  const input = cases.map((c) => JSON.stringify({
    tree: tree(c.value), ts: c.ts.toString('base64'), packed: c.packed === null ? null : c.packed.toString('base64'),
  })).join('\n') + '\n';
  const run = await runPhp(version, [
    { path: '/harness/bpt.php', content: HARNESS },
    { path: '/io/cases.jsonl', content: input },
  ], '/harness/bpt.php', ['/io/cases.jsonl', '/io/results.jsonl']);
  if (run.exitCode !== 0) throw new Error(`PHP ${version} bpt harness failed (${run.exitCode}): ${run.stderr}${run.stdout}`);
  return run.read('/io/results.jsonl').split('\n').filter((l) => l !== '').map((line) => {
    const r = JSON.parse(line) as { php: string; back: string | null; unpacked: string | null; exported: string };
    const b = (s: string | null): Buffer | null => (s === null ? null : Buffer.from(s, 'base64'));
    return { php: b(r.php)!, back: b(r.back), unpacked: b(r.unpacked), exported: b(r.exported)! };
  });
}
