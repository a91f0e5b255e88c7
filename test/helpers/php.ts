/**
 * PHP for the tests, provided by the project itself: the WebAssembly builds of `@php-wasm/node`
 * (7.4 and 8.4 are the lowest and highest PHP versions portals run).
 */
import { loadNodeRuntime } from '@php-wasm/node';
import { PHP } from '@php-wasm/universal';

export type PhpVersion = '7.4' | '8.4';
export const PHP_VERSIONS: readonly PhpVersion[] = ['7.4', '8.4'];

export interface PhpFile {
  /** Absolute path inside the PHP virtual file system. */
  path: string;
  content: string;
}

let nextProcessId = 1;

async function boot(version: PhpVersion, files: readonly PhpFile[]): Promise<PHP> {
  const php = new PHP(await loadNodeRuntime(version, { emscriptenOptions: { processId: nextProcessId++ } }));
  for (const f of files) {
    php.mkdir(f.path.slice(0, f.path.lastIndexOf('/')) || '/');
    php.writeFile(f.path, f.content);
  }
  return php;
}

export interface LintResult {
  path: string;
  ok: boolean;
  output: string;
}

/**
 * `php -l` on each file: on 8.4 all in one process; on 7.4, which lints only the first file named, one
 * fresh PHP process per file (the CLI entry runs once per runtime).
 */
export async function lint(version: PhpVersion, files: readonly PhpFile[]): Promise<LintResult[]> {
  if (version === '8.4') return lintTogether(files);
  const results: LintResult[] = [];
  for (const f of files) {
    const php = await boot(version, [f]);
    try {
      const r = await php.cli(['php', '-l', f.path]);
      const code = await r.exitCode;
      results.push({ path: f.path, ok: code === 0, output: `${await r.stdoutText}${await r.stderrText}`.trim() });
    } finally {
      php.exit();
    }
  }
  return results;
}

/**
 * `php -l` on many files in one process (PHP 8.3 and later lint each file named): each file's verdict is
 * the line "No syntax errors detected in <path>" or "Errors parsing <path>" after the errors it printed.
 */
async function lintTogether(files: readonly PhpFile[]): Promise<LintResult[]> {
  if (files.length === 0) return [];
  const php = await boot('8.4', files);
  try {
    const r = await php.cli(['php', '-l', ...files.map((f) => f.path)]);
    await r.exitCode;
    const verdicts = new Map<string, LintResult>();
    let said: string[] = [];
    for (const line of (await r.stdoutText).split('\n')) {
      const ok = /^No syntax errors detected in (.+)$/.exec(line);
      const bad = /^Errors parsing (.+)$/.exec(line);
      if (ok || bad) {
        const path = (ok ?? bad)![1]!;
        verdicts.set(path, { path, ok: ok !== null, output: [...said, line].join('\n').trim() });
        said = [];
      } else if (line.trim() !== '') {
        said.push(line);
      }
    }
    // a file the output does not name has no verdict: it counts as failed
    return files.map((f) => verdicts.get(f.path) ?? { path: f.path, ok: false, output: `no lint verdict for ${f.path}` });
  } finally {
    php.exit();
  }
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Files the script wrote, read back by path. */
  read: (path: string) => string;
}

/** Runs `script` (a PHP file path among `files`) with the CLI SAPI in one PHP process. */
export async function runPhp(version: PhpVersion, files: readonly PhpFile[], script: string, args: readonly string[] = []): Promise<RunResult> {
  const php = await boot(version, files);
  const response = await php.cli(['php', '-d', 'memory_limit=1G', '-d', 'error_reporting=-1', '-d', 'display_errors=stderr', script, ...args]);
  return {
    stdout: await response.stdoutText,
    stderr: await response.stderrText,
    exitCode: await response.exitCode,
    read: (path) => php.readFileAsText(path),
  };
}
