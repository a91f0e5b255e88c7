/**
 * load: a spec file → its value, type diagnostics and a locator for later diagnostics.
 * One of the three stages allowed to touch the file system.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, PathSegment, SourceLocation } from '../diagnostics/types.ts';
import type { RoutingSpecInput } from '../spec/types.ts';
import { ALLOWED_IMPORTS, evaluateSpec, importNotAllowed } from './evaluate.ts';
import { locationOf, makeLocator } from './locate.ts';
import { typeCheck } from './typecheck.ts';

export interface LoadedSpec {
  file: string;
  text: string;
  /** The spec value; absent when it could not be evaluated. */
  spec?: RoutingSpecInput;
  /** Load and type diagnostics. */
  diagnostics: Diagnostic[];
  /** Source location of a value path. */
  locate: (path: readonly PathSegment[]) => SourceLocation | undefined;
}

export interface LoadOptions {
  /** Skip the ts-morph type check (faster; for tests and trusted input). @default false */
  skipTypeCheck?: boolean;
}

export function loadSpec(file: string, options: LoadOptions = {}): LoadedSpec {
  const abs = path.resolve(file);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : String(error);
    return {
      file: abs, text: '', locate: () => undefined,
      diagnostics: [{
        code: 'B24R0002', severity: 'error', path: [],
        message: `Cannot read the spec file ${abs}: ${reason}.`,
        fix: 'Pass the path of a routing.ts file; `b24route init <dir>` writes one to start from.',
        where: { file: abs, line: 1, column: 1 },
      }],
    };
  }
  return loadSpecText(abs, text, options);
}

/** Same as {@link loadSpec} for text already in memory. */
export function loadSpecText(file: string, text: string, options: LoadOptions = {}): LoadedSpec {
  const { sourceFile, diagnostics } = typeCheck(file, text, undefined, options.skipTypeCheck === true);
  const locate = makeLocator(sourceFile);
  const withWhere = (d: Diagnostic, fallback: SourceLocation): Diagnostic => ({ ...d, where: d.where ?? locate(d.path) ?? fallback });
  const top: SourceLocation = { file, line: 1, column: 1 };

  const imports = sourceFile.getImportDeclarations().filter((i) => !ALLOWED_IMPORTS.has(i.getModuleSpecifierValue()));
  if (imports.length > 0) {
    const found = imports.map((i) => ({ ...importNotAllowed(i.getModuleSpecifierValue()), where: locationOf(i.getModuleSpecifier()) }));
    return { file, text, locate, diagnostics: [...diagnostics, ...found] };
  }
  const evaluated = evaluateSpec(file, text);
  const all = [...diagnostics, ...evaluated.diagnostics.map((d) => withWhere(d, top))];
  const ok = evaluated.diagnostics.length === 0 && typeof evaluated.value === 'object' && evaluated.value !== null;
  return ok ? { file, text, locate, diagnostics: all, spec: evaluated.value as RoutingSpecInput } : { file, text, locate, diagnostics: all };
}

export { makeLocator, findNode, specRoot } from './locate.ts';
