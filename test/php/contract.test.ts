/**
 * The generated PHP names only Bitrix symbols listed in the API contract (docs/bitrix-api-contract.json),
 * and only the gateway, the install class and the settings page name Bitrix at all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../generator/write/index.ts';
import { examples } from '../golden/examples.ts';
import { MEMORY, READS, WRITES } from '../../bench/io.ts';

interface ContractEntry { symbol: string; kind: string }
const contract = JSON.parse(readFileSync(new URL('../../docs/bitrix-api-contract.json', import.meta.url), 'utf8')) as ContractEntry[];
const symbols = new Set(contract.map((e) => e.symbol.replace(/^\\/, '')));
const classes = new Set([...symbols].map((s) => s.split('::')[0]!));

/** Bitrix references of one PHP file: imported classes, global `\C…` classes, and static calls. */
export function bitrixReferences(php: string, ownNamespace: string): { classes: string[]; staticCalls: string[] } {
  const uses = new Map<string, string>();
  for (const m of php.matchAll(/^use ([A-Za-z\\]+)(?: as (\w+))?;/gm)) {
    const fqcn = m[1]!;
    uses.set(m[2] ?? fqcn.split('\\').pop()!, fqcn);
  }
  const found = new Set<string>();
  const calls = new Set<string>();
  for (const fqcn of uses.values()) if (fqcn.startsWith('Bitrix\\')) found.add(fqcn);
  for (const m of php.matchAll(/(?:new |extends |\\)(C[A-Z][A-Za-z]+)\b/g)) found.add(m[1]!);
  for (const m of php.matchAll(/(\\?[A-Za-z][A-Za-z\\]*)::([A-Za-z_]+)\(/g)) {
    const raw = m[1]!.replace(/^\\/, '');
    if (['self', 'static', 'parent'].includes(raw)) continue;
    const fqcn = raw.includes('\\') ? raw : uses.get(raw) ?? raw;
    if (fqcn.startsWith(ownNamespace) || !(fqcn.startsWith('Bitrix\\') || /^C[A-Z]/.test(fqcn))) continue;
    calls.add(`${fqcn}::${m[2]}`);
  }
  return { classes: [...found].sort(), staticCalls: [...calls].sort() };
}

/** An own class: its Bitrix or own parent (fully qualified) and the static methods it declares. */
interface OwnClass { parent: string | null; methods: Set<string> }

/** The module's classes, by fully qualified name. */
export function ownClasses(files: string[]): Map<string, OwnClass> {
  const out = new Map<string, OwnClass>();
  for (const php of files) {
    const ns = php.match(/^namespace ([A-Za-z\\]+);/m)?.[1];
    const m = php.match(/^(?:final |abstract )?class (\w+)(?: extends ([A-Za-z\\]+))?/m);
    if (!ns || !m) continue;
    const uses = new Map([...php.matchAll(/^use ([A-Za-z\\]+);/gm)].map((u) => [u[1]!.split('\\').pop()!, u[1]!]));
    const parent = m[2] === undefined ? null : m[2].startsWith('\\') ? m[2].slice(1) : uses.get(m[2]) ?? `${ns}\\${m[2]}`;
    out.set(`${ns}\\${m[1]}`, { parent, methods: new Set([...php.matchAll(/function (\w+)\(/g)].map((f) => f[1]!)) });
  }
  return out;
}

/**
 * Static calls on own classes that reach a method they inherit from a Bitrix class
 * (`ClientTable::add` → `Bitrix\Main\ORM\Data\DataManager::add`).
 */
export function inheritedCalls(php: string, ownNamespace: string, own: Map<string, OwnClass>): string[] {
  const ns = php.match(/^namespace ([A-Za-z\\]+);/m)?.[1] ?? '';
  const uses = new Map([...php.matchAll(/^use ([A-Za-z\\]+);/gm)].map((u) => [u[1]!.split('\\').pop()!, u[1]!]));
  const calls = new Set<string>();
  for (const m of php.matchAll(/(\\?[A-Za-z][A-Za-z\\]*)::([A-Za-z_]+)\(/g)) {
    const raw = m[1]!;
    const fqcn = raw.startsWith('\\') ? raw.slice(1) : raw.includes('\\') ? `${ns}\\${raw}` : uses.get(raw) ?? `${ns}\\${raw}`;
    if (!fqcn.startsWith(ownNamespace)) continue;
    let cls = own.get(fqcn);
    while (cls && !cls.methods.has(m[2]!) && cls.parent !== null && own.has(cls.parent)) cls = own.get(cls.parent);
    if (cls && !cls.methods.has(m[2]!) && cls.parent !== null && cls.parent.startsWith('Bitrix\\')) calls.add(`${cls.parent}::${m[2]}`);
  }
  return [...calls].sort();
}

const ALLOWED_TO_NAME_BITRIX = [/^lib\/gateway\//, /^install\/index\.php$/, /^options\.php$/, /^include\.php$/, /^install\/activities\//];

describe.each(examples())('example $name', (ex) => {
  const moduleDir = listFiles(ex.golden).find((p) => p.endsWith('/install/index.php'))!.split('/')[0]!;
  const root = path.join(ex.golden, moduleDir);
  const files = listFiles(root).filter((p) => p.endsWith('.php') && !p.startsWith('lang/'));
  const ns = readFileSync(path.join(root, 'lib/router.php'), 'utf8').match(/^namespace ([A-Za-z\\]+);/m)![1]!;

  const own = ownClasses(files.map((f) => readFileSync(path.join(root, f), 'utf8')));

  it.each(files)('%s names only contract symbols', (file) => {
    const php = readFileSync(path.join(root, file), 'utf8');
    const refs = bitrixReferences(php, ns);
    expect(refs.classes.filter((c) => !classes.has(c))).toEqual([]);
    expect(refs.staticCalls.filter((c) => !symbols.has(c))).toEqual([]);
    expect(inheritedCalls(php, ns, own).filter((c) => !symbols.has(c)), 'inherited Bitrix methods').toEqual([]);
    if (!ALLOWED_TO_NAME_BITRIX.some((re) => re.test(file))) {
      expect(refs.classes, `${file} is outside the gateway`).toEqual([]);
      expect(refs.staticCalls, `${file} is outside the gateway`).toEqual([]);
    }
  });
});

describe('inherited calls', () => {
  it('follow own parents to the Bitrix class that declares the method', () => {
    const base = "<?php\nnamespace Acme\\X\\Gateway;\nuse Bitrix\\Main\\ORM\\Data\\DataManager;\nabstract class ModuleTable extends DataManager\n{\n    public static function install(): void {}\n}\n";
    const table = "<?php\nnamespace Acme\\X\\Gateway;\nfinal class KeptTable extends ModuleTable\n{\n    public static function getMap() {}\n}\n";
    const user = "<?php\nnamespace Acme\\X;\nuse Acme\\X\\Gateway\\KeptTable;\nKeptTable::delete(1);\nKeptTable::install();\nKeptTable::getMap();\n";
    expect(inheritedCalls(user, 'Acme\\X', ownClasses([base, table]))).toEqual(['Bitrix\\Main\\ORM\\Data\\DataManager::delete']);
  });
});

describe('the reference extractor', () => {
  it('finds imported, global and static references, and skips the module’s own', () => {
    const php = "<?php\nnamespace Acme\\X;\nuse Bitrix\\Main\\Loader;\nuse Acme\\X\\Core\\Spec;\n$a = new \\CTimeManUser(1);\nLoader::includeModule('im');\n\\CAgent::AddAgent('x');\nSpec::ir();\n";
    expect(bitrixReferences(php, 'Acme\\X')).toEqual({
      classes: ['Bitrix\\Main\\Loader', 'CAgent', 'CTimeManUser'],
      staticCalls: ['Bitrix\\Main\\Loader::includeModule', 'CAgent::AddAgent'],
    });
  });
});

describe('the bench’s I/O classes', () => {
  it('classify every callable of the contract once', () => {
    const callables = contract.filter((e) => ['method', 'static-method', 'function'].includes(e.kind)).map((e) => e.symbol);
    const classes = callables.map((s) => [s, [READS.has(s), WRITES.has(s), MEMORY.has(s)].filter(Boolean).length] as const);
    expect(classes.filter(([, n]) => n !== 1)).toEqual([]);
    expect([...READS, ...WRITES, ...MEMORY].filter((s) => !callables.includes(s))).toEqual([]);
  });
});
