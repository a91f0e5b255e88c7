import path from 'node:path';
import type { Command } from 'commander';
import { build } from '../api/build.ts';
import { formatDiagnostics, summarize } from '../diagnostics/format.ts';
import type { CliIo } from './io.ts';

interface BuildFlags {
  out?: string;
  check?: string;
  strict: boolean;
  typecheck: boolean;
  json: boolean;
}

export function registerBuild(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command('build')
    .description('Compile a spec into a box module (<module id>/ and <module id>.tar.gz); all or nothing.')
    .argument('<spec>', 'the spec file')
    .option('--out <dir>', 'write into this directory, replacing its <module id>/ and archive')
    .option('--check <dir>', 'compare with this directory instead of writing; exit 1 on any difference')
    .option('--strict', 'warnings block too', false)
    .option('--json', 'print the result as JSON', false)
    .option('--no-typecheck', 'skip the TypeScript type check of the spec')
    .addHelpText('after', '\nExit codes: 0 written (or no drift), 1 spec errors or drift, 2 wrong usage.')
    .action((spec: string, opts: BuildFlags) => {
      if ((opts.out === undefined) === (opts.check === undefined)) {
        io.stderr('b24route build: give exactly one of --out <dir> or --check <dir>\n');
        setCode(2);
        return;
      }
      const specPath = path.resolve(io.cwd, spec);
      const label = path.relative(io.cwd, specPath).split(path.sep).join('/');
      const common = { strict: opts.strict, skipTypeCheck: !opts.typecheck, specLabel: label };
      const result = opts.out !== undefined
        ? build(specPath, { ...common, out: path.resolve(io.cwd, opts.out) })
        : build(specPath, { ...common, checkDir: path.resolve(io.cwd, opts.check!) });
      if (opts.json) {
        io.stdout(`${JSON.stringify({ ok: result.ok, diagnostics: result.check.diagnostics, files: result.files.map((f) => f.path), drift: result.drift ?? null }, null, 2)}\n`);
      } else if (!result.check.ok) {
        io.stdout(`${formatDiagnostics(result.check.diagnostics, { sources: result.check.sources, cwd: io.cwd })}\n\n${label}: failed (${summarize(result.check.diagnostics)}); nothing written\n`);
      } else if (result.drift) {
        const d = result.drift;
        const lines = [...d.missing.map((p) => `missing  ${p}`), ...d.changed.map((p) => `changed  ${p}`), ...d.extra.map((p) => `extra    ${p}`)];
        io.stdout(result.ok ? `${opts.check}: up to date (${result.files.length} files)\n` : `${lines.join('\n')}\n${opts.check}: out of date; regenerate with npx b24route build ${label} --out ${opts.check}\n`);
      } else {
        io.stdout(`wrote ${result.files.length} files into ${path.relative(io.cwd, path.resolve(io.cwd, opts.out!)) || '.'}\n`);
      }
      setCode(result.ok ? 0 : 1);
    });
}
