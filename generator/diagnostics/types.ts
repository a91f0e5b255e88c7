/** A step into a value: a property name or an array index. */
export type PathSegment = string | number;

/** Where a diagnostic points in a source file (1-based line and column). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  /** Length of the offending text, for the code frame underline. */
  length?: number;
}

export type Severity = 'error' | 'warning';

/** A problem found in a spec, as data: collected, then formatted in one place. */
export interface Diagnostic {
  /** A stable code, e.g. `B24R1001`; see `generator/diagnostics/codes.ts`. */
  code: string;
  severity: Severity;
  message: string;
  /** How to fix it. */
  fix?: string;
  /** Path of the offending node inside the spec value, e.g. `['companies', 0, 'lines', 1, 'id']`. */
  path: PathSegment[];
  /** Source location, filled in by the loader from `path` (or given directly by type diagnostics). */
  where?: SourceLocation;
}

export function pathToString(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  return out === '' ? '(root)' : out;
}
