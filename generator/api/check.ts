/**
 * check: load → validate → normalize. The programmatic form of `b24route check`.
 */
import type { Diagnostic } from '../diagnostics/types.ts';
import { sortDiagnostics } from '../diagnostics/format.ts';
import { normalize } from '../ir/normalize.ts';
import type { RoutingIR } from '../ir/types.ts';
import { loadSpec, loadSpecText, type LoadedSpec } from '../load/index.ts';
import { validate } from '../validate/index.ts';

export interface CheckOptions {
  /** Warnings block as errors do. @default false */
  strict?: boolean;
  /** Skip the TypeScript type check. @default false */
  skipTypeCheck?: boolean;
  /** Spec text to use instead of reading the file. */
  text?: string;
}

export interface CheckResult {
  /** True when nothing blocks: no errors (and, with `strict`, no warnings). */
  ok: boolean;
  file: string;
  /** Source texts by file, for code frames. */
  sources: Map<string, string>;
  diagnostics: Diagnostic[];
  /** The IR, when the spec has no errors. */
  ir?: RoutingIR;
}

export function check(file: string, options: CheckOptions = {}): CheckResult {
  const loadOptions = { skipTypeCheck: options.skipTypeCheck === true };
  const loaded: LoadedSpec = options.text === undefined
    ? loadSpec(file, loadOptions)
    : loadSpecText(file, options.text, loadOptions);
  const sources = new Map([[loaded.file, loaded.text]]);
  const diagnostics = [...loaded.diagnostics];
  const typeErrors = diagnostics.some((d) => d.severity === 'error');
  if (loaded.spec && !typeErrors) {
    for (const d of validate(loaded.spec)) {
      diagnostics.push({ ...d, where: d.where ?? loaded.locate(d.path) ?? { file: loaded.file, line: 1, column: 1 } });
    }
  }
  const sorted = sortDiagnostics(diagnostics);
  const errors = sorted.some((d) => d.severity === 'error');
  const warnings = sorted.some((d) => d.severity === 'warning');
  const ok = !errors && !(options.strict === true && warnings);
  const result: CheckResult = { ok, file: loaded.file, sources, diagnostics: sorted };
  if (!errors && loaded.spec) result.ir = normalize(loaded.spec);
  return result;
}
