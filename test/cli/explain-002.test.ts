/** `b24route explain` on the scenario 002 example: one batch of the responsible sync. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';

const dir = fileURLToPath(new URL('../../examples/002-responsible-sync/', import.meta.url));

describe('explain on scenario 002', () => {
  it('the last batch after deal #30: contacts get the deal’s responsible, the totals and the summary', async () => {
    const r = await cli(['explain', path.join(dir, 'routing.ts'), '--world', path.join(dir, 'world.json'), '--event', 'sync.batch', '--no-typecheck'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'Responsible sync: the next deals after deal #30.',
      'Decision: 2 deals checked, 1 contact gets the deal’s responsible; this was the last batch.',
      'Effect: make Manager Two (#3) responsible for contact #7.',
      'Effect: record progress: deals up to #32 done (32 deals, 13 contacts changed so far); the sync is finished.',
      'Effect: notify Head of sales (#1): “Ответственные за контакты выровнены по сделкам: проверено сделок — 32, изменено контактов — 13.”',
    ]);
  });
});
