/**
 * Scenario 002 in the portal double: the responsible sync over 10,000 deals. Started from the settings
 * page; one agent run per batch of 50; a failing run is resumed; every contact ends with its latest
 * deal's responsible; the head of sales gets the summary; a second pass writes nothing; the reads stay
 * at most 0.1 per deal.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ioOf } from '../../bench/io.ts';
import { byLabel, moduleFilesFrom, runStory, type Step, type Transcript } from '../helpers/portal.ts';
import { MON_10_00 } from './fixtures-000.ts';

const dir = fileURLToPath(new URL('../../dist-php/002-responsible-sync/rdn.deals', import.meta.url));
type Row = Record<string, any>;

const DEALS = 10_000;
const CONTACTS = 4_000;
const BATCH = 50;

/** A deterministic portal: deal d has contacts d mod 4000 + 1 and, for every third deal, one more; responsibles rotate. */
function portal(): { store: Record<string, unknown>; latest: Map<number, number> } {
  const deals: Row[] = [];
  const links: Row[] = [];
  const latest = new Map<number, number>();
  for (let id = 1; id <= DEALS; id++) {
    const responsible = 1 + ((id * 7) % 3);
    deals.push({ ID: id, TITLE: `Deal ${id}`, CATEGORY_ID: 0, STAGE_ID: 'NEW', ASSIGNED_BY_ID: responsible });
    const contacts = [(id % CONTACTS) + 1, ...(id % 3 === 0 ? [((id * 13) % CONTACTS) + 1] : [])];
    for (const [i, c] of [...new Set(contacts)].entries()) {
      links.push({ DEAL_ID: id, CONTACT_ID: c, SORT: 10 * (i + 1), IS_PRIMARY: i === 0 ? 'Y' : 'N' });
      latest.set(c, responsible);
    }
  }
  const contacts = Array.from({ length: CONTACTS }, (_, i) => ({ ID: i + 1, NAME: `Contact ${i + 1}`, ASSIGNED_BY_ID: 1 + (i % 3) }));
  return {
    store: {
      clock: MON_10_00, timezone: 'Europe/Moscow', modules: ['main', 'im', 'imopenlines', 'crm'],
      users: [1, 2, 3].map((ID) => ({ ID, ACTIVE: 'Y', NAME: `User ${ID}` })),
      deals, contacts, dealContacts: links,
    },
    latest,
  };
}

const pass = (label: string, passes: number): Step => ({ do: 'runAgents', passes, advanceBetween: 60, newProcess: true, label });

function callsOf(t: Transcript, labels: string[]): { reads: number; writes: number; all: Record<string, number> } {
  const all: Record<string, number> = {};
  for (const s of t.steps.filter((s) => s.label !== undefined && labels.includes(s.label))) {
    for (const [k, n] of Object.entries(s.calls)) all[k] = (all[k] ?? 0) + n;
  }
  let reads = 0;
  let writes = 0;
  for (const [k, n] of Object.entries(all)) {
    if (ioOf(k) === 'read') reads += n;
    if (ioOf(k) === 'write') writes += n;
  }
  return { reads, writes, all };
}

