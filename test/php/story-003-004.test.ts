/**
 * Scenarios 003 and 004 in the portal double: the compiled modules hand out dialogs by the line's
 * limits, the portal-wide cap, the line's hours (reply, queue, another line), duty staff and personal
 * hours; the evenly turn is stamped; a pinned dialog is left where it is.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { byLabel, moduleFilesFrom, runStory } from '../helpers/portal.ts';

type Row = Record<string, any>;
const dist = (p: string) => fileURLToPath(new URL(`../../dist-php/${p}`, import.meta.url));

const MON_10_00 = 1795417200; // 2026-11-23 10:00 Europe/Moscow
const TODAY_08_50 = MON_10_00 - 4200;
const user = (ID: number, dept: number) => ({ ID, ACTIVE: 'Y', NAME: `User ${ID}`, UF_DEPARTMENT: [dept], UF_TIMEMAN: true, LAST_ACTIVITY_DATE: MON_10_00 - 30 });
const base = {
  clock: MON_10_00,
  timezone: 'Europe/Moscow',
  modules: ['main', 'im', 'imopenlines', 'crm', 'intranet', 'timeman'],
};
/** An open session already held by an operator (only what the slot count reads). */
const held = (ID: number, lineId: number, operator: number, STATUS: number) => ({
  ID, MODE: 'input', SOURCE: 'livechat', STATUS, CONFIG_ID: lineId, USER_ID: 900 + ID, OPERATOR_ID: operator, USER_CODE: `livechat|${lineId}|${900 + ID}|${900 + ID}`,
  CHAT_ID: 800 + ID, CRM: 'N', CRM_ACTIVITY_ID: 0, DATE_CREATE: MON_10_00 - 3600, CLOSED: 'N', PAUSE: 'N', WAIT_ANSWER: 'N', QUEUE_HISTORY: {}, PARENT_ID: 0, IS_FIRST: 'Y',
});
const newest = (sessions: Row[]): Row => sessions.reduce((a, b) => (Number(b.ID) > Number(a.ID) ? b : a));

/** The contact center of scenario 003: four people at work in department 5, its website chat, Telegram and VK. */
const center = {
  ...base,
  users: [user(30, 5), user(31, 5), user(32, 5), user(33, 5)],
  departments: [{ ID: 5, NAME: 'Contact center', IBLOCK_SECTION_ID: 0, UF_HEAD: 30 }],
  workdays: [30, 31, 32, 33].map((u) => ({ USER_ID: u, DATE_START: TODAY_08_50, DATE_FINISH: null as number | null })),
  lines: [11, 12, 13].map((ID) => ({ ID, QUEUE_TYPE: ID === 12 ? 'strictly' : ID === 13 ? 'all' : 'evenly', CHECK_AVAILABLE: 'N', CRM: 'Y', ACTIVE: 'Y' })),
};

