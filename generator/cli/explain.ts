import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { explain } from '../api/explain.ts';
import { formatDiagnostics } from '../diagnostics/format.ts';
import type { CliIo } from './io.ts';

interface ExplainFlags {
  world: string;
  event: string;
  at?: string;
  json: boolean;
  typecheck: boolean;
}

export function registerExplain(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command('explain')
    .description('Decide one event with the reference model and explain the decision and its trace.')
    .argument('<spec>', 'the spec file')
    .requiredOption('--world <file>', 'the world snapshot (JSON: users, departments, lines, sessions, contacts, deals)')
    .requiredOption('--event <event>', 'dialog.started:<sessionId> | check.due:<sessionId>[:<operatorId>] | job.due:<jobId> | dialog.transferred:<sessionId> | queue.redistributing:<sessionId> | sync.batch | deal.responsibleChanged:<dealId> | operator.pick:<lineId> | operator.check:<userId> | responsible.set:<dealId>:<userId> | dialog.join:<dealId>:<userId> | answer.due:<sessionId>[:<operatorId>[:<step>]] | JSON')
    .option('--at <datetime>', "the moment to decide at (ISO; without an offset it is read in the spec's time zone); default: the world's now")
    .option('--json', 'print { decision, effects, trace } as JSON', false)
    .option('--no-typecheck', 'skip the TypeScript type check of the spec')
    .addHelpText('after', '\nExit codes: 0 explained, 1 the spec has errors, 2 the world, event or --at is invalid.')
    .action((spec: string, opts: ExplainFlags) => {
      const worldFile = path.resolve(io.cwd, opts.world);
      let worldText: string;
      try {
        worldText = readFileSync(worldFile, 'utf8');
      } catch {
        io.stderr(`b24route explain: cannot read the world file ${worldFile}\n`);
        setCode(2);
        return;
      }
      const input = { spec: path.resolve(io.cwd, spec), worldText, worldSource: worldFile, event: opts.event, skipTypeCheck: !opts.typecheck };
      const out = explain(opts.at === undefined ? input : { ...input, at: opts.at });
      if (!out.check.ok) {
        io.stderr(`${formatDiagnostics(out.check.diagnostics, { sources: out.check.sources, cwd: io.cwd })}\n`);
        setCode(1);
        return;
      }
      if (!out.ok || !out.result) {
        io.stderr(`${formatDiagnostics(out.inputDiagnostics, { cwd: io.cwd })}\n`);
        setCode(2);
        return;
      }
      if (opts.json) io.stdout(`${JSON.stringify({ event: out.event, now: out.world?.now, ...out.result }, null, 2)}\n`);
      else io.stdout(`${out.lines.join('\n')}\n`);
      setCode(0);
    });
}
