/**
 * write: the only stage that writes to disk. All or nothing: files are staged next to their
 * destination and moved into place only when every one of them is ready.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';

/** A file the compiler produced, relative to an output directory. */
export interface FileOutput {
  path: string;
  /** Text (written as UTF-8) or bytes. */
  content: string | Uint8Array;
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

/**
 * Writes `files` under `dir`, replacing each top-level entry they name (a module folder, an archive)
 * as a whole; other entries of `dir` stay. Everything is staged first; on failure the old entries return.
 */
export function replaceEntries(dir: string, files: readonly FileOutput[]): WriteResult {
  files.forEach(assertRelative);
  const abs = path.resolve(dir);
  mkdirSync(abs, { recursive: true });
  const stage = mkdtempSync(path.join(abs, '.b24route-new-'));
  const backup = mkdtempSync(path.join(abs, '.b24route-old-'));
  const tops = [...new Set(files.map((f) => f.path.split('/')[0]!))].sort();
  const moved: string[] = [];
  try {
    for (const f of files) {
      const target = path.join(stage, f.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, f.content);
    }
    for (const top of tops) {
      if (existsSync(path.join(abs, top))) {
        renameSync(path.join(abs, top), path.join(backup, top));
        moved.push(top);
      }
    }
    for (const top of tops) renameSync(path.join(stage, top), path.join(abs, top));
  } catch (error) {
    for (const top of tops) {
      if (existsSync(path.join(backup, top))) {
        rmSync(path.join(abs, top), { recursive: true, force: true });
        renameSync(path.join(backup, top), path.join(abs, top));
      }
    }
    throw error;
  } finally {
    rmSync(stage, { recursive: true, force: true });
    rmSync(backup, { recursive: true, force: true });
  }
  return { written: files.map((f) => path.join(abs, f.path)) };
}

export interface DriftReport {
  missing: string[];
  changed: string[];
  extra: string[];
}

/** Whether a drift report is empty. */
export function noDrift(report: DriftReport): boolean {
  return report.missing.length + report.changed.length + report.extra.length === 0;
}

function bytes(content: string | Uint8Array): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
}

/** Archives are compared by their uncompressed bytes, so a different zlib build is not drift. */
function sameContent(file: string, existing: Buffer, expected: string | Uint8Array): boolean {
  if (file.endsWith('.gz')) {
    try {
      return gunzipSync(existing).equals(gunzipSync(bytes(expected)));
    } catch {
      return false;
    }
  }
  return existing.equals(bytes(expected));
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(d, entry.name), r);
      else out.push(r);
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return out.sort();
}

/** Compares `files` with what is in `dir`, writing nothing. */
export function compareDir(dir: string, files: readonly FileOutput[]): DriftReport {
  const report: DriftReport = { missing: [], changed: [], extra: [] };
  const expected = new Set(files.map((f) => f.path));
  for (const f of files) {
    const target = path.join(dir, f.path);
    if (!existsSync(target)) report.missing.push(f.path);
    else if (!sameContent(f.path, readFileSync(target), f.content)) report.changed.push(f.path);
  }
  for (const p of listFiles(dir)) if (!expected.has(p)) report.extra.push(p);
  return report;
}
