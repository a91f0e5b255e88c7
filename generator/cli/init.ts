import path from 'node:path';
import type { Command } from 'commander';
import { starterFiles } from '../emit/init/starter.ts';
import { addFiles, WriteConflictError } from '../write/index.ts';
import type { CliIo } from './io.ts';

export function registerInit(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command('init')
    .description('Write a commented routing.ts to start from, and a world.json to try `explain` on.')
    .argument('<dir>', 'the directory to create the files in (created if missing)')
    .option('--force', 'overwrite existing files', false)
    .action((dir: string, opts: { force: boolean }) => {
      const target = path.resolve(io.cwd, dir);
      try {
        const { written } = addFiles(target, starterFiles(), { overwrite: opts.force });
        for (const file of written) io.stdout(`wrote ${path.relative(io.cwd, file)}\n`);
        io.stdout(`next: npx b24route check ${path.relative(io.cwd, path.join(target, 'routing.ts'))}\n`);
        setCode(0);
      } catch (error) {
        if (!(error instanceof WriteConflictError)) throw error;
        io.stderr(`b24route init: ${error.message}\n  fix: choose another directory, or pass --force to overwrite.\n`);
        setCode(1);
      }
    });
}
