/**
 * Type diagnostics of a spec file through ts-morph, with `b24route` resolved to our own spec types.
 */
import path from 'node:path';
import type { Project, SourceFile } from 'ts-morph';
import type { Diagnostic } from '../diagnostics/types.ts';
import { packageRoot } from './package-root.ts';
import { tsMorph } from './ts-morph.ts';

/** The file a spec's `import … from 'b24route'` resolves to. */
export const SPEC_ENTRY = path.join(packageRoot(), 'generator', 'spec', 'index.ts');

export interface TypeCheckResult {
  project: Project;
  sourceFile: SourceFile;
  diagnostics: Diagnostic[];
}

export function createSpecProject(): Project {
  const { Project, ts } = tsMorph();
  return new Project({
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      allowImportingTsExtensions: true,
      types: [],
      paths: { b24route: [SPEC_ENTRY] },
    },
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: false,
  });
}

/** Adds the spec text under its path and returns its type diagnostics. */
export function typeCheck(file: string, text: string, project = createSpecProject(), skip = false): TypeCheckResult {
  const sourceFile = project.createSourceFile(file, text, { overwrite: true });
  const diagnostics: Diagnostic[] = [];
  if (skip) return { project, sourceFile, diagnostics };
  project.resolveSourceFileDependencies();
  for (const d of project.getPreEmitDiagnostics()) {
    if (d.getCategory() !== tsMorph().DiagnosticCategory.Error) continue;
    const sf = d.getSourceFile();
    const start = d.getStart() ?? 0;
    const pos = sf ? sf.getLineAndColumnAtPos(start) : { line: 1, column: 1 };
    diagnostics.push({
      code: 'B24R0001',
      severity: 'error',
      message: `${flatten(d.getMessageText())} (TS${d.getCode()})`,
      fix: 'Correct the value to match the b24route types; hover over it in an editor for the expected type.',
      path: [],
      where: { file: sf?.getFilePath() ?? file, line: pos.line, column: pos.column, length: d.getLength() ?? 1 },
    });
  }
  return { project, sourceFile, diagnostics };
}

function flatten(message: string | { getMessageText(): string; getNext(): unknown[] | undefined }): string {
  if (typeof message === 'string') return message;
  const parts: string[] = [];
  const walk = (m: { getMessageText(): string; getNext(): unknown[] | undefined }, depth: number): void => {
    parts.push(`${'  '.repeat(depth)}${m.getMessageText()}`);
    for (const next of m.getNext() ?? []) walk(next as typeof m, depth + 1);
  };
  walk(message, 0);
  return parts.join('\n');
}
