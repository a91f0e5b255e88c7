/**
 * The double's agents pinned to the contract: CAgent::AddAgent (validation, existError), RemoveAgent,
 * RemoveModuleAgents, and a run like CAgent::ExecuteAgents (due by NEXT_EXEC, $USER = null, offset 0,
 * empty result deletes, a result reschedules by the interval or by $pPERIOD, a Throwable keeps the
 * 600-s lock and counts the retry, a failed module include skips).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PHP_VERSIONS } from '../helpers/php.ts';
import { byLabel, fixtureModule, runStory, type StepRecord, type Transcript } from '../helpers/portal.ts';

const T0 = 1798794000; // 2027-01-01 09:00:00 UTC
const call = (label: string, php: string) => ({ do: 'call', label, php });
const mode = (value: string) => ({ do: 'mutate', ops: [{ table: 'options', key: 'NAME', id: 'agent_mode', set: { VALUE: value } }] });

describe.each(PHP_VERSIONS)('PHP %s', (php) => {
  let t: Transcript;
  let s: Record<string, StepRecord>;
  beforeAll(async () => {
    t = await runStory(fixtureModule(), [
      { do: 'setClock', at: T0 },
      { do: 'installModule', module: 'acme.demo' },
      call('add', `return [
        \\CAgent::AddAgent('x();', 'acme.demo', 'N', 60, '', 'Y', '01.01.2027 10:00:00', 100, false, false),
        \\CAgent::AddAgent('x();', 'acme.demo', 'N', 60, '', 'Y', '01.01.2027 11:00:00', 100, false, false),
        \\CAgent::AddAgent('x();', 'acme.demo'),
        \\CAgent::AddAgent('ab', 'acme.demo'),
        \\CAgent::AddAgent('y();', 'acme.demo', 'N', 60, '', 'Y', '2027-01-01 10:00'),
        \\CAgent::AddAgent('z();', 'other'),
      ];`),
      call('next exec kept', "return \\BxDouble\\Portal::row('agents', 2)['NEXT_EXEC'];"),
      call('remove', `\\CAgent::RemoveAgent('z();', 'acme.demo'); $a = count(\\BxDouble\\Portal::$s['agents']);
        \\CAgent::RemoveAgent('z();', 'other'); return [$a, count(\\BxDouble\\Portal::$s['agents'])];`),
      { do: 'mutate', ops: [{ table: 'options', insert: { MODULE_ID: 'acme.demo', NAME: 'agent_mode', VALUE: 'again', SITE_ID: '-' }, key: 'NAME' }] },
      { do: 'runAgents', label: 'not due yet' },
      { do: 'setClock', advance: 60 },
      { do: 'runAgents', label: 'again' },
      { do: 'setClock', advance: 60 },
      mode('period'),
      { do: 'runAgents', label: 'period' },
      { do: 'setClock', advance: 300 },
      mode('throw'),
      { do: 'runAgents', label: 'throw' },
      call('locked row', "return array_intersect_key(\\BxDouble\\Portal::row('agents', 1), array_flip(['RUNNING', 'RETRY_COUNT', 'DATE_CHECK', 'NAME']));"),
      { do: 'setClock', advance: 599 },
      { do: 'runAgents', label: 'still locked' },
      { do: 'setClock', advance: 1 },
      mode('error'),
      { do: 'runAgents', label: 'error' },
      { do: 'setClock', advance: 600 },
      mode('done'),
      { do: 'injectFault', module: 'acme.demo', mode: 'absent' },
      { do: 'runAgents', label: 'module gone' },
      { do: 'injectFault', module: 'acme.demo', mode: 'present' },
      { do: 'setClock', advance: 600 },
      { do: 'runAgents', label: 'done' },
      { do: 'dump', only: ['agents'], label: 'end' },
    ], { php });
    s = byLabel(t);
  }, 60_000);

  it('AddAgent: new id; existing id with existError=false; false for a duplicate, a short NAME or a bad date', () => {
    expect(s['add']!.result).toEqual([2, '2', false, false, false, 3]);
    expect(s['next exec kept']!.result).toBe(T0 + 3600);
  });

  it('RemoveAgent matches NAME and module', () => {
    expect(s['remove']!.result).toEqual([3, 2]);
  });

  it('runs due agents only, with $USER null and no time-zone offset, and reschedules by the interval', () => {
    expect(s['not due yet']!.result).toEqual([]);
    expect(s['again']!.result).toMatchObject([{ id: 1, outcome: 'rescheduled', result: '\\Acme\\Demo\\Agent::tick(2);', nextExec: T0 + 120 }]);
    expect(s['period']!.result).toMatchObject([{ outcome: 'rescheduled', nextExec: T0 + 120 + 300 }]);
  });

  it('a Throwable keeps the agent locked for 600 s and counts the retry', () => {
    expect(s['throw']!.result).toMatchObject([{ outcome: 'failed', error: expect.stringMatching(/^Error in agent .*RuntimeException: agent failed/) }]);
    expect(s['locked row']!.result).toEqual({ NAME: '\\Acme\\Demo\\Agent::tick(3);', RUNNING: 'Y', RETRY_COUNT: 1, DATE_CHECK: T0 + 420 + 600 });
    expect(s['still locked']!.result).toEqual([]);
    expect(s['error']!.result).toMatchObject([{ outcome: 'failed', error: expect.stringMatching(/Call to undefined function/) }]);
  });

  it('skips an agent whose module does not include; an empty result deletes the agent', () => {
    expect(s['module gone']!.result).toMatchObject([{ outcome: 'skipped' }]);
    expect(s['done']!.result).toMatchObject([{ outcome: 'deleted', result: '' }]);
    expect((s['end']!.result as { agents: unknown[] }).agents.map((a: any) => a.NAME)).toEqual(['x();']);
  });
});
