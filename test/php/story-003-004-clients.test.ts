/**
 * Who the client is, in the portal double: scenario 004's Telegram VIPs (by the phone the channel gave)
 * go first and are passed on sooner; scenario 003's website chat gives clients to their own office (by
 * the phone's code, or by the region in the contact).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { byLabel, moduleFilesFrom, runStory } from '../helpers/portal.ts';

type Row = Record<string, any>;
const dist = (p: string) => fileURLToPath(new URL(`../../dist-php/${p}`, import.meta.url));

const MON_10_00 = 1795417200; // 2026-11-23 10:00 Europe/Moscow
const TODAY_08_50 = MON_10_00 - 4200;
const user = (ID: number, dept: number) => ({ ID, ACTIVE: 'Y', NAME: `User ${ID}`, UF_DEPARTMENT: [dept], UF_TIMEMAN: true, LAST_ACTIVITY_DATE: MON_10_00 - 30 });
/** A client as the connector created them, with the phone the channel gave. */
const client = (ID: number, phone: string) => ({ ID, ACTIVE: 'Y', NAME: `Client ${ID}`, EXTERNAL_AUTH_ID: 'imconnector', PERSONAL_MOBILE: phone });
const base = { clock: MON_10_00, timezone: 'Europe/Moscow', modules: ['main', 'im', 'imopenlines', 'crm', 'intranet', 'timeman'] };
const session = (rows: Row[], id: number): Row => rows.find((s) => Number(s.ID) === id)!;

describe('scenario 004: Telegram VIPs', () => {
  // Maxim (41) takes VIPs but has not opened his day; Denis (43) and Sofia (42) work Telegram; Irina (40) heads the department
  const shop = {
    ...base,
    users: [...[40, 41, 42, 43].map((id) => user(id, 7)), client(901, '+7 916 000-00-77'), client(902, '+7 903 111-22-33')],
    departments: [{ ID: 7, NAME: 'Shop sales', IBLOCK_SECTION_ID: 0, UF_HEAD: 40 }],
    // a long queue time: without the module's nudge a waiting dialog would be looked at again only after 10 minutes
    lines: [{ ID: 22, QUEUE_TYPE: 'strictly', CHECK_AVAILABLE: 'N', CRM: 'Y', ACTIVE: 'Y', QUEUE_TIME: 600 }],
    queue: [{ ID: 4, CONFIG_ID: 22, USER_ID: 43, SORT: 1 }, { ID: 5, CONFIG_ID: 22, USER_ID: 42, SORT: 2 }],
  };
  it('the VIP waits first, so the next client waits behind; the portal’s timer serves the VIP first', async () => {
    const t = await runStory(moduleFilesFrom(dist('004-open-lines/rdn.shop')), [
      // nobody has opened the day yet: the VIP's dialog waits in the queue
      { do: 'seed', store: { ...shop, workdays: [] } },
      { do: 'installModule', module: 'rdn.shop' },
      { do: 'startSession', lineId: 22, clientId: 901, label: 'vip' },
      { do: 'runAgents' },
      { do: 'dump', only: ['sessions'], label: 'vip waits' },
      // Denis opens his day; then another client writes: the portal gives him Denis, the module puts him back
      { do: 'call', label: 'day opens', php: `\\BxDouble\\Portal::insert('workdays', ['USER_ID' => 43, 'DATE_START' => ${MON_10_00 + 30}, 'DATE_FINISH' => null]); return true;` },
      { do: 'setClock', advance: 40 },
      { do: 'startSession', lineId: 22, clientId: 902, label: 'other' },
      { do: 'runAgents', newProcess: true },
      { do: 'dump', only: ['sessions'], label: 'other waits' },
      // the module asked the portal's queue to look at the VIP's dialog now: at its next run (a minute at most)
      // the VIP gets Denis, who takes it; then the other client is served at his own queue time
      { do: 'setClock', advance: 30 },
      { do: 'queueTick', label: 'tick' },
      { do: 'dump', only: ['sessions', 'agents'], label: 'served' },
      { do: 'call', label: 'taken', php: `\\BxDouble\\OpenLines::answer(1, 43); return true;` },
      { do: 'setClock', advance: 600 },
      { do: 'queueTick', label: 'next tick' },
      { do: 'dump', only: ['sessions'], label: 'both served' },
    ]);
    const s = byLabel(t);
    const vip = s['vip']!.result as Row;
    const other = s['other']!.result as Row;
    const op = (label: string, id: number) => Number(session((s[label]!.result as Row).sessions, id).OPERATOR_ID);
    expect(op('vip waits', vip.sessionId)).toBe(0);
    // the portal gave the other client Denis at once; the module returned the dialog to the queue
    expect(other.operatorId).toBe(43);
    expect(op('other waits', other.sessionId)).toBe(0);
    expect(op('other waits', vip.sessionId)).toBe(0);
    expect(op('served', vip.sessionId)).toBe(43);
    // given anew by the portal's timer, the VIP's dialog is watched again: 2 minutes for Denis to take it
    const watch = (s['served']!.result as Row).agents.filter((x: Row) => String(x.NAME).includes('AnswerAgent'));
    expect(watch.map((x: Row) => [x.NAME, Number(x.NEXT_EXEC) - (MON_10_00 + 70)])).toEqual([[`\\Rdn\\Shop\\Agent\\AnswerAgent::run(${vip.sessionId}, 43, 0, 0);`, 120]]);
    expect(s['tick']!.result).toEqual([vip.sessionId]);
    // Denis takes the VIP's dialog; no VIP waits any more, so the other client gets Denis too (Telegram has no limit)
    expect(s['next tick']!.result).toEqual([other.sessionId]);
    expect(op('both served', other.sessionId)).toBe(43);
  });
  it('a VIP who finds Denis at work: the answer watch comes at 2 minutes, not the line’s 5, and passes the dialog to the supervisor', async () => {
    const t = await runStory(moduleFilesFrom(dist('004-open-lines/rdn.shop')), [
      { do: 'seed', store: { ...shop, workdays: [40, 43].map((u) => ({ USER_ID: u, DATE_START: TODAY_08_50, DATE_FINISH: null })) } },
      { do: 'installModule', module: 'rdn.shop' },
      { do: 'startSession', lineId: 22, clientId: 901, label: 'vip' },
      { do: 'runAgents' },
      { do: 'dump', only: ['sessions', 'agents'], label: 'given' },
      { do: 'setClock', advance: 2 * 60 },
      { do: 'runAgents', newProcess: true },
      { do: 'dump', only: ['sessions'], label: 'escalated' },
    ]);
    const s = byLabel(t);
    const vip = (s['vip']!.result as Row).sessionId;
    const given = s['given']!.result as Row;
    expect(Number(session(given.sessions, vip).OPERATOR_ID)).toBe(43);
    const watch = given.agents.filter((a: Row) => String(a.NAME).includes('AnswerAgent'));
    expect(watch.map((a: Row) => [a.NAME, Number(a.NEXT_EXEC) - MON_10_00])).toEqual([[`\\Rdn\\Shop\\Agent\\AnswerAgent::run(${vip}, 43, 0, 0);`, 120]]);
    expect(Number(session((s['escalated']!.result as Row).sessions, vip).OPERATOR_ID)).toBe(40);
  });
});

