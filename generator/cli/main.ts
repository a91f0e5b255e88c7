/**
 * The command line: a thin commander layer. Each action maps flags onto the programmatic API,
 * renders the result and returns an exit code; `bin/b24route.js` owns `process.exit`.
 */
import { Command, CommanderError } from 'commander';
import { registerBpt } from './bpt.ts';
import { registerBuild } from './build.ts';
import { registerCheck } from './check.ts';
import { registerExplain } from './explain.ts';
import { registerInit } from './init.ts';
import type { CliIo } from './io.ts';

/** Exit codes. */
export const EXIT = {
  /** Success: the spec has no blocking diagnostics. */
  ok: 0,
  /** The spec (or the compared output) has blocking problems. */
  problems: 1,
  /** Wrong usage or unreadable inputs (flags, world, event). */
  usage: 2,
  /** An unexpected internal failure. */
  internal: 3,
} as const;

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const setCode = (c: number): void => {
    code = c;
  };
  const program = new Command()
    .name('b24route')
    .description('Check, explain and compile typed routing specifications for Bitrix24 open lines.')
    .version(io.version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError('(run with --help for usage)');
  registerInit(program, io, setCode);
  registerCheck(program, io, setCode);
  registerExplain(program, io, setCode);
  registerBuild(program, io, setCode);
  registerBpt(program, io, setCode);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.stderr(`b24route: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.internal;
  }
  return code;
}
