/**
 * Scenario 000, the portal's own moves: a transfer after 23:00 removes the head of sales and the module
 * adds him back (jobs[].stay); the line's queue moving a dialog on by itself gets the module's pick
 * (OnBeforeSessionTransfer), and the portal's pick stands in dry run.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { byLabel, moduleFilesFrom, runStory, type Step } from '../helpers/portal.ts';
import { SEED } from './fixtures-000.ts';

const dir = fileURLToPath(new URL('../../dist-php/000-multi-company-openlines/rdn.router', import.meta.url));
const MON_23_00 = 1795464000;

type Row = Record<string, any>;

/** PHP for a `call` step: an operator's manual transfer of the open dialog on a line, through the portal's API. */
const transferOpenDialog = (lineId: number, to: number): string => `
  \\Bitrix\\Main\\Loader::includeModule('imopenlines');
  foreach (\\BxDouble\\Portal::$s['sessions'] as $s) {
    if ((int)$s['CONFIG_ID'] === ${lineId} && $s['CLOSED'] !== 'Y') {
      return (new \\Bitrix\\ImOpenLines\\Chat((int)$s['CHAT_ID']))->transfer(['FROM' => (int)$s['OPERATOR_ID'], 'TO' => ${to}]);
    }
  }
  return null;`;

const inChat = (dump: Row, chatId: number, userId: number): boolean =>
  dump.relations.some((r: Row) => r.CHAT_ID == chatId && r.USER_ID == userId);

describe('scenario 000: 23:00, then a transfer', () => {
  it('the head of sales is added back after a later transfer removed him; kept records of closed dialogs go at the next run', async () => {
    const t = await runStory(moduleFilesFrom(dir), [
      SEED,
      { do: 'installModule', module: 'rdn.router' },
      { do: 'startSession', lineId: 1, label: 'alfa' },
      { do: 'startSession', lineId: 3, label: 'beta' },
      { do: 'runAgents' },
      { do: 'setClock', advance: 181 },
      { do: 'runAgents', newProcess: true },
      { do: 'setClock', at: MON_23_00 },
      { do: 'runAgents', newProcess: true },
      { do: 'dump', only: ['sessions', 'relations', 'tables'], label: 'night' },
      { do: 'newProcess' },
      { do: 'call', php: transferOpenDialog(1, 12), label: 'transfer' },
      { do: 'dump', only: ['relations', 'agents'], label: 'transferred' },
      { do: 'runAgents', newProcess: true, label: 'rejoin' },
      { do: 'dump', only: ['relations', 'agents', 'eventLog'], label: 'rejoined' },
      { do: 'call', php: transferOpenDialog(1, 11), label: 'again' },
      { do: 'runAgents', newProcess: true },
      { do: 'dump', only: ['relations'], label: 'rejoined again' },
      { do: 'finishSession', sessionId: 1 },
      { do: 'setClock', advance: 86400 },
      { do: 'runAgents', newProcess: true },
      { do: 'dump', only: ['tables'], label: 'next night' },
    ]);
    const s = byLabel(t);
    const night = s['night']!.result as Row;
    const alfa = night.sessions.find((r: Row) => r.CONFIG_ID == 1);
    const beta = night.sessions.find((r: Row) => r.CONFIG_ID == 3);
    expect(inChat(night, alfa.CHAT_ID, 10)).toBe(true);
    expect(inChat(night, beta.CHAT_ID, 20)).toBe(true);
    const kept = (dump: Row) => Object.values(dump.tables.b_rdn_router_kept as Record<string, Row>)
      .map((r) => [Number(r.SESSION_ID), Number(r.USER_ID)]).sort();
    expect(kept(night)).toEqual([[Number(alfa.ID), 10], [Number(beta.ID), 20]].sort());

    expect(s['transfer']!.result).toBe(true);
    const transferred = s['transferred']!.result as Row;
    expect(inChat(transferred, alfa.CHAT_ID, 10), 'the transfer removed the head').toBe(false);
    expect(inChat(transferred, alfa.CHAT_ID, 12)).toBe(true);
    expect(transferred.agents.map((a: Row) => a.NAME)).toContain(`\\Rdn\\Router\\Agent\\RejoinAgent::run(${alfa.ID}, 0);`);

    const rejoined = s['rejoined']!.result as Row;
    expect(inChat(rejoined, alfa.CHAT_ID, 10), 'the head is back').toBe(true);
    expect(inChat(rejoined, alfa.CHAT_ID, 12)).toBe(true);
    expect(rejoined.agents.map((a: Row) => a.NAME)).not.toContainEqual(expect.stringContaining('RejoinAgent'));
    const decision = rejoined.eventLog.map((r: Row) => JSON.parse(r.DESCRIPTION) as Row).find((d: Row) => d.event?.type === 'dialog.transferred');
    expect(decision).toMatchObject({ decision: { kind: 'rejoin', added: 1 }, decidedBy: 'jobs.stay', reasons: ['REJOINED'] });
    expect(inChat(s['rejoined again']!.result as Row, alfa.CHAT_ID, 10), 'and after every later transfer').toBe(true);


    expect(kept(s['next night']!.result as Row)).toEqual([[Number(beta.ID), 20]]);
  });
});

