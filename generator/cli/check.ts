import path from 'node:path';
import type { Command } from 'commander';
import { check } from '../api/check.ts';
import { formatDiagnostics, summarize } from '../diagnostics/format.ts';
import type { CliIo } from './io.ts';

export function registerCheck(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command('check')
    .description('Type-check and validate a routing spec; print diagnostics with file:line:col and a fix.')
    .argument('<spec>', 'the spec file, e.g. routing.ts')
    .option('--strict', 'warnings block too (exit 1)', false)
    .option('--json', 'print the diagnostics as JSON', false)
    .option('--no-typecheck', 'skip the TypeScript type check')
    .addHelpText('after', '\nExit codes: 0 no blocking problem, 1 errors (or warnings with --strict), 2 wrong usage.')
    .action((spec: string, opts: { strict: boolean; json: boolean; typecheck: boolean }) => {
      const result = check(path.resolve(io.cwd, spec), { strict: opts.strict, skipTypeCheck: !opts.typecheck });
      if (opts.json) {
        io.stdout(`${JSON.stringify({ ok: result.ok, file: result.file, hash: result.ir?.hash ?? null, diagnostics: result.diagnostics }, null, 2)}\n`);
      } else {
        if (result.diagnostics.length > 0) io.stdout(`${formatDiagnostics(result.diagnostics, { sources: result.sources, cwd: io.cwd })}\n\n`);
        const verdict = result.ok ? 'ok' : 'failed';
        io.stdout(`${path.relative(io.cwd, result.file) || result.file}: ${verdict} (${summarize(result.diagnostics)})\n`);
      }
      setCode(result.ok ? 0 : 1);
    });
}
