/**
 * PHP values as JSON, exactly: a list is a JSON array; an array whose key order a JSON object keeps
 * (integer keys first, ascending, then string keys) is an object; any other array is
 * `{"$entries": [[key, value], …]}`. Integers are JSON integers; a float with an integral value is
 * `{"$float": 1}` (a non-integral number can only be a float), and `{"$float": "NAN" | "INF" | "-INF" | "-0"}`.
 */
import { PhpArray, PhpFloat, normalizeKey, type PhpKey, type PhpValue } from './php-value.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function toJson(value: PhpValue): Json {
  if (value instanceof PhpFloat) {
    const v = value.value;
    if (Number.isNaN(v)) return { $float: 'NAN' };
    if (v === Infinity) return { $float: 'INF' };
    if (v === -Infinity) return { $float: '-INF' };
    if (Object.is(v, -0)) return { $float: '-0' };
    return Number.isInteger(v) ? { $float: v } : v;
  }
  if (!(value instanceof PhpArray)) return value;
  if (value.isList()) return value.entries.map(([, v]) => toJson(v));
  if (objectKeepsOrder(value.entries.map(([k]) => k))) {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of value.entries) out[String(k)] = toJson(v);
    return out;
  }
  return { $entries: value.entries.map(([k, v]) => [k, toJson(v)]) };
}

/** Whether a JS object built from these keys lists them in the same order. */
function objectKeepsOrder(keys: PhpKey[]): boolean {
  const asObject = Object.keys(Object.fromEntries(keys.map((k) => [String(k), 0])));
  return asObject.length === keys.length && asObject.every((k, i) => k === String(keys[i]) && !k.startsWith('$'));
}

export class JsonShapeError extends Error {
  constructor(message: string, readonly path: string) {
    super(`${path}: ${message}`);
  }
}

export function fromJson(json: unknown, path = '$'): PhpValue {
  if (json === null || typeof json === 'boolean' || typeof json === 'string') return json;
  if (typeof json === 'number') {
    if (Number.isInteger(json)) {
      if (!Number.isSafeInteger(json)) throw new JsonShapeError(`${json} is beyond the integers JSON carries exactly`, path);
      return json;
    }
    return new PhpFloat(json);
  }
  if (Array.isArray(json)) return PhpArray.list(json.map((v, i) => fromJson(v, `${path}[${i}]`)));
  if (typeof json === 'object') {
    const obj = json as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (keys.length === 1 && keys[0] === '$float') return floatOf(obj.$float, path);
    if (keys.length === 1 && keys[0] === '$entries') return entriesOf(obj.$entries, path);
    if (keys.some((k) => k.startsWith('$'))) {
      throw new JsonShapeError('keys starting with "$" are reserved: use {"$float": …} or {"$entries": […]} alone', path);
    }
    return new PhpArray(keys.map((k) => [normalizeKey(k), fromJson(obj[k], `${path}.${k}`)]));
  }
  throw new JsonShapeError(`${typeof json} is not JSON data`, path);
}

function floatOf(v: unknown, path: string): PhpFloat {
  if (typeof v === 'number') return new PhpFloat(v);
  const special: Record<string, number> = { NAN: NaN, INF: Infinity, '-INF': -Infinity, '-0': -0 };
  if (typeof v === 'string' && v in special) return new PhpFloat(special[v]!);
  throw new JsonShapeError('"$float" takes a number or "NAN", "INF", "-INF", "-0"', path);
}

function entriesOf(v: unknown, path: string): PhpArray {
  if (!Array.isArray(v)) throw new JsonShapeError('"$entries" takes a list of [key, value] pairs', path);
  const seen = new Set<PhpKey>();
  return new PhpArray(v.map((pair, i) => {
    const at = `${path}.$entries[${i}]`;
    if (!Array.isArray(pair) || pair.length !== 2 || !(typeof pair[0] === 'string' || Number.isSafeInteger(pair[0]))) {
      throw new JsonShapeError('each entry is [int or string key, value]', at);
    }
    const key = normalizeKey(pair[0] as PhpKey);
    if (seen.has(key)) throw new JsonShapeError(`duplicate key ${JSON.stringify(key)}`, at);
    seen.add(key);
    return [key, fromJson(pair[1], `${at}[1]`)];
  }));
}
