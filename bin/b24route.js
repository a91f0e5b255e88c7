#!/usr/bin/env node
// The b24route command: runs the TypeScript sources through tsx and exits with the CLI's code.
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../generator/cli/main.ts');
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const code = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  version,
});
process.exitCode = code;
