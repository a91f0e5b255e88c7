/**
 * The one place diagnostics become text: `file:line:col severity CODE message`, a code frame, the fix.
 */
import path from 'node:path';
import { pathToString, type Diagnostic } from './types.ts';

export interface FormatOptions {
  /** Source texts by absolute file path, for code frames. */
  sources?: ReadonlyMap<string, string>;
  /** Paths are printed relative to this directory. @default process.cwd() */
  cwd?: string;
  /** What a diagnostic without a source location is about. @default '(spec)' */
  subject?: string;
}

export function formatDiagnostic(d: Diagnostic, options: FormatOptions = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const where = d.where ? `${path.relative(cwd, d.where.file) || d.where.file}:${d.where.line}:${d.where.column}` : options.subject ?? '(spec)';
  const lines = [`${where} ${d.severity} ${d.code} ${d.message}`];
  if (d.path.length > 0) lines.push(`  at ${pathToString(d.path)}`);
  const source = d.where ? options.sources?.get(d.where.file) : undefined;
  if (d.where && source !== undefined) lines.push(...codeFrame(source, d.where.line, d.where.column, d.where.length ?? 1));
  if (d.fix) lines.push(`  fix: ${d.fix}`);
  return lines.join('\n');
}

/** Two lines of context before the offending line, the line itself and a caret underline. */
export function codeFrame(source: string, line: number, column: number, length: number): string[] {
  const all = source.split(/\r?\n/);
  const first = Math.max(1, line - 2);
  const width = String(line).length;
  const out: string[] = [];
  for (let n = first; n <= line && n <= all.length; n++) {
    const marker = n === line ? '>' : ' ';
    out.push(`  ${marker} ${String(n).padStart(width)} | ${all[n - 1] ?? ''}`);
  }
  const text = all[line - 1] ?? '';
  const span = Math.max(1, Math.min(length, text.length - column + 1));
  out.push(`    ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}${'^'.repeat(span)}`);
  return out;
}

export function summarize(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  return diagnostics.map((d) => formatDiagnostic(d, options)).join('\n\n');
}

/** Sorts by file, line, column, then code: the order diagnostics are shown in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => {
    const fa = a.where?.file ?? '';
    const fb = b.where?.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.where?.line ?? 0;
    const lb = b.where?.line ?? 0;
    if (la !== lb) return la - lb;
    const ca = a.where?.column ?? 0;
    const cb = b.where?.column ?? 0;
    if (ca !== cb) return ca - cb;
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  });
}
