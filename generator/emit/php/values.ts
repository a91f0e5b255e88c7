/**
 * PHP literals from TypeScript values. Everything a template prints as PHP code goes through here.
 */

/** A single-quoted PHP string literal: only `\` and `'` need escaping there. */
export function phpString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Text safe inside a PHP block comment (`/* … *\/`). */
export function phpDocText(value: string): string {
  return value.replace(/\*\//g, '*\\/').replace(/\r?\n/g, ' ');
}

type Plain = null | boolean | number | string | readonly Plain[] | { readonly [key: string]: Plain };

/**
 * A PHP literal for a JSON-like value: short arrays, lists for arrays, string keys for objects.
 * `indent` is the indentation of the line the literal starts on.
 */
export function phpValue(value: unknown, indent = ''): string {
  const v = value as Plain;
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`Cannot write ${v} as PHP`);
    return Number.isInteger(v) ? String(v) : String(v);
  }
  if (typeof v === 'string') return phpString(v);
  const inner = `${indent}    `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    if (v.every((x) => x === null || typeof x !== 'object')) return `[${v.map((x) => phpValue(x)).join(', ')}]`;
    return `[\n${v.map((x) => `${inner}${phpValue(x, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(v as Record<string, Plain>);
  if (entries.length === 0) return '[]';
  return `[\n${entries.map(([k, x]) => `${inner}${phpString(k)} => ${phpValue(x, inner)},`).join('\n')}\n${indent}]`;
}
