/**
 * The generated PHP names only Bitrix symbols listed in the API contract (docs/bitrix-api-contract.json),
 * and only the gateway, the install class and the settings page name Bitrix at all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../generator/write/index.ts';
import { examples } from '../golden/examples.ts';

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

const ALLOWED_TO_NAME_BITRIX = [/^lib\/gateway\//, /^install\/index\.php$/, /^options\.php$/, /^include\.php$/];

describe.each(examples())('example $name', (ex) => {
  const moduleDir = listFiles(ex.golden).find((p) => p.endsWith('/install/index.php'))!.split('/')[0]!;
  const root = path.join(ex.golden, moduleDir);
  const files = listFiles(root).filter((p) => p.endsWith('.php') && !p.startsWith('lang/'));
  const ns = readFileSync(path.join(root, 'lib/router.php'), 'utf8').match(/^namespace ([A-Za-z\\]+);/m)![1]!;

  it.each(files)('%s names only contract symbols', (file) => {
    const refs = bitrixReferences(readFileSync(path.join(root, file), 'utf8'), ns);
    expect(refs.classes.filter((c) => !classes.has(c))).toEqual([]);
    expect(refs.staticCalls.filter((c) => !symbols.has(c))).toEqual([]);
    if (!ALLOWED_TO_NAME_BITRIX.some((re) => re.test(file))) {
      expect(refs.classes, `${file} is outside the gateway`).toEqual([]);
      expect(refs.staticCalls, `${file} is outside the gateway`).toEqual([]);
    }
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
