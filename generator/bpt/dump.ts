/**
 * A readable tree of a `.bpt` package: the activity tree with each node's name, type and properties,
 * then the parameters, variables, constants and document fields.
 */
import { toJson } from './json.ts';
import { PhpArray, type PhpValue } from './php-value.ts';

const WIDTH = 160;

export function dumpBpt(pkg: PhpArray, compressed: boolean): string {
  const lines = [`business-process template, ${compressed ? 'zlib-compressed' : 'plain serialized'}, VERSION ${text(pkg.get('VERSION') ?? null)}`];
  lines.push('TEMPLATE');
  const template = pkg.get('TEMPLATE');
  const roots = template instanceof PhpArray ? template.entries.map(([, v]) => v) : [];
  roots.forEach((node, i) => tree(node, '', i === roots.length - 1, lines));
  for (const key of ['PARAMETERS', 'VARIABLES', 'CONSTANTS']) {
    const v = pkg.get(key);
    const entries = v instanceof PhpArray ? v.entries : [];
    lines.push(`${key} (${entries.length})`);
    for (const [id, field] of entries) lines.push(`  ${id}: ${fieldLine(field)}`);
  }
  const fields = pkg.get('DOCUMENT_FIELDS');
  lines.push(`DOCUMENT_FIELDS (${fields instanceof PhpArray ? fields.entries.length : 0})`);
  if (fields instanceof PhpArray) for (const [id, f] of fields.entries) lines.push(`  ${id}: ${fieldLine(f)}`);
  return lines.join('\n');
}

function tree(node: PhpValue, indent: string, last: boolean, lines: string[]): void {
  const branch = indent === '' && lines.length === 2 ? '' : last ? '└─ ' : '├─ ';
  const next = indent + (branch === '' ? '' : last ? '   ' : '│  ');
  if (!(node instanceof PhpArray)) {
    lines.push(`${indent}${branch}(not an activity: ${text(node)})`);
    return;
  }
  const props = node.get('Properties');
  const title = props instanceof PhpArray ? props.get('Title') : undefined;
  lines.push(`${indent}${branch}${String(node.get('Name') ?? '?')}: ${String(node.get('Type') ?? '?')}${typeof title === 'string' && title !== '' ? ` “${title}”` : ''}`);
  const children = node.get('Children');
  const kids = children instanceof PhpArray ? children.entries.map(([, v]) => v) : [];
  const bar = kids.length > 0 ? '│  ' : '   ';
  if (props instanceof PhpArray) {
    for (const [key, value] of props.entries) {
      if (key !== 'Title') lines.push(`${next}${bar}${key} = ${text(value)}`);
    }
  }
  kids.forEach((kid, i) => tree(kid, next, i === kids.length - 1, lines));
}

function fieldLine(field: PhpValue): string {
  if (!(field instanceof PhpArray)) return text(field);
  const name = field.get('Name');
  const type = field.get('Type');
  const flags = [field.get('Required'), field.get('Multiple')].map((v, i) => (v === 1 || v === 'Y' || v === true ? ['required', 'multiple'][i] : null))
    .filter((v): v is string => v !== null);
  const rest = new PhpArray(field.entries.filter(([k]) => !['Name', 'Type', 'Required', 'Multiple'].includes(String(k))));
  return `${String(type ?? '?')} “${String(name ?? '')}”${flags.length ? ` ${flags.join(', ')}` : ''}${rest.entries.length ? ` ${text(rest)}` : ''}`;
}

function text(value: PhpValue): string {
  const s = JSON.stringify(toJson(value));
  return s.length > WIDTH ? `${s.slice(0, WIDTH - 1)}…` : s;
}