describe('scenario 003: the client’s office', () => {
  // Oleg (31) was given a dialog longest ago, then Nina (32), then Artem (33, Saint Petersburg)
  const center = {
    ...base,
    users: [...[30, 31, 32, 33].map((id) => user(id, 5)), client(951, '+7 812 555-12-34'), client(952, '+7 495 100-20-30'), client(953, '+7 495 700-00-01')],
    departments: [{ ID: 5, NAME: 'Contact center', IBLOCK_SECTION_ID: 0, UF_HEAD: 30 }],
    workdays: [30, 31, 32, 33].map((u) => ({ USER_ID: u, DATE_START: TODAY_08_50, DATE_FINISH: null as number | null })),
    lines: [{ ID: 11, QUEUE_TYPE: 'evenly', CHECK_AVAILABLE: 'N', CRM: 'Y', ACTIVE: 'Y' }],
    queue: [31, 32, 33].map((USER_ID, i) => ({ ID: i + 1, CONFIG_ID: 11, USER_ID, SORT: i + 1, LAST_ACTIVITY_DATE: MON_10_00 - 3600 + i * 600 })),
    // the portal has a region field on contacts; contact 70, from Saint Petersburg, writes from a Moscow number
    userFields: { 3: { UF_CRM_REGION: 'string' } },
    contacts: [{ ID: 70, NAME: 'Pavel', ASSIGNED_BY_ID: 30, UF_CRM_REGION: 'Санкт-Петербург' }],
  };
  it('a Moscow number goes to Oleg, a Saint Petersburg one to Artem while Nina keeps her turn; a Petersburg contact on a Moscow number to Artem again', async () => {
    const t = await runStory(moduleFilesFrom(dist('003-contact-center/rdn.center')), [
      { do: 'seed', store: center },
      { do: 'installModule', module: 'rdn.center' },
      { do: 'call', label: 'known client', php: `\\Bitrix\\Main\\Loader::includeModule('rdn.center');
        return \\Rdn\\Center\\Gateway\\ClientTable::add(['CLIENT_KEY' => 'crm-contact:70', 'COMPANY_ID' => 'center', 'CONTACT_ID' => 70])->isSuccess();` },
      { do: 'startSession', lineId: 11, clientId: 952, label: 'moscow' },
      { do: 'runAgents' },
      { do: 'startSession', lineId: 11, clientId: 951, label: 'spb' },
      { do: 'runAgents', newProcess: true },
      { do: 'dump', only: ['queue'], label: 'turns' },
      { do: 'startSession', lineId: 11, clientId: 953, crm: { CONTACT: 70 }, label: 'region' },
      { do: 'runAgents', newProcess: true },
      { do: 'dump', only: ['sessions'], label: 'routed' },
    ]);
    const s = byLabel(t);
    expect(s['known client']!.result).toBe(true);
    const sessions = (s['routed']!.result as Row).sessions as Row[];
    const op = (label: string) => Number(session(sessions, (s[label]!.result as Row).sessionId).OPERATOR_ID);
    expect(op('moscow')).toBe(31);
    expect(op('spb')).toBe(33);
    // the portal gave the Petersburg client to Nina (idle the longest) and stamped her; the module gave it to
    // Artem, so Nina is back at the head of the turn: a second before the earliest other stamp it saw (Artem's)
    expect((s['spb']!.result as Row).operatorId).toBe(32);
    const turns = (s['turns']!.result as Row).queue as Row[];
    const stamp = (u: number) => Number(turns.find((q) => q.USER_ID == u)!.LAST_ACTIVITY_DATE);
    expect(stamp(32)).toBe(MON_10_00 - 2400 - 1);
    expect(stamp(31)).toBe(MON_10_00);
    expect(stamp(33)).toBe(MON_10_00);
    expect(op('region')).toBe(33);
  });
});
