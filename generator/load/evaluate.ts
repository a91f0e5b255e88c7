/**
 * Runs a spec file's code in an isolated VM context. The only module it may import is `b24route`;
 * the default export must be plain data.
 */
import vm from 'node:vm';
import { tsMorph } from './ts-morph.ts';
import { defineRouting } from '../spec/index.ts';
import type { Diagnostic, PathSegment } from '../diagnostics/types.ts';

export const ALLOWED_IMPORTS = new Set(['b24route']);

export interface EvaluateResult {
  value: unknown;
  diagnostics: Diagnostic[];
}

class ImportNotAllowed extends Error {}

export function evaluateSpec(file: string, text: string): EvaluateResult {
  const { ts } = tsMorph();
  const js = ts.transpileModule(text, {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: false },
  }).outputText;
  const moduleObj: { exports: Record<string, unknown> } = { exports: {} };
  const sandboxRequire = (id: string): unknown => {
    if (ALLOWED_IMPORTS.has(id)) return { defineRouting };
    throw new ImportNotAllowed(id);
  };
  const context = vm.createContext({ module: moduleObj, exports: moduleObj.exports, require: sandboxRequire });
  try {
    vm.runInContext(js, context, { filename: file, timeout: 2000 });
  } catch (error) {
    if (error instanceof ImportNotAllowed) {
      return { value: undefined, diagnostics: [importNotAllowed(error.message)] };
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
      value: undefined,
      diagnostics: [{
        code: 'B24R0002', severity: 'error', path: [],
        message: `Evaluating the spec failed: ${message}`,
        fix: 'A spec is a literal value passed to defineRouting(); remove code that computes or throws.',
      }],
    };
  }
  if (!('default' in moduleObj.exports) || moduleObj.exports.default === undefined) {
    return {
      value: undefined,
      diagnostics: [{
        code: 'B24R0003', severity: 'error', path: [],
        message: 'The spec file has no default export.',
        fix: "End the file with `export default defineRouting({ ... });` (import it from 'b24route').",
      }],
    };
  }
  const value = moduleObj.exports.default;
  return { value, diagnostics: checkPlainData(value) };
}

export function importNotAllowed(id: string): Diagnostic {
  return {
    code: 'B24R0004', severity: 'error', path: [],
    message: `The spec imports "${id}"; a spec may import only from 'b24route'.`,
    fix: 'Write the values into the spec itself, so the compiled module does not depend on code outside it.',
  };
}

/** Reports values that do not survive a JSON round trip: functions, symbols, NaN, class instances, cycles. */
export function checkPlainData(value: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<object>();
  const visit = (v: unknown, path: PathSegment[]): void => {
    const bad = (what: string): void => {
      out.push({
        code: 'B24R0005', severity: 'error', path,
        message: `The spec holds ${what}; only strings, numbers, booleans, arrays and plain objects are allowed.`,
        fix: 'Replace it with a literal value.',
      });
    };
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) bad(String(v));
      return;
    }
    if (typeof v === 'undefined') return;
    if (typeof v !== 'object') {
      bad(`a ${typeof v}`);
      return;
    }
    if (seen.has(v)) {
      bad('a value that contains itself');
      return;
    }
    seen.add(v);
    if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, [...path, i]));
    } else {
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== null && Object.getPrototypeOf(proto) !== null) {
        bad(`an instance of ${(v as { constructor?: { name?: string } }).constructor?.name ?? 'a class'}`);
      } else {
        for (const [k, item] of Object.entries(v)) visit(item, [...path, k]);
      }
    }
    seen.delete(v);
  };
  visit(value, []);
  return out;
}
