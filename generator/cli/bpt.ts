import path from 'node:path';
import type { Command } from 'commander';
import { packBptFile, readBpt } from '../api/bpt.ts';
import { formatDiagnostics, summarize } from '../diagnostics/format.ts';
import type { CliIo } from './io.ts';

export function registerBpt(program: Command, io: CliIo, setCode: (c: number) => void): void {
  const bpt = program.command('bpt').description('Read, check and pack business-process templates (.bpt).');
  bpt
    .command('dump')
    .description('Print a .bpt file (zlib-compressed or plain) as a tree, with the portal’s structural checks.')
    .argument('<file>', 'the .bpt file')
    .option('--json', 'print the package in b24route’s JSON form of PHP values, with the checks', false)
    .option('--module <dir>', 'a module folder whose install/activities count as installed activity types')
    .addHelpText('after', '\nExit codes: 0 read (warnings allowed), 1 unreadable or structural errors.')
    .action((file: string, opts: { json: boolean; module?: string }) => {
      const label = path.relative(io.cwd, path.resolve(io.cwd, file)) || file;
      const r = readBpt(path.resolve(io.cwd, file), opts.module === undefined ? {} : { moduleDir: path.resolve(io.cwd, opts.module) });
      if (opts.json) {
        io.stdout(`${JSON.stringify({ ok: r.ok, compressed: r.compressed ?? null, package: r.json ?? null, diagnostics: r.diagnostics }, null, 2)}\n`);
      } else {
        if (r.text !== undefined) io.stdout(`${r.text}\n`);
        if (r.diagnostics.length > 0) {
          io.stdout(`\n${formatDiagnostics(r.diagnostics, { subject: label })}\n\n${label}: ${summarize(r.diagnostics)}\n`);
        }
      }
      setCode(r.ok ? 0 : 1);
    });
  bpt
    .command('pack')
    .description('Pack a package from its JSON form (as `bpt dump --json` prints it) into a .bpt file; all or nothing.')
    .argument('<json>', 'the package as JSON')
    .requiredOption('--out <file>', 'the .bpt file to write')
    .option('--plain', 'write plain serialized text instead of zlib-compressed data', false)
    .addHelpText('after', '\nExit codes: 0 written, 1 invalid package (nothing written).')
    .action((json: string, opts: { out: string; plain: boolean }) => {
      const label = path.relative(io.cwd, path.resolve(io.cwd, json)) || json;
      const r = packBptFile(path.resolve(io.cwd, json), path.resolve(io.cwd, opts.out), { plain: opts.plain });
      if (r.diagnostics.length > 0) io.stdout(`${formatDiagnostics(r.diagnostics, { subject: label })}\n\n`);
      io.stdout(r.ok ? `wrote ${path.relative(io.cwd, r.written[0]!)}\n` : `${label}: failed (${summarize(r.diagnostics)}); nothing written\n`);
      setCode(r.ok ? 0 : 1);
    });
}
