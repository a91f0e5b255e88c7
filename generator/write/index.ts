/**
 * write: the only stage that writes to disk. All or nothing: files are staged next to their
 * destination and moved into place only when every one of them is ready.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A file the compiler produced, relative to an output directory. */
export interface FileOutput {
  path: string;
  content: string;
}

export interface WriteResult {
  written: string[];
}

export class WriteConflictError extends Error {
  constructor(readonly paths: string[]) {
    super(`Refusing to overwrite existing files: ${paths.join(', ')}`);
  }
}

function assertRelative(file: FileOutput): void {
  const norm = path.posix.normalize(file.path);
  if (path.isAbsolute(file.path) || norm.startsWith('..') || norm !== file.path) {
    throw new Error(`Output path must be relative and normalized: ${file.path}`);
  }
}

/**
 * Adds files into `dir` (created if missing). Fails before writing anything if one exists,
 * unless `overwrite` is set.
 */
export function addFiles(dir: string, files: readonly FileOutput[], options: { overwrite?: boolean } = {}): WriteResult {
  files.forEach(assertRelative);
  const targets = files.map((f) => path.join(dir, f.path));
  const existing = targets.filter((t) => existsSync(t));
  if (existing.length > 0 && options.overwrite !== true) throw new WriteConflictError(existing);
  mkdirSync(dir, { recursive: true });
  const stage = mkdtempSync(path.join(dir, '.b24route-'));
  try {
    files.forEach((f, i) => {
      const staged = path.join(stage, String(i));
      writeFileSync(staged, f.content);
    });
    files.forEach((f, i) => {
      const target = targets[i]!;
      mkdirSync(path.dirname(target), { recursive: true });
      renameSync(path.join(stage, String(i)), target);
    });
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  return { written: targets };
}

/** Replaces the whole directory `dir` with exactly `files`; the old content stays if anything fails. */
export function replaceDir(dir: string, files: readonly FileOutput[]): WriteResult {
  files.forEach(assertRelative);
  const abs = path.resolve(dir);
  const parent = path.dirname(abs);
  mkdirSync(parent, { recursive: true });
  const stage = mkdtempSync(path.join(parent, `.${path.basename(abs)}.new-`));
  const backup = `${stage}.old`;
  try {
    for (const f of files) {
      const target = path.join(stage, f.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, f.content);
    }
    if (existsSync(abs)) renameSync(abs, backup);
    renameSync(stage, abs);
  } catch (error) {
    if (!existsSync(abs) && existsSync(backup)) renameSync(backup, abs);
    rmSync(stage, { recursive: true, force: true });
    throw error;
  }
  rmSync(backup, { recursive: true, force: true });
  return { written: files.map((f) => path.join(abs, f.path)) };
}

export interface DriftReport {
  missing: string[];
  changed: string[];
  extra: string[];
}

/** Compares `files` with what is in `dir`, writing nothing. */
export function compareDir(dir: string, files: readonly FileOutput[], listExisting: (dir: string) => string[]): DriftReport {
  const report: DriftReport = { missing: [], changed: [], extra: [] };
  const expected = new Set(files.map((f) => f.path));
  for (const f of files) {
    const target = path.join(dir, f.path);
    if (!existsSync(target)) report.missing.push(f.path);
    else if (readFileSync(target, 'utf8') !== f.content) report.changed.push(f.path);
  }
  for (const p of listExisting(dir)) if (!expected.has(p)) report.extra.push(p);
  return report;
}