describe('scenario 002: the responsible sync over 10,000 deals', () => {
  it('aligns every contact in batches of 50, resumes after a failed run, notifies once, and a second pass writes nothing', { timeout: 600_000 }, async () => {
    const { store, latest } = portal();
    const batches = DEALS / BATCH + 1; // the last, empty batch ends it
    const t = await runStory(moduleFilesFrom(dir), [
      { do: 'seed', store },
      { do: 'installModule', module: 'rdn.deals' },
      { do: 'showOptions', module: 'rdn.deals', post: { sync_start: 'Y', sessid: 'double-sessid' }, label: 'start' },
      // the 31st run fails while reading deals: the agent logs it and runs again a minute later
      { do: 'injectFault', symbol: 'Bitrix\\Crm\\Service\\Factory::getItems', mode: 'exception', times: 1, skip: 60 },
      pass('first half', 100),
      { do: 'dump', only: ['options', 'agents'], label: 'halfway' },
      pass('second half', batches + 10 - 100), // passes after the last batch find no agent
      { do: 'dump', only: ['contacts', 'notifications', 'agents', 'options', 'eventLog'], label: 'done' },
      { do: 'showOptions', module: 'rdn.deals', post: { sync_start: 'Y', sessid: 'double-sessid' }, label: 'again' },
      pass('second pass', batches + 10),
      { do: 'dump', only: ['notifications', 'agents'], label: 'after second pass' },
    ]);
    const s = byLabel(t);
    expect(s['start']).toMatchObject({ ok: true });

    const halfway = s['halfway']!.result as Row;
    const state = JSON.parse(halfway.options.find((o: Row) => o.NAME === 'sync_state').VALUE);
    // 100 runs, one of them failed: 99 batches of 50
    expect(state).toEqual({ cursor: 99 * BATCH, deals: 99 * BATCH, changed: expect.any(Number), failed: 0, running: true });

    const done = s['done']!.result as Row;
    const wrong = done.contacts.filter((c: Row) => latest.has(c.ID) && c.ASSIGNED_BY_ID !== latest.get(c.ID));
    expect(wrong).toEqual([]);
    expect(done.agents).toEqual([]);
    expect(done.notifications).toEqual([expect.objectContaining({
      TO_USER_ID: 1,
      NOTIFY_MESSAGE: expect.stringMatching(/^Ответственные за контакты выровнены по сделкам: проверено сделок — 10000, изменено контактов — \d+\.$/),
    })]);
    const failures = done.eventLog.filter((r: Row) => r.AUDIT_TYPE_ID === 'RDN_DEALS_SYNC_FAILED');
    expect(failures).toHaveLength(1);
    const final = JSON.parse(done.options.find((o: Row) => o.NAME === 'sync_state').VALUE);
    expect(final).toMatchObject({ cursor: DEALS, deals: DEALS, failed: 0, running: false });
    const changedFirst = final.changed as number;
    expect(changedFirst).toBeGreaterThan(0);
    expect(changedFirst).toBeLessThanOrEqual(CONTACTS);

    // batch sizes: every deal read went through getItems with a limit of 50
    const first = callsOf(t, ['first half', 'second half']);
    expect(first.all['Bitrix\\Crm\\Binding\\DealContactTable::getDealsContactIds']).toBe(DEALS / BATCH);
    expect(first.reads / DEALS).toBeLessThanOrEqual(0.1);
    // writes: one update per contact changed, one progress record per batch, plus the summary and the fault log
    expect(first.all['Bitrix\\Crm\\Service\\Operation::launch']).toBe(changedFirst);

    const again = s['after second pass']!.result as Row;
    expect(again.agents).toEqual([]);
    expect(again.notifications.at(-1).NOTIFY_MESSAGE).toMatch(/изменено контактов — 0\.$/);
    const second = callsOf(t, ['second pass']);
    expect(second.all['Bitrix\\Crm\\Service\\Operation::launch'] ?? 0).toBe(0);
    expect(second.reads / DEALS).toBeLessThanOrEqual(0.1);
  });
});