describe('scenario 003: the contact center', () => {
  it('the line’s limit and the portal-wide 1000 decide who is free; the pick is stamped; off hours the client is told and waits', async () => {
    const t = await runStory(moduleFilesFrom(dist('003-contact-center/rdn.center')), [
      {
        do: 'seed', store: {
          ...center,
          // Oleg (31) was given a dialog longest ago, then Nina (32), then Artem (33)
          queue: [
            { ID: 1, CONFIG_ID: 11, USER_ID: 31, SORT: 1, LAST_ACTIVITY_DATE: MON_10_00 - 3600 },
            { ID: 2, CONFIG_ID: 11, USER_ID: 32, SORT: 2, LAST_ACTIVITY_DATE: MON_10_00 - 1800 },
            { ID: 3, CONFIG_ID: 11, USER_ID: 33, SORT: 3, LAST_ACTIVITY_DATE: MON_10_00 - 600 },
          ],
          // Oleg holds five unanswered website chats (the limit is 5 until answered) and one answered
          sessions: [held(101, 11, 31, 0), held(102, 11, 31, 10), held(103, 11, 31, 10), held(104, 11, 31, 20), held(105, 11, 31, 25), held(106, 11, 31, 40), held(107, 11, 33, 40)],
          // Nina has 1000 open-line chats in her messenger: the portal gives her nothing more
          recent: Array.from({ length: 1000 }, (_, i) => ({ USER_ID: 32, ITEM_TYPE: 'L', ITEM_ID: 5000 + i })),
        },
      },
      { do: 'installModule', module: 'rdn.center' },
      { do: 'startSession', lineId: 11, label: 'morning' },
      { do: 'runAgents' },
      { do: 'dump', only: ['sessions', 'queue'], label: 'routed' },
      { do: 'setClock', at: MON_10_00 + 11 * 3600 },
      { do: 'startSession', lineId: 11, label: 'evening' },
      { do: 'runAgents', newProcess: true },
      { do: 'dump', only: ['sessions', 'messages'], label: 'closed' },
    ]);
    const s = byLabel(t);
    const routed = s['routed']!.result as Row;
    expect(Number(newest(routed.sessions).OPERATOR_ID)).toBe(33);
    // Artem goes to the end of the evenly turn, as the portal would stamp its own pick
    const artem = routed.queue.find((q: Row) => q.USER_ID == 33);
    expect(Number(artem.LAST_ACTIVITY_DATE)).toBe(MON_10_00);
    const closed = s['closed']!.result as Row;
    const evening = newest(closed.sessions);
    expect(Number(evening.OPERATOR_ID)).toBe(0);
    const reply = closed.messages.filter((m: Row) => m.CHAT_ID == evening.CHAT_ID && m.SENT_TO_CLIENT);
    expect(reply.map((m: Row) => m.MESSAGE)).toEqual(['Мы работаем с 9:00 до 20:00 по Москве и ответим утром.']);
  });
});

describe('scenario 003: least loaded and sticky', () => {
  it('Telegram goes to whoever holds the fewest open dialogs; a returning website client goes back to their operator', async () => {
    const t = await runStory(moduleFilesFrom(dist('003-contact-center/rdn.center')), [
      {
        do: 'seed', store: {
          ...center,
          queue: [
            { ID: 1, CONFIG_ID: 12, USER_ID: 31, SORT: 1 }, { ID: 2, CONFIG_ID: 12, USER_ID: 33, SORT: 2 },
            { ID: 3, CONFIG_ID: 11, USER_ID: 31, SORT: 1, LAST_ACTIVITY_DATE: MON_10_00 - 3600 }, { ID: 4, CONFIG_ID: 11, USER_ID: 33, SORT: 2, LAST_ACTIVITY_DATE: MON_10_00 - 600 },
          ],
          // Oleg (31) holds three open website chats, Artem (33) one; client 950 wrote to the website before and Artem answered
          sessions: [held(101, 11, 31, 40), held(102, 11, 31, 40), held(103, 11, 31, 40), held(104, 11, 33, 40),
            { ...held(105, 11, 33, 60), USER_ID: 950, CLOSED: 'Y' }],
        },
      },
      { do: 'installModule', module: 'rdn.center' },
      { do: 'startSession', lineId: 12, label: 'telegram' },
      { do: 'runAgents' },
      { do: 'startSession', lineId: 11, clientId: 950, label: 'returning' },
      { do: 'runAgents' },
      { do: 'dump', only: ['sessions'], label: 'after' },
    ]);
    const sessions = (byLabel(t)['after']!.result as Row).sessions as Row[];
    const telegram = sessions.find((x) => x.CONFIG_ID == 12)!;
    const returning = newest(sessions.filter((x) => x.USER_ID == 950));
    // strictly alone would give Telegram to Oleg, first in the list; least loaded gives it to Artem
    expect(Number(telegram.OPERATOR_ID)).toBe(33);
    // evenly alone would give the website chat to Oleg, idle the longest; the client goes back to Artem
    expect(Number(returning.OPERATOR_ID)).toBe(33);
  });
});

