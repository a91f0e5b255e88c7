/** The README stays true: it opens with the two commands, and documents every diagnostic code. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../generator/diagnostics/codes.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('opens with the set-up-and-run command and the test command', () => {
    const block = readme.split('```sh\n')[1]?.split('```')[0]?.trim().split('\n');
    expect(block?.[0]).toMatch(/^npm install && npx b24route /);
    expect(block?.[1]).toBe('npm test');
  });

  it.each(Object.entries(CODES))('documents %s', (code, info) => {
    expect(readme).toContain(`| ${code} | ${info.severity} | ${info.name} |`);
  });

  it('is the command .ci/run calls', () => {
    const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
    expect(ci).toMatch(/^npm test$/m);
  });
});
