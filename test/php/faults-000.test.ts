/**
 * Faults around scenario 000 in the portal double: whatever breaks, no dialog is left without an owner or
 * a queue, nothing escapes a handler or an agent, and every fault is logged.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { byLabel, moduleFilesFrom, runStory, type Step, type Transcript } from '../helpers/portal.ts';
import { MON_10_00, seedWith } from './fixtures-000.ts';

const dir = fileURLToPath(new URL('../../dist-php/000-multi-company-openlines/rdn.router', import.meta.url));
type Row = Record<string, any>;

const vacation = (userId: number): Step => ({ do: 'mutate', ops: [{ table: 'absences', insert: { USER_ID: userId, TYPE: 'VACATION', FROM: MON_10_00 - 86400, TO: MON_10_00 + 7 * 86400 } }] });
const later: Step[] = [{ do: 'setClock', advance: 181 }, { do: 'runAgents', newProcess: true, label: 'check' }];

interface Case {
  name: string;
  /** Steps after the first dialog (session 1 on line 1, routed to Pavel, #11) and before the check. */
  given: Step[];
  want: (end: Row, t: Transcript) => void;
  /** Whether the fault must show in the event log as a warning or error. */
  logged?: boolean;
}

const errorsAndWarnings = (end: Row) => end.eventLog.filter((r: Row) => r.SEVERITY !== 'INFO');
const session1 = (end: Row) => end.sessions.find((r: Row) => r.ID == 1);

const CASES: Case[] = [
  {
    name: 'a transfer throws Exception → logged, retried a minute later, the dialog keeps its owner meanwhile',
    given: [vacation(11), { do: 'injectFault', symbol: 'Bitrix\\ImOpenLines\\Chat::transfer', mode: 'exception', times: 1 }, ...later],
    want: (end) => {
      expect(Number(session1(end).OPERATOR_ID)).toBe(11);
      expect(end.agents.map((a: Row) => a.NAME)).toContain('\\Rdn\\Router\\Agent\\CheckAgent::run(1, 11, 1);');
    },
    logged: true,
  },
  {
    name: 'a CRM call throws Error while routing → the other effects still happen, the fault is logged',
    given: [],
    want: () => undefined,
  },
  {
    name: 'the operator was dismissed → his keep is blocked, the dialog returns to the queue',
    given: [{ do: 'mutate', ops: [{ table: 'users', id: 11, set: { ACTIVE: 'N' } }] }, ...later],
    want: (end) => expect(Number(session1(end).OPERATOR_ID)).not.toBe(11),
  },
  {
    name: 'no supervisor anywhere above the operator → back to the queue',
    given: [vacation(11), { do: 'mutate', ops: [{ table: 'departments', id: 2, set: { UF_HEAD: 0 } }] }, ...later],
    want: (end) => expect(Number(session1(end).OPERATOR_ID)).not.toBe(11),
  },
  {
    name: 'the head of the department is the operator himself → the head above him',
    given: [vacation(11), { do: 'mutate', ops: [{ table: 'departments', id: 2, set: { UF_HEAD: 11 } }, { table: 'departments', id: 1, set: { UF_HEAD: 20 } }] }, ...later],
    want: (end) => expect(Number(session1(end).OPERATOR_ID)).toBe(20),
  },
  {
    name: 'timeman is not installed → decided on online status, no fault',
    given: [{ do: 'injectFault', module: 'timeman', mode: 'absent' }, ...later],
    want: (end) => expect(Number(session1(end).OPERATOR_ID)).toBe(11),
  },
  {
    name: 'intranet is not installed → no vacations or structure known, no fault',
    given: [vacation(11), { do: 'injectFault', module: 'intranet', mode: 'absent' }, ...later],
    want: (end) => expect(Number(session1(end).OPERATOR_ID)).toBe(11),
  },
  {
    name: 'the session closed before the check → nothing is transferred (no new session is started)',
    given: [vacation(11), { do: 'finishSession', sessionId: 1 }, ...later],
    want: (end) => {
      expect(end.sessions).toHaveLength(1);
      expect(session1(end).CLOSED).toBe('Y');
    },
  },
  {
    name: 'the agent runs twice → the second run sees the dialog has moved and does nothing',
    given: [vacation(11), ...later, { do: 'call', php: 'return \\Rdn\\Router\\Agent\\CheckAgent::run(1, 11, 0);', label: 'again' }],
    want: (end, t) => {
      expect(Number(session1(end).OPERATOR_ID)).toBe(10);
      expect(byLabel(t)['again']).toMatchObject({ ok: true, result: '' });
      expect(end.messages.filter((m: Row) => m.SYSTEM === 'Y')).toHaveLength(1);
    },
  },
  {
    name: 'the same session-start event twice → routed once, one deal',
    given: [{ do: 'fireEvent', module: 'imopenlines', event: 'OnSessionStart', params: { SESSION: { $sessionRow: 1 } } }, { do: 'runAgents', newProcess: true }],
    want: (end) => expect(end.deals).toHaveLength(1),
  },
  {
    name: 'the client’s deal was deleted → a repeat contact opens a new deal in the pipeline',
    given: [
      { do: 'finishSession', sessionId: 1 },
      { do: 'mutate', ops: [{ table: 'deals', delete: 1 }] },
      { do: 'startSession', lineId: 1, clientId: 5001 },
      { do: 'runAgents', newProcess: true },
    ],
    want: (end) => expect(end.deals).toEqual([expect.objectContaining({ CATEGORY_ID: 1 })]),
  },
];

CASES[1]!.given = [
  { do: 'finishSession', sessionId: 1 },
  { do: 'injectFault', symbol: 'Bitrix\\Crm\\Service\\Factory::createItem', mode: 'error', times: 1 },
  { do: 'startSession', lineId: 2 },
  { do: 'runAgents', newProcess: true },
];
CASES[1]!.want = (end) => {
  const s2 = end.sessions.find((r: Row) => r.ID == 2);
  expect(Number(s2.OPERATOR_ID)).toBeGreaterThan(0);
};
CASES[1]!.logged = true;

describe('faults in scenario 000', () => {
  it.each(CASES)('$name', async ({ given, want, logged }) => {
    const seed = seedWith((store) => { store.users = [...store.users, { ID: 5001, ACTIVE: 'Y', NAME: 'Client', EXTERNAL_AUTH_ID: 'imconnector' }]; });
    const t = await runStory(moduleFilesFrom(dir), [
      seed,
      { do: 'installModule', module: 'rdn.router' },
      { do: 'startSession', lineId: 1, clientId: 5001 },
      { do: 'runAgents' },
      ...given,
      { do: 'dump', only: ['sessions', 'deals', 'messages', 'eventLog', 'agents', 'users'], label: 'end' },
    ]);
    const escaped = t.steps.flatMap((s) => [...(s.error ? [`${s.do}: ${JSON.stringify(s.error)}`] : []), ...(s.notes ?? []).filter((n: string) => /Error in agent/.test(n))]);
    expect(escaped).toEqual([]);
    const end = byLabel(t)['end']!.result as Row;
    // An open dialog is with an active, present person, or in its line's queue (operator 0).
    for (const s of end.sessions.filter((r: Row) => r.CLOSED === 'N' && Number(r.OPERATOR_ID) > 0)) {
      const owner = end.users.find((u: Row) => u.ID == s.OPERATOR_ID);
      expect(owner?.ACTIVE, `owner of session ${s.ID}`).toBe('Y');
    }
    want(end, t);
    if (logged) expect(errorsAndWarnings(end).length).toBeGreaterThan(0);
  });
});
