/**
 * Runs the generated PHP decision core on a batch of cases in one PHP process, and compares it with the
 * TypeScript model: the first differing JSON path, and a shrinking loop over the world (each round is one
 * PHP process over all one-step simplifications of the current counterexample).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { emitCore } from '../../generator/emit/php/core.ts';
import { createRenderer, type Render } from '../../generator/emit/handlebars.ts';
import { moduleNames } from '../../generator/emit/php/names.ts';
import type { RoutingIR } from '../../generator/ir/types.ts';
import { loadTemplates } from '../../generator/load/templates.ts';
import { decide } from '../../generator/model/decide.ts';
import type { RoutingEvent, World } from '../../generator/model/types.ts';
import { runPhp, type PhpFile, type PhpVersion } from '../helpers/php.ts';

export interface CoreCase {
  world: World;
  event: RoutingEvent;
}

const HARNESS = readFileSync(fileURLToPath(new URL('./harness/run.php', import.meta.url)), 'utf8');
const CORE_DIR = '/core/lib/core';

let renderer: Render | undefined;
export function render(): Render {
  renderer ??= createRenderer(loadTemplates());
  return renderer;
}

/** The core of an IR as files of the PHP virtual file system. */
export function coreFiles(ir: RoutingIR, patch: (content: string, path: string) => string = (c) => c): PhpFile[] {
  return emitCore(ir, render()).map((f) => ({ path: `/core/${f.path}`, content: patch(String(f.content), f.path) }));
}

export interface BatchRun {
  /** One parsed JSON value per case: the result, or `{ error }`. */
  results: unknown[];
  /** The raw JSON lines. */
  lines: string[];
  /** Seconds PHP spent deciding (its own measure, without boot and JSON file transfer). */
  phpSeconds: number;
  /** Seconds spent in `decide` alone (JSON reading and writing excluded). */
  decideSeconds: number;
}

/** Runs the PHP core on all cases in ONE PHP process. */
export async function runCore(version: PhpVersion, ir: RoutingIR, cases: readonly CoreCase[], files = coreFiles(ir)): Promise<BatchRun> {
  const input = cases.map((c) => JSON.stringify({ world: c.world, event: c.event })).join('\n') + '\n';
  const run = await runPhp(version, [
    ...files,
    { path: '/harness/run.php', content: HARNESS },
    { path: '/io/cases.jsonl', content: input },
  ], '/harness/run.php', [CORE_DIR, moduleNames(ir).namespace, '/io/cases.jsonl', '/io/results.jsonl']);
  if (run.exitCode !== 0) throw new Error(`PHP ${version} harness failed (${run.exitCode}): ${run.stderr}${run.stdout}`);
  const lines = run.read('/io/results.jsonl').split('\n').filter((l) => l !== '');
  if (lines.length !== cases.length) throw new Error(`PHP wrote ${lines.length} results for ${cases.length} cases: ${run.stderr}`);
  const stats = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { seconds?: number; decideSeconds?: number };
  return {
    results: lines.map((l) => JSON.parse(l) as unknown), lines, phpSeconds: stats.seconds ?? NaN, decideSeconds: stats.decideSeconds ?? NaN,
  };
}

/** What the model says: its result, or `{ error }` when it throws. */
export function modelResult(ir: RoutingIR, c: CoreCase): unknown {
  try {
    return decide(ir, c.world, c.event);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function isError(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && 'error' in v;
}

/**
 * The first JSON path where the PHP result differs from the model's, or null when they agree.
 * Two errors agree whatever their messages; key order does not matter.
 */
export function firstDiff(model: unknown, php: unknown, path = '$'): string | null {
  if (path === '$' && isError(model) && isError(php)) return null;
  if (Object.is(model, php)) return null;
  if (typeof model !== typeof php || model === null || php === null || typeof model !== 'object') return path;
  if (Array.isArray(model) !== Array.isArray(php)) return path;
  if (Array.isArray(model)) {
    const other = php as unknown[];
    for (let i = 0; i < Math.max(model.length, other.length); i += 1) {
      if (i >= model.length || i >= other.length) return `${path}[${i}]`;
      const d = firstDiff(model[i], other[i], `${path}[${i}]`);
      if (d !== null) return d;
    }
    return null;
  }
  const a = model as Record<string, unknown>;
  const b = php as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!(key in a) || !(key in b)) return `${path}.${key}`;
    const d = firstDiff(a[key], b[key], `${path}.${key}`);
    if (d !== null) return d;
  }
  return null;
}

/** The value at a path written by `firstDiff`. */
export function at(value: unknown, path: string): unknown {
  let v = value;
  for (const part of path.slice(1).match(/\.[^.[]+|\[\d+\]/g) ?? []) {
    if (v === null || typeof v !== 'object') return undefined;
    v = part.startsWith('[') ? (v as unknown[])[Number(part.slice(1, -1))] : (v as Record<string, unknown>)[part.slice(1)];
  }
  return v;
}

export interface Mismatch {
  index: number;
  path: string;
  model: unknown;
  php: unknown;
}

/** The path reported when the values agree but the JSON text does not (key order, `1.0` for `1`, escapes). */
export const TEXT_ONLY = '$ (same values, different JSON text)';

/**
 * Compares a batch. A result must be the model's JSON text exactly (so ints stay ints and keys keep the
 * model's order); two errors agree whatever their messages.
 */
export function mismatches(ir: RoutingIR, cases: readonly CoreCase[], run: BatchRun): Mismatch[] {
  const out: Mismatch[] = [];
  cases.forEach((c, index) => {
    const model = modelResult(ir, c);
    if (JSON.stringify(model) === run.lines[index]) return;
    const php = run.results[index];
    if (isError(model) && isError(php)) return;
    out.push({ index, path: firstDiff(model, php) ?? TEXT_ONLY, model, php });
  });
  return out;
}

/** Every world one step simpler: one array element removed anywhere, or a nullable object set to null. */
export function simplerWorlds(world: World): World[] {
  const out: World[] = [];
  const visit = (value: unknown, replace: (v: unknown) => void): void => {
    if (Array.isArray(value)) {
      value.forEach((_, i) => replace(value.filter((__, k) => k !== i)));
      value.forEach((item, i) => visit(item, (v) => replace(value.map((x, k) => (k === i ? v : x)))));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'workday' || key === 'openedAt' || key === 'lastAssignedAt') && v !== null) replace({ ...value, [key]: null });
        visit(v, (nv) => replace({ ...value, [key]: nv }));
      }
    }
  };
  visit(world, (w) => out.push(w as World));
  return out;
}

/**
 * Shrinks a failing case: while some one-step simpler world still mismatches, take the first such.
 * Every round runs all candidates in one PHP process.
 */
export async function shrink(version: PhpVersion, ir: RoutingIR, failing: CoreCase, files = coreFiles(ir), maxRounds = 60)
  : Promise<{ shrunk: CoreCase; mismatch: Mismatch; rounds: number }> {
  let current = failing;
  let run = await runCore(version, ir, [current], files);
  let mismatch = mismatches(ir, [current], run)[0];
  if (!mismatch) throw new Error('shrink: the case does not fail');
  let rounds = 0;
  for (; rounds < maxRounds; rounds += 1) {
    const candidates = simplerWorlds(current.world).map((world) => ({ world, event: current.event }));
    if (candidates.length === 0) break;
    run = await runCore(version, ir, candidates, files);
    const found = mismatches(ir, candidates, run)[0];
    if (!found) break;
    current = candidates[found.index]!;
    mismatch = { ...found, index: 0 };
  }
  return { shrunk: current, mismatch, rounds };
}