describe('scenario 003: skills', () => {
  it('the English chat waits for someone with English; 5 minutes on, the portal’s timer passes it to anyone', async () => {
    const t = await runStory(moduleFilesFrom(dist('003-contact-center/rdn.center')), [
      {
        do: 'seed', store: {
          ...center,
          // Nina (32) and Artem (33), who speak English, have closed their day; Oleg (31) has English at level 1
          workdays: [30, 31, 32, 33].map((u) => ({ USER_ID: u, DATE_START: TODAY_08_50, DATE_FINISH: u === 32 || u === 33 ? TODAY_08_50 + 600 : null })),
          lines: [{ ID: 14, QUEUE_TYPE: 'evenly', CHECK_AVAILABLE: 'N', CRM: 'Y', ACTIVE: 'Y', QUEUE_TIME: 60 }],
          queue: [31, 32, 33].map((USER_ID, i) => ({ ID: i + 1, CONFIG_ID: 14, USER_ID, SORT: i + 1, LAST_ACTIVITY_DATE: MON_10_00 - 3600 + i * 60 })),
        },
      },
      { do: 'installModule', module: 'rdn.center' },
      { do: 'startSession', lineId: 14 },
      { do: 'runAgents' },
      { do: 'dump', only: ['sessions'], label: 'waits' },
      { do: 'setClock', advance: 2 * 60 },
      { do: 'queueTick' },
      { do: 'dump', only: ['sessions'], label: 'still waits' },
      { do: 'setClock', advance: 4 * 60 },
      { do: 'queueTick' },
      { do: 'dump', only: ['sessions'], label: 'relaxed' },
    ]);
    const s = byLabel(t);
    const op = (label: string) => Number(newest((s[label]!.result as Row).sessions).OPERATOR_ID);
    expect(op('waits')).toBe(0);
    expect(op('still waits')).toBe(0);
    expect(op('relaxed')).toBe(31);
  });
});

