/**
 * The test double pinned to docs/bitrix-api-contract.md, main module: options and their defaults,
 * lang files, module install / uninstall, event dispatch shapes, dates and the clock, the event log,
 * the options page, faults and absent modules. Each story runs in one PHP process.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PHP_VERSIONS } from '../helpers/php.ts';
import { byLabel, fixtureModule, runStory, type StepRecord, type Transcript } from '../helpers/portal.ts';

const call = (label: string, php: string) => ({ do: 'call', label, php });

describe.each(PHP_VERSIONS)('PHP %s', (php) => {
  let t: Transcript;
  let s: Record<string, StepRecord>;
  beforeAll(async () => {
    t = await runStory(fixtureModule(), [
      call('include before install', "return \\Bitrix\\Main\\Loader::includeModule('acme.demo');"),
      { do: 'installModule', module: 'acme.demo', label: 'install' },
      call('include after install', "return [\\Bitrix\\Main\\Loader::includeModule('acme.demo'), defined('ACME_DEMO_INCLUDED'), class_exists('Acme\\\\Demo\\\\Handler')];"),
      call('include bad name', "\\Bitrix\\Main\\Loader::includeModule('bad/name');"),
      call('option defaults', `use Bitrix\\Main\\Config\\Option;
        return [Option::get('acme.demo', 'greeting'), Option::get('acme.demo', 'greeting', 'given'), Option::get('acme.demo', 'missing'),
          Option::get('acme.demo', 'missing', 'fallback'), Option::get('ACME.DEMO', 'LIMIT')];`),
      call('option set', `use Bitrix\\Main\\Config\\Option;
        Option::set('acme.demo', 'limit', 7); Option::set('acme.demo', 'greeting', 'hi');
        return [Option::get('acme.demo', 'limit'), gettype(Option::get('acme.demo', 'limit')), Option::get('acme.demo', 'greeting')];`),
      call('option set empty name', "\\Bitrix\\Main\\Config\\Option::set('acme.demo', '', 'x');"),
      call('option delete bad filter', "\\Bitrix\\Main\\Config\\Option::delete('acme.demo', ['module' => 'x']);"),
      call('option delete one', `use Bitrix\\Main\\Config\\Option; Option::delete('acme.demo', ['name' => 'limit']);
        return [Option::get('acme.demo', 'limit'), Option::get('acme.demo', 'greeting')];`),
      call('loc', `return [\\Bitrix\\Main\\Localization\\Loc::getMessage('ACME_DEMO_NOTE', ['#USER#' => 5]), \\Acme\\Demo\\Handler::note(7),
        \\Bitrix\\Main\\Localization\\Loc::getMessage('NO_SUCH_CODE')];`),
      { do: 'fireEvent', module: 'acme.demo', event: 'OnPing', params: { a: 1, b: 'two' }, label: 'dispatch' },
      call('re-register is idempotent', `$m = \\Bitrix\\Main\\EventManager::getInstance();
        $m->registerEventHandler('imopenlines', 'OnSessionStart', 'acme.demo', '\\\\Acme\\\\Demo\\\\Handler', 'onSessionStart');
        $m->unRegisterEventHandler('acme.demo', 'OnPing', 'acme.demo', '\\\\Acme\\\\Demo\\\\Missing', 'nowhere', 100);
        return count(\\BxDouble\\Portal::$s['eventHandlers']);`),
      call('unregister with 5 arguments', `\\Bitrix\\Main\\EventManager::getInstance()->unRegisterEventHandler('acme.demo', 'OnPing', 'acme.demo', '\\\\Acme\\\\Demo\\\\Missing', 'nowhere');
        return count(\\BxDouble\\Portal::$s['eventHandlers']);`),
      { do: 'setClock', at: '2027-03-15 10:30:00' },
      call('dates', `return [ConvertTimeStamp(false, 'FULL'), ConvertTimeStamp(1798794000), (new \\Bitrix\\Main\\Type\\DateTime())->getTimestamp(),
        \\Bitrix\\Main\\Type\\DateTime::createFromTimestamp(100)->add('1D')->getTimestamp(), (new \\Bitrix\\Main\\Type\\DateTime('01.01.2027 00:00:00'))->getTimestamp(),
        \\CTimeZone::GetOffset()];`),
      { do: 'mutate', label: 'time zones on', ops: [{ setting: 'useTimeZones', value: true }, { setting: 'userOffset', value: 10800 }] },
      call('offset on a hit', 'return \\CTimeZone::GetOffset();'),
      call('event log', `return [\\CEventLog::Add(['SEVERITY' => 'WARNING', 'AUDIT_TYPE_ID' => 'X', 'MODULE_ID' => 'acme.demo', 'ITEM_ID' => '1', 'DESCRIPTION' => 'text']),
        \\CEventLog::Add(['SEVERITY' => 'LOUD', 'DESCRIPTION' => ['a' => 1]])];`),
      { do: 'showOptions', module: 'acme.demo', label: 'options GET' },
      { do: 'showOptions', module: 'acme.demo', post: { greeting: 'bonjour', sessid: 'double-sessid' }, label: 'options POST' },
      { do: 'showOptions', module: 'acme.demo', post: { greeting: 'evil', sessid: 'wrong' }, label: 'options bad sessid' },
      { do: 'mutate', ops: [{ setting: 'groupRight', value: 'D' }] },
      { do: 'showOptions', module: 'acme.demo', label: 'options denied' },
      { do: 'uninstallModule', module: 'acme.demo', label: 'uninstall' },
      { do: 'dump', only: ['modules', 'eventHandlers', 'agents', 'options'], label: 'after uninstall' },
      { do: 'injectFault', module: 'timeman', mode: 'absent' },
      call('timeman absent', "return [\\Bitrix\\Main\\Loader::includeModule('timeman'), \\Bitrix\\Main\\Loader::includeModule('intranet')];"),
      { do: 'injectFault', symbol: 'Bitrix\\Main\\Config\\Option::get', mode: 'exception', class: 'Bitrix\\Main\\SystemException', message: 'db down', times: 1 },
      call('fault once', "return \\Bitrix\\Main\\Config\\Option::get('main', 'x', 'd');"),
      call('fault gone', "return \\Bitrix\\Main\\Config\\Option::get('main', 'x', 'd');"),
      { do: 'injectFault', symbol: 'CEventLog::Add', mode: 'false' },
      call('fault false', "return \\CEventLog::Add(['DESCRIPTION' => 'x']);"),
      { do: 'injectFault', symbol: 'ConvertTimeStamp', mode: 'error' },
      call('fault error', "return ConvertTimeStamp();"),
    ], { php });
    s = byLabel(t);
  }, 60_000);

  it('loads a module only once it is registered, with its include.php and lib/ autoload', () => {
    expect(s['include before install']!.result).toBe(false);
    expect(s['install']).toMatchObject({ ok: true, result: true });
    expect(s['include after install']!.result).toEqual([true, true, true]);
    expect(s['include bad name']!.error).toMatchObject({ class: 'Bitrix\\Main\\LoaderException' });
  });

  it.each([
    ['option defaults', ['hello', 'given', '', 'fallback', '5']],
    ['option set', ['7', 'string', 'hi']],
    ['option delete one', ['5', 'hi']],
    ['loc', ['Routed by Acme to 5', 'Routed by Acme to 7', null]],
  ])('%s', (label, want) => {
    expect(s[label]).toMatchObject({ ok: true, result: want });
  });

  it('Option::set and delete throw as the contract says', () => {
    expect(s['option set empty name']!.error!.class).toBe('Bitrix\\Main\\ArgumentNullException');
    expect(s['option delete bad filter']!.error!.class).toBe('Bitrix\\Main\\ArgumentException');
  });

  it('dispatches a D7 event: VERSION 1 gets positional arguments, VERSION 2 the Event, a missing class is skipped', () => {
    const ev = s['dispatch']!.events[0]!;
    expect(ev.handlers.map((h) => [h.version, h.called])).toEqual([[1, true], [2, true], [2, false]]);
    expect(s['dispatch']!.result).toEqual([
      { type: 0, parameters: 'v1:integer=1,string="two"', moduleId: 'acme.demo' },
      { type: 1, parameters: { got: 'Bitrix\\Main\\Event', params: { a: 1, b: 'two' } }, moduleId: 'acme.demo' },
      { type: 0, parameters: true, moduleId: 'acme.demo' },
    ]);
  });

  it('registers idempotently; unRegister takes no $sort (a 6th argument is the path)', () => {
    expect(s['re-register is idempotent']!.result).toBe(6);
    expect(s['unregister with 5 arguments']!.result).toBe(5);
  });

  it('dates come from the double clock in the site format; the offset is 0 unless time zones are on', () => {
    const at = Date.UTC(2027, 2, 15, 10, 30) / 1000;
    expect(s['dates']!.result).toEqual(['15.03.2027 10:30:00', '01.01.2027', at, 100 + 86400, Date.UTC(2027, 0, 1) / 1000, 0]);
    expect(s['offset on a hit']!.result).toBe(10800);
  });

  it('CEventLog::Add stores rows; an unknown severity is UNKNOWN; a CLI run warns about REMOTE_ADDR', () => {
    expect(s['event log']!.result).toEqual([1, 2]);
    const log = t.final.eventLog as Record<string, unknown>[];
    expect(log.map((r) => [r.SEVERITY, r.DESCRIPTION])).toEqual([['WARNING', 'text'], ['UNKNOWN', '{"a":1}']]);
    expect(s['event log']!.warnings.join('\n')).toMatch(/REMOTE_ADDR/);
  });

  it('includes options.php as settings.php does: read with R, save with W and a valid sessid, redirect', () => {
    expect(s['options GET']!.result).toMatchObject({ listed: true, redirect: null });
    expect((s['options GET']!.result as { html: string }).html).toContain('name="sessid"');
    expect(s['options POST']!.result).toMatchObject({ redirect: '/bitrix/admin/settings.php?mid=acme.demo&tabControl_active_tab=main' });
    expect((s['options bad sessid']!.result as { redirect: unknown }).redirect).toBeNull();
    expect(s['options denied']!.result).toMatchObject({ listed: false, html: '<p><span class="errortext">denied</span></p>' });
  });

  it('unRegisterModule removes the agents, not the event handlers or the options', () => {
    const after = s['after uninstall']!.result as { modules: string[]; agents: unknown[]; eventHandlers: unknown[]; options: unknown[] };
    expect(after.modules).not.toContain('acme.demo');
    expect(after.agents).toEqual([]);
    expect(after.eventHandlers.length).toBe(5);
    expect(after.options).toContainEqual({ MODULE_ID: 'acme.demo', NAME: 'greeting', VALUE: 'bonjour', SITE_ID: '-' });
  });

  it('fault injection: an absent module, an exception once, false, an Error', () => {
    expect(s['timeman absent']!.result).toEqual([false, true]);
    expect(s['fault once']!.error).toMatchObject({ class: 'Bitrix\\Main\\SystemException', message: 'db down' });
    expect(s['fault gone']!.result).toBe('d');
    expect(s['fault false']!.result).toBe(false);
    expect(s['fault error']!.error!.class).toBe('Error');
    expect(t.calls['Bitrix\\Main\\Config\\Option::get']).toBeGreaterThan(8);
  });
});