/** Line 1 gets the head of sales (10) as a third queue member; Maria (12) closed her day, as in SEED. */
const withAnna: Step = { do: 'mutate', ops: [{ table: 'queue', insert: { CONFIG_ID: 1, USER_ID: 10, SORT: 3 } }] };
/** The portal's queue moves dialog 1 on by itself, as at an operator's day end (`transferToNext`). */
const portalMove: Step = { do: 'call', php: '\\Bitrix\\Main\\Loader::includeModule("imopenlines"); \\BxDouble\\OpenLines::distribute(1, "NONWORKING", true); return true;', label: 'move' };

describe('scenario 000: the line queue moves a dialog on by itself', () => {
  it('the module’s pick replaces the portal’s: not the operator leaving, not someone whose day is closed', async () => {
    const t = await runStory(moduleFilesFrom(dir), [
      SEED, withAnna,
      { do: 'installModule', module: 'rdn.router' },
      { do: 'startSession', lineId: 1 },
      { do: 'runAgents' },
      { do: 'dump', only: ['sessions'], label: 'routed' },
      { do: 'newProcess' },
      { do: 'dump', only: ['queue'], label: 'turns before' },
      portalMove,
      { do: 'dump', only: ['sessions', 'eventLog', 'queue'], label: 'moved' },
    ]);
    const s = byLabel(t);
    expect(Number((s['routed']!.result as Row).sessions[0].OPERATOR_ID)).toBe(11);
    const answer = s['move']!.events.find((e) => e.type === 'OnBeforeSessionTransfer')!;
    expect(answer.results).toEqual([expect.objectContaining({
      moduleId: 'rdn.router',
      parameters: { newOperatorQueue: expect.objectContaining({ RESULT: true, OPERATOR_ID: 10, OPERATOR_LIST: [10] }) },
    })]);
    const moved = s['moved']!.result as Row;
    expect(Number(moved.sessions[0].OPERATOR_ID)).toBe(10);
    const decision = moved.eventLog.map((r: Row) => JSON.parse(r.DESCRIPTION) as Row).find((d: Row) => d.event?.type === 'queue.redistributing');
    expect(decision).toMatchObject({ decision: { kind: 'steer', to: { type: 'user', userId: 10 } }, reasons: ['REDISTRIBUTED', 'LONGEST_IDLE'] });
    // the portal's evenly queue chose and stamped Maria (12); the module's pick is Anna, so Maria gets her
    // turn back: a second before the earliest stamp of the others before the move (Pavel's; Anna has none)
    expect(decision.event).toEqual({ type: 'queue.redistributing', sessionId: 1, portalPick: 12 });
    const stamp = (dump: Row, u: number) => Number((dump.queue as Row[]).find((q) => q.CONFIG_ID == 1 && q.USER_ID == u)!.LAST_ACTIVITY_DATE);
    const before = s['turns before']!.result as Row;
    expect((before.queue as Row[]).find((q) => q.USER_ID == 10)!.LAST_ACTIVITY_DATE ?? null).toBeNull();
    expect(stamp(moved, 12)).toBe(stamp(before, 11) - 1);
  });

  it('nobody the spec counts as available → the dialog waits in the queue instead of going to a closed day', async () => {
    const t = await runStory(moduleFilesFrom(dir), [
      SEED,
      { do: 'installModule', module: 'rdn.router' },
      { do: 'startSession', lineId: 1 },
      { do: 'runAgents' },
      { do: 'newProcess' },
      portalMove,
      { do: 'dump', only: ['sessions', 'sessionChecks'], label: 'moved' },
    ]);
    const s = byLabel(t);
    const moved = s['moved']!.result as Row;
    expect(Number(moved.sessions[0].OPERATOR_ID)).toBe(0);
    expect(moved.sessionChecks[0]).toMatchObject({ UNDISTRIBUTED: 'Y' });
    expect(moved.sessionChecks[0].DATE_QUEUE).not.toBeNull();
  });

  it('in dry run the portal’s own pick stands', async () => {
    const t = await runStory(moduleFilesFrom(dir), [
      SEED, withAnna,
      { do: 'installModule', module: 'rdn.router' },
      { do: 'startSession', lineId: 1 },
      { do: 'runAgents' },
      { do: 'call', php: "\\Bitrix\\Main\\Config\\Option::set('rdn.router', 'dry_run', 'Y'); return true;" },
      { do: 'newProcess' },
      portalMove,
      { do: 'dump', only: ['sessions'], label: 'moved' },
    ]);
    const s = byLabel(t);
    expect(s['move']!.events.find((e) => e.type === 'OnBeforeSessionTransfer')!.results ?? []).toEqual([]);
    expect(Number((s['moved']!.result as Row).sessions[0].OPERATOR_ID)).toBe(12);
  });
});