describe('scenario 002: a deal changes hands', () => {
  it('its contacts whose latest deal it is follow, and the new responsible is told; a deleted deal changes nothing', async () => {
    const follow = (dealId: number): Step => ({
      do: 'call', label: `deal ${dealId}`,
      php: `\\Bitrix\\Main\\Loader::includeModule('rdn.deals'); return \\Rdn\\Deals\\Router::create()->dealResponsibleChanged(${dealId})['result']['decision'];`,
    });
    const t = await runStory(moduleFilesFrom(dir), [
      {
        do: 'seed', store: {
          clock: MON_10_00, timezone: 'Europe/Moscow', modules: ['main', 'im', 'imopenlines', 'crm'],
          users: [1, 2, 3].map((ID) => ({ ID, ACTIVE: 'Y', NAME: `User ${ID}` })),
          deals: [
            { ID: 1, TITLE: 'Old', CATEGORY_ID: 0, STAGE_ID: 'NEW', ASSIGNED_BY_ID: 2 },
            { ID: 2, TITLE: 'New', CATEGORY_ID: 0, STAGE_ID: 'NEW', ASSIGNED_BY_ID: 3 },
          ],
          contacts: [{ ID: 7, NAME: 'Ivan', ASSIGNED_BY_ID: 2 }, { ID: 8, NAME: 'Olga', ASSIGNED_BY_ID: 2 }],
          dealContacts: [
            { DEAL_ID: 1, CONTACT_ID: 7, SORT: 10, IS_PRIMARY: 'Y' }, { DEAL_ID: 1, CONTACT_ID: 8, SORT: 20, IS_PRIMARY: 'N' },
            { DEAL_ID: 2, CONTACT_ID: 8, SORT: 10, IS_PRIMARY: 'Y' },
          ],
        },
      },
      { do: 'installModule', module: 'rdn.deals' },
      follow(1),
      follow(2),
      follow(99),
      { do: 'dump', only: ['contacts', 'notifications'], label: 'after' },
    ]);
    const s = byLabel(t);
    // deal 1: Ivan already has its responsible; Olga's latest deal is 2
    expect(s['deal 1']!.result).toEqual({ kind: 'follow', dealId: 1, changed: 0 });
    expect(s['deal 2']!.result).toEqual({ kind: 'follow', dealId: 2, changed: 1 });
    expect(s['deal 99']!.result).toEqual({ kind: 'ignore', reason: 'DEAL_UNKNOWN' });
    const after = s['after']!.result as Row;
    expect(after.contacts.map((c: Row) => [c.ID, c.ASSIGNED_BY_ID])).toEqual([[7, 2], [8, 3]]);
    expect(after.notifications).toEqual([expect.objectContaining({ TO_USER_ID: 3, NOTIFY_MESSAGE: 'Контакт #8 теперь за ответственным сделки #2: Manager Two.' })]);
  });
});

describe('scenario 002: the “contacts follow the deal” activity', () => {
  const activity = 'rdndealssynccontactsactivity';
  const run = (documentId: string[], label: string): Step => ({
    do: 'call', label,
    php: `\\Bitrix\\Main\\Loader::includeModule('bizproc');
      require_once $_SERVER['DOCUMENT_ROOT'] . '/local/activities/${activity}/${activity}.php';
      $a = new CBPRdnDealsSyncContactsActivity('A1');
      $a->initializeFromArray(['Title' => 'Follow', 'Unknown' => 'dropped']);
      $a->setDocumentIdForDouble(${JSON.stringify(documentId).replace(/"/g, "'")});
      return ['status' => $a->execute(), 'changed' => $a->propertyForDouble('Changed')];`,
  });
  it('installs into /local/activities, runs on a deal under the activity contract, logs to the workflow, and is removed on uninstall', async () => {
    const files = (label: string): Step => ({ do: 'call', label, php: `return is_dir($_SERVER['DOCUMENT_ROOT'] . '/local/activities/${activity}') ? scandir($_SERVER['DOCUMENT_ROOT'] . '/local/activities/${activity}') : null;` });
    const t = await runStory(moduleFilesFrom(dir), [
      {
        do: 'seed', store: {
          clock: MON_10_00, timezone: 'Europe/Moscow', modules: ['main', 'im', 'imopenlines', 'crm', 'bizproc'],
          users: [1, 2, 3].map((ID) => ({ ID, ACTIVE: 'Y', NAME: `User ${ID}` })),
          deals: [{ ID: 2, TITLE: 'New', CATEGORY_ID: 0, STAGE_ID: 'NEW', ASSIGNED_BY_ID: 3 }],
          contacts: [{ ID: 8, NAME: 'Olga', ASSIGNED_BY_ID: 2 }],
          dealContacts: [{ DEAL_ID: 2, CONTACT_ID: 8, SORT: 10, IS_PRIMARY: 'Y' }],
        },
      },
      { do: 'installModule', module: 'rdn.deals' },
      files('installed'),
      run(['crm', 'CCrmDocumentDeal', 'DEAL_2'], 'on the deal'),
      run(['crm', 'CCrmDocumentContact', 'CONTACT_8'], 'on a contact'),
      { do: 'dump', only: ['contacts', 'tracking', 'notifications'], label: 'after' },
      { do: 'uninstallModule', module: 'rdn.deals' },
      files('removed'),
    ]);
    const s = byLabel(t);
    expect(s['installed']!.result).toEqual(expect.arrayContaining(['.description.php', `${activity}.php`, 'lang']));
    expect(s['on the deal']).toMatchObject({ ok: true, result: { status: 3, changed: 1 } });
    expect(s['on a contact']).toMatchObject({ ok: true, result: { status: 3, changed: null } });
    const after = s['after']!.result as Row;
    expect(after.contacts.map((c: Row) => [c.ID, c.ASSIGNED_BY_ID])).toEqual([[8, 3]]);
    expect(after.tracking.map((r: Row) => [r.TYPE, r.MESSAGE])).toEqual([
      [5, 'Contacts that got the deal’s responsible: 1.'],
      [9, 'The activity works on deals only.'],
    ]);
    expect(after.notifications).toHaveLength(1);
    expect(s['removed']!.result).toBeNull();
  });
});

