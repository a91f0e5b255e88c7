/**
 * build: check → IR → emit → write (or compare, with `check`). Nothing is written unless the spec
 * has no blocking diagnostic and every file was produced.
 */
import path from 'node:path';
import { emitBuild } from '../emit/index.ts';
import { loadTemplates } from '../load/templates.ts';
import { compareDir, noDrift, replaceEntries, type DriftReport, type FileOutput } from '../write/index.ts';
import { check, type CheckResult } from './check.ts';

export interface BuildOptions {
  /** Write into this directory (its `<module id>/` and `<module id>.tar.gz` are replaced). */
  out?: string;
  /** Compare with this directory instead of writing. */
  checkDir?: string;
  strict?: boolean;
  skipTypeCheck?: boolean;
  /** The spec path as shown in banners. @default the path relative to the current directory */
  specLabel?: string;
}

export interface BuildResult {
  ok: boolean;
  check: CheckResult;
  files: FileOutput[];
  written: string[];
  drift?: DriftReport;
}

/** The files of a build, without writing them. */
export function buildFiles(checked: CheckResult, specLabel: string): FileOutput[] {
  if (!checked.ir) return [];
  return emitBuild(checked.ir, { templates: loadTemplates(), specPath: specLabel });
}

export function build(spec: string, options: BuildOptions = {}): BuildResult {
  const checked = check(spec, { strict: options.strict === true, skipTypeCheck: options.skipTypeCheck === true });
  if (!checked.ok || !checked.ir) return { ok: false, check: checked, files: [], written: [] };
  const label = options.specLabel ?? path.relative(process.cwd(), checked.file).split(path.sep).join('/');
  const files = buildFiles(checked, label);
  if (options.checkDir !== undefined) {
    const drift = compareDir(options.checkDir, files);
    return { ok: noDrift(drift), check: checked, files, written: [], drift };
  }
  if (options.out === undefined) return { ok: true, check: checked, files, written: [] };
  const { written } = replaceEntries(options.out, files);
  return { ok: true, check: checked, files, written };
}