describe('scenario 004: the shop’s open lines', () => {
  const seed = {
    do: 'seed', store: {
      ...base,
      clock: MON_10_00 + 3.5 * 3600, // 13:30, the lunch break
      users: [40, 41, 42, 43, 44, 45].map((id) => user(id, 7)),
      departments: [{ ID: 7, NAME: 'Shop sales', IBLOCK_SECTION_ID: 0, UF_HEAD: 40 }],
      workdays: [40, 41, 42, 43, 44, 45].map((u) => ({ USER_ID: u, DATE_START: TODAY_08_50, DATE_FINISH: null })),
      lines: [21, 22, 23].map((ID) => ({ ID, QUEUE_TYPE: ID === 22 ? 'strictly' : ID === 23 ? 'all' : 'evenly', CHECK_AVAILABLE: 'N', CRM: 'Y', ACTIVE: 'Y', QUEUE_TIME: 60 })),
      queue: [
        { ID: 1, CONFIG_ID: 21, USER_ID: 41, SORT: 1, LAST_ACTIVITY_DATE: MON_10_00 - 3600 },
        { ID: 2, CONFIG_ID: 21, USER_ID: 42, SORT: 2, LAST_ACTIVITY_DATE: MON_10_00 - 1800 },
        { ID: 3, CONFIG_ID: 21, USER_ID: 43, SORT: 3, LAST_ACTIVITY_DATE: MON_10_00 - 600 },
        { ID: 4, CONFIG_ID: 22, USER_ID: 43, SORT: 1 },
        { ID: 5, CONFIG_ID: 22, USER_ID: 42, SORT: 2 },
      ],
    },
  };
  it('at lunch the duty manager gets WhatsApp; after hours Telegram moves to WhatsApp with a reply, where the duty manager takes it', async () => {
    const t = await runStory(moduleFilesFrom(dist('004-open-lines/rdn.shop')), [
      seed,
      { do: 'installModule', module: 'rdn.shop' },
      { do: 'startSession', lineId: 21, label: 'lunch' },
      { do: 'runAgents' },
      { do: 'dump', only: ['sessions'], label: 'at lunch' },
      { do: 'setClock', at: MON_10_00 + 9.5 * 3600 }, // 19:30
      { do: 'startSession', lineId: 22, label: 'evening' },
      { do: 'runAgents', newProcess: true },
      { do: 'dump', only: ['sessions', 'messages'], label: 'after hours' },
    ]);
    const s = byLabel(t);
    expect(Number(newest((s['at lunch']!.result as Row).sessions).OPERATOR_ID)).toBe(45);
    const after = s['after hours']!.result as Row;
    const evening = newest(after.sessions);
    // the transfer put it into line 21's queue; the portal's queue asked the module, whose pick is the duty
    // manager (45), as line 21's own off-hours handling says
    expect(Number(evening.CONFIG_ID)).toBe(21);
    expect(Number(evening.OPERATOR_ID)).toBe(45);
    expect(after.messages.filter((m: Row) => m.CHAT_ID == evening.CHAT_ID && m.SENT_TO_CLIENT).map((m: Row) => m.MESSAGE))
      .toEqual(['Сейчас мы не работаем: ваш вопрос передан дежурному менеджеру.']);
  });
  it('personal hours: at 10:30 Sofia, idle the longest, has not begun her late shift; the next one gets it', async () => {
    const queue = [
      { ID: 1, CONFIG_ID: 21, USER_ID: 42, SORT: 2, LAST_ACTIVITY_DATE: MON_10_00 - 3600 },
      { ID: 2, CONFIG_ID: 21, USER_ID: 43, SORT: 3, LAST_ACTIVITY_DATE: MON_10_00 - 1800 },
      { ID: 3, CONFIG_ID: 21, USER_ID: 41, SORT: 1, LAST_ACTIVITY_DATE: MON_10_00 - 600 },
    ];
    const t = await runStory(moduleFilesFrom(dist('004-open-lines/rdn.shop')), [
      { ...seed, store: { ...seed.store, clock: MON_10_00 + 1800, queue } },
      { do: 'installModule', module: 'rdn.shop' },
      { do: 'startSession', lineId: 21 },
      { do: 'runAgents' },
      { do: 'dump', only: ['sessions'], label: 'routed' },
    ]);
    expect(Number(newest((byLabel(t)['routed']!.result as Row).sessions).OPERATOR_ID)).toBe(43);
  });
  it('answer watch: an untaken Telegram dialog goes to the supervisor after 5 minutes; WhatsApp is reported at 3, and once taken, no more', async () => {
    const t = await runStory(moduleFilesFrom(dist('004-open-lines/rdn.shop')), [
      { ...seed, store: { ...seed.store, clock: MON_10_00 } },
      { do: 'installModule', module: 'rdn.shop' },
      { do: 'startSession', lineId: 22, label: 'telegram' },
      { do: 'startSession', lineId: 21, label: 'whatsapp' },
      { do: 'runAgents' },
      { do: 'dump', only: ['sessions', 'agents'], label: 'given' },
      { do: 'setClock', advance: 3 * 60 },
      { do: 'runAgents', newProcess: true },
      { do: 'dump', only: ['notifications'], label: 'at 3 min' },
      { do: 'call', label: 'take', php: `\\BxDouble\\OpenLines::answer(2, (int)\\BxDouble\\Portal::row('sessions', 2)['OPERATOR_ID']); return \\BxDouble\\Portal::row('sessions', 2)['DATE_OPERATOR_ANSWER'];` },
      { do: 'setClock', advance: 2 * 60 },
      { do: 'runAgents', newProcess: true },
      { do: 'setClock', advance: 5 * 60 },
      { do: 'runAgents', newProcess: true },
      { do: 'dump', only: ['sessions', 'notifications', 'agents'], label: 'at 10 min' },
    ]);
    const s = byLabel(t);
    const given = s['given']!.result as Row;
    const telegram = given.sessions.find((x: Row) => x.CONFIG_ID == 22);
    const whatsapp = given.sessions.find((x: Row) => x.CONFIG_ID == 21);
    expect(Number(telegram.OPERATOR_ID)).toBe(43);
    expect(Number(whatsapp.OPERATOR_ID)).toBe(41);
    expect(given.agents.map((a: Row) => a.NAME).filter((n: string) => n.includes('AnswerAgent')).sort()).toEqual([
      '\\Rdn\\Shop\\Agent\\AnswerAgent::run(1, 43, 0, 0);', '\\Rdn\\Shop\\Agent\\AnswerAgent::run(2, 41, 0, 0);',
    ]);
    // 3 minutes: the WhatsApp operator's supervisor, the head of the department (40), is told
    expect((s['at 3 min']!.result as Row).notifications.map((n: Row) => [n.TO_USER_ID, n.NOTIFY_MESSAGE])).toEqual([
      [40, 'Диалог #2 на линии «WhatsApp» ждёт ответа 3 мин.; оператор — Maxim Orlov.'],
    ]);
    const end = s['at 10 min']!.result as Row;
    // 5 minutes: Telegram goes to the supervisor; 10 minutes: WhatsApp was taken, so the head of sales hears nothing
    expect(Number(end.sessions.find((x: Row) => x.CONFIG_ID == 22).OPERATOR_ID)).toBe(40);
    expect(end.notifications).toHaveLength(1);
    expect(end.agents.filter((a: Row) => String(a.NAME).includes('AnswerAgent'))).toEqual([]);
  });
  it('weighted Telegram: with one dialog each today, Sofia (weight 2) is further behind her share and gets the next', async () => {
    const t = await runStory(moduleFilesFrom(dist('004-open-lines/rdn.shop')), [
      { ...seed, store: { ...seed.store, clock: MON_10_00, sessions: [held(201, 22, 43, 40), held(202, 22, 42, 40), { ...held(203, 22, 42, 60), DATE_CREATE: MON_10_00 - 86400 }] } },
      { do: 'installModule', module: 'rdn.shop' },
      { do: 'startSession', lineId: 22 },
      { do: 'runAgents' },
      { do: 'dump', only: ['sessions'], label: 'routed' },
    ]);
    // yesterday's dialog (203) does not count; strictly alone would give it to Denis (43), first in the list
    expect(Number(newest((byLabel(t)['routed']!.result as Row).sessions).OPERATOR_ID)).toBe(42);
  });
  it('a pinned dialog: when the portal’s timer passes it on, the module does not steer it', async () => {
    const t = await runStory(moduleFilesFrom(dist('004-open-lines/rdn.shop')), [
      { ...seed, store: { ...seed.store, clock: MON_10_00 } },
      { do: 'installModule', module: 'rdn.shop' },
      { do: 'startSession', lineId: 21 },
      { do: 'runAgents' },
      { do: 'call', label: 'pin', php: `\\Bitrix\\Main\\Loader::includeModule('imopenlines');
        $s = end(\\BxDouble\\Portal::$s['sessions']); $i = \\BxDouble\\Portal::find('sessions', $s['ID']);
        \\BxDouble\\Portal::$s['sessions'][$i]['PAUSE'] = 'Y'; return \\Bitrix\\ImOpenLines\\Queue::returnSessionToQueue((int)$s['ID']);` },
      { do: 'setClock', advance: 61 },
      { do: 'queueTick', label: 'tick' },
    ]);
    const s = byLabel(t);
    const event = s['tick']!.events.find((e) => e.type === 'OnBeforeSessionTransfer');
    expect(event).toBeDefined();
    expect(event!.results ?? []).toEqual([]);
  });
});
