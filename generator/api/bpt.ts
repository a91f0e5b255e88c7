/**
 * `.bpt` files from the command line: read and check one, or pack one from its JSON form. Reading
 * and writing go through here; the codec in `generator/bpt/` is pure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkBpt, dumpBpt, fromJson, JsonShapeError, packBpt, BptError, PhpArray, toJson, unpackBpt, type Json } from '../bpt/index.ts';
import { CODES } from '../diagnostics/codes.ts';
import type { Diagnostic } from '../diagnostics/types.ts';
import { addFiles } from '../write/index.ts';

export interface BptReadResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  compressed?: boolean;
  /** The package in b24route's JSON form of PHP values. */
  json?: Json;
  /** The readable tree. */
  text?: string;
}

const problem = (code: 'B24R2001' | 'B24R2009', message: string, fix?: string): Diagnostic => ({
  code, severity: CODES[code].severity, message, ...(fix ? { fix } : {}), path: [],
});

const blocking = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === 'error');

/**
 * Activity types a module installs: the folders of its `install/activities/` (the runtime finds an
 * activity by its lowercased folder name).
 */
export function moduleActivities(moduleDir: string): Record<string, null> {
  const dir = path.join(moduleDir, 'install', 'activities');
  if (!existsSync(dir)) return {};
  return Object.fromEntries(readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => [d.name.toLowerCase(), null]));
}

export function readBpt(file: string, options: { moduleDir?: string } = {}): BptReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { ok: false, diagnostics: [problem('B24R2001', `Cannot read ${file}: ${(e as Error).message}`)] };
  }
  let unpacked;
  try {
    unpacked = unpackBpt(bytes);
  } catch (e) {
    if (!(e instanceof BptError)) throw e;
    return { ok: false, diagnostics: [problem('B24R2001', e.message, 'Export the template again from the business-process designer (Export), or pack it with `b24route bpt pack`.')] };
  }
  const diagnostics = checkBpt(unpacked.value, options.moduleDir ? { extraActivities: moduleActivities(options.moduleDir) } : {});
  return {
    ok: !blocking(diagnostics),
    diagnostics,
    compressed: unpacked.compressed,
    json: toJson(unpacked.value),
    text: dumpBpt(unpacked.value, unpacked.compressed),
  };
}

export interface BptPackResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  written: string[];
}

/** Packs the JSON form of a package into `out`; nothing is written unless it passes the checks. */
export function packBptFile(jsonFile: string, out: string, options: { plain?: boolean } = {}): BptPackResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(jsonFile, 'utf8'));
  } catch (e) {
    return { ok: false, written: [], diagnostics: [problem('B24R2009', `Cannot read ${jsonFile} as JSON: ${(e as Error).message}`)] };
  }
  let value;
  try {
    value = fromJson(parsed);
  } catch (e) {
    if (!(e instanceof JsonShapeError)) throw e;
    return { ok: false, written: [], diagnostics: [problem('B24R2009', e.message, 'See `b24route bpt dump --json` for the form.')] };
  }
  if (!(value instanceof PhpArray)) {
    return { ok: false, written: [], diagnostics: [problem('B24R2009', 'The package must be a JSON object with VERSION, TEMPLATE, PARAMETERS, VARIABLES, CONSTANTS and DOCUMENT_FIELDS.')] };
  }
  const diagnostics = checkBpt(value);
  if (blocking(diagnostics)) return { ok: false, written: [], diagnostics };
  let bytes: Buffer;
  try {
    bytes = packBpt(value, { compress: options.plain !== true });
  } catch (e) {
    if (!(e instanceof BptError)) throw e;
    return { ok: false, written: [], diagnostics: [...diagnostics, problem('B24R2009', e.message)] };
  }
  const result = addFiles(path.dirname(out), [{ path: path.basename(out), content: bytes }], { overwrite: true });
  return { ok: true, written: result.written, diagnostics };
}
