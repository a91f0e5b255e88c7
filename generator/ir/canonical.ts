/**
 * Canonical JSON: keys sorted (top level: `schemaVersion`, `hash` first), two-space indent, `\n` at the end.
 * The same IR always gives the same bytes and hash.
 */
import { createHash } from 'node:crypto';
import type { RoutingIR } from './types.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function sortKeys(value: unknown): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value as Json;
}

/** Canonical text of any JSON-like value. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

export function contentHash(body: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(body)).digest('hex')}`;
}

/** Adds the content hash of `body` (which must not hold a `hash`). */
export function withHash(body: Omit<RoutingIR, 'hash'>): RoutingIR {
  const { schemaVersion, ...rest } = body;
  return { schemaVersion, hash: contentHash(body), ...rest };
}

/** The IR as canonical text: `schemaVersion` and `hash` first, then the rest in key order. */
export function serializeIr(ir: RoutingIR): string {
  const { schemaVersion, hash, ...rest } = ir;
  const sorted = sortKeys(rest) as Record<string, Json>;
  return `${JSON.stringify({ schemaVersion, hash, ...sorted }, null, 2)}\n`;
}

/** Parses IR text and checks its hash; throws on a mismatch. */
export function parseIr(text: string): RoutingIR {
  const ir = JSON.parse(text) as RoutingIR;
  const { hash, ...body } = ir;
  const expected = contentHash(body);
  if (hash !== expected) throw new Error(`IR hash mismatch: file says ${hash}, content is ${expected}`);
  return ir;
}