describe('scenario 002: the “pick the line’s operator” activity', () => {
  it('returns the queue’s pick by the spec, as a user value for other activities, and logs it', async () => {
    const activity = 'rdndealspickoperatoractivity';
    const t = await runStory(moduleFilesFrom(dir), [
      {
        do: 'seed', store: {
          clock: MON_10_00, timezone: 'Europe/Moscow', modules: ['main', 'im', 'imopenlines', 'crm', 'bizproc'],
          users: [1, 2, 3].map((ID) => ({ ID, ACTIVE: 'Y', NAME: `User ${ID}`, LAST_ACTIVITY_DATE: MON_10_00 - 30 })),
          lines: [{ ID: 5, QUEUE_TYPE: 'evenly', CHECK_AVAILABLE: 'N', CRM: 'Y', ACTIVE: 'Y' }],
          queue: [{ ID: 1, CONFIG_ID: 5, USER_ID: 2, SORT: 1, LAST_ACTIVITY_DATE: MON_10_00 - 60 }, { ID: 2, CONFIG_ID: 5, USER_ID: 3, SORT: 2 }],
        },
      },
      { do: 'installModule', module: 'rdn.deals' },
      ...[5, 6].map((line): Step => ({
        do: 'call', label: `line ${line}`,
        php: `\\Bitrix\\Main\\Loader::includeModule('bizproc');
          require_once $_SERVER['DOCUMENT_ROOT'] . '/local/activities/${activity}/${activity}.php';
          $a = new CBPRdnDealsPickOperatorActivity('A1');
          $a->initializeFromArray(['LineId' => ${line}]);
          $status = $a->execute();
          return ['status' => $status, 'id' => $a->propertyForDouble('OperatorId'), 'user' => $a->propertyForDouble('Operator'), 'reason' => $a->propertyForDouble('Reason')];`,
      })),
      { do: 'dump', only: ['tracking'], label: 'after' },
    ]);
    const s = byLabel(t);
    // never assigned goes first (evenly): Manager Two (3)
    expect(s['line 5']!.result).toEqual({ status: 3, id: 3, user: 'user_3', reason: 'LONGEST_IDLE' });
    expect(s['line 6']!.result).toEqual({ status: 3, id: null, user: null, reason: null });
    expect((s['after']!.result as Row).tracking.map((r: Row) => [r.TYPE, r.MESSAGE])).toEqual([
      [5, 'Line 5: operator 3 (LONGEST_IDLE).'],
      [9, 'Line 6 is not in the module’s specification.'],
    ]);
  });
});
