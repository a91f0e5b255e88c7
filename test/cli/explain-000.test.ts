/**
 * `b24route explain` on the scenario 000 example reproduces each of its rules in plain language.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.ts';

const dir = fileURLToPath(new URL('../../examples/000-multi-company-openlines/', import.meta.url));
const base = ['explain', path.join(dir, 'routing.ts'), '--world', path.join(dir, 'world.json'), '--no-typecheck'];

describe('explain on scenario 000', () => {
  it.each([
    {
      rule: 'vacation → direct supervisor',
      given: ['--event', 'check.due:101'],
      want: [
        'Rule 1 “On vacation → direct supervisor” holds: Pavel Orlov (#11) is on vacation.',
        'Decision: the dialog goes to Anna Sokolova (#10).',
        'post a hidden comment in chat #5101: “Pavel Orlov is on vacation; the dialog goes to the supervisor.”',
      ],
    },
    {
      rule: 'department off hours → back to the line queue',
      given: ['--event', 'check.due:102', '--at', '2026-11-23T21:00'],
      want: [
        'Rule 4 “Beta support off hours → line queue” holds',
        'now is outside the schedule “beta-support”',
        'Decision: the dialog goes to the queue of “Beta website chat” (line 3).',
      ],
    },
    {
      rule: 'senior manager off hours → stays',
      given: ['--event', 'check.due:103', '--at', '2026-11-23T20:30'],
      want: ['Rule 2 “Senior manager off hours → stays” holds', 'Decision: Maria Volkova (#12) keeps the dialog.'],
    },
    {
      rule: 'senior manager, day not started, 10:00–19:00 Mon–Fri → supervisor with a comment',
      given: ['--event', 'check.due:103', '--at', '2026-11-23T11:00'],
      want: [
        'Rule 3 “Senior manager, day not started 10:00–19:00 Mon–Fri → supervisor” holds: the workday of Maria Volkova (#12) today is not started',
        'is inside Mon–Fri 10:00–19:00',
        'Candidate Anna Sokolova (#10): chosen — the supervisor named in the spec.',
        '“Maria Volkova has not started the workday; the dialog goes to the supervisor.”',
      ],
    },
    {
      rule: 'first contact → a deal in the company pipeline, the queue picks an available operator',
      given: ['--event', 'dialog.started:104'],
      want: [
        'First contact',
        'Deal: a new deal is opened in the company pipeline (category 1).',
        'Candidate Pavel Orlov (#11): excluded — on vacation.',
        'Owner: Maria Volkova (#12)',
        'check the availability of Maria Volkova (#12) at 2026-11-23T10:06:00+03:00',
      ],
    },
    {
      rule: 'repeat contact → the open deal and the contact’s responsible',
      given: ['--event', 'dialog.started:105'],
      want: ['Repeat contact', 'Deal #401: the client’s open deal in the company pipeline is reused.', 'Owner: Maria Volkova (#12) — responsible for the client’s contact.'],
    },
    {
      rule: 'the same client on another company’s line → its own contact and deal',
      given: ['--event', 'dialog.started:106'],
      want: ['First contact', 'in category 2'],
    },
    {
      rule: '23:00 → the head of sales joins every open dialog',
      given: ['--event', 'job.due:night-watch', '--at', '2026-11-23T23:00'],
      want: ['Alfa Trade: Anna Sokolova (#10) joins dialogs #101, #103, #104, #105.', 'Beta Service: Dmitry Lebedev (#20) joins dialogs #102, #106.'],
    },
  ])('$rule', async ({ given, want }) => {
    const out = await cli([...base, ...given], dir);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    for (const line of want) expect(out.stdout).toContain(line);
  });

  it('--json gives the decision, effects and trace as data', async () => {
    const out = await cli([...base, '--event', 'check.due:101', '--json'], dir);
    const parsed = JSON.parse(out.stdout) as { decision: unknown; trace: { decidedBy: string; reasons: string[] } };
    expect(parsed.decision).toEqual({ kind: 'transfer', to: { type: 'user', userId: 10 } });
    expect(parsed.trace.decidedBy).toBe('rule-1');
    expect(parsed.trace.reasons).toContain('RULE_MATCHED');
  });

  it('a world that is not JSON → B24R0101, exit 2', async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'world.json'), '{ "users": ');
    const out = await cli(['explain', path.join(dir, 'routing.ts'), '--world', 'world.json', '--event', 'check.due:101', '--no-typecheck'], cwd);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('B24R0101');
  });

  it.each([
    { given: ['--event', 'dialog.started:x'], want: 'B24R0102' },
    { given: ['--event', 'check.due:101', '--at', 'yesterday'], want: 'B24R0103' },
  ])('bad input $given → $want, exit 2', async ({ given, want }) => {
    const out = await cli([...base, ...given], dir);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(want);
  });
});