describe('scenario 000: the “check an employee’s availability” activity', () => {
  it('says whether a person is available as the queue counts it, why not, and who the supervisor is', async () => {
    const activity = 'rdnroutercheckoperatoractivity';
    const check = (userId: number): Step => ({
      do: 'call', label: `user ${userId}`,
      php: `\\Bitrix\\Main\\Loader::includeModule('bizproc');
        require_once $_SERVER['DOCUMENT_ROOT'] . '/local/activities/${activity}/${activity}.php';
        $a = new CBPRdnRouterCheckOperatorActivity('A1');
        $a->initializeFromArray(['UserId' => ${userId}]);
        $status = $a->execute();
        return ['status' => $status, 'available' => $a->propertyForDouble('Available'), 'reason' => $a->propertyForDouble('Reason'),
          'supervisor' => $a->propertyForDouble('Supervisor'), 'supervisorId' => $a->propertyForDouble('SupervisorId')];`,
    });
    const t = await runStory(moduleFilesFrom(dir), [
      { ...SEED, store: { ...SEED.store, modules: [...(SEED.store.modules as string[]), 'bizproc'] } },
      { do: 'installModule', module: 'rdn.router' },
      check(11),
      check(12),
      { do: 'dump', only: ['tracking'], label: 'after' },
    ]);
    const s = byLabel(t);
    expect(s['user 11']!.result).toEqual({ status: 3, available: 'Y', reason: '', supervisor: 'user_10', supervisorId: 10 });
    // Maria (12) closed her workday; her supervisor is the spec's override, Anna (10)
    expect(s['user 12']!.result).toEqual({ status: 3, available: 'N', reason: 'NONWORKING', supervisor: 'user_10', supervisorId: 10 });
    expect((s['after']!.result as Row).tracking.map((r: Row) => r.MESSAGE)).toEqual([
      'Employee 11: Y, supervisor 10.', 'Employee 12: NONWORKING, supervisor 10.',
    ]);
  });
});
