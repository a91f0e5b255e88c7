#!/usr/bin/env node
// The b24route command. It runs the bundle built by `npm run build` (run by `npm install`) when that is
// newer than every source file, and the TypeScript sources through tsx otherwise.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
const sources = fileURLToPath(new URL('../generator', import.meta.url));

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

async function loadCli() {
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestMtime(sources)) return import(bundle);
  const { register } = await import('tsx/esm/api');
  register();
  return import('../generator/cli/main.ts');
}

const { run } = await loadCli();
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
process.exitCode = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  version,
});
