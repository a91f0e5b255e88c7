/**
 * The double's portal reads and effects pinned to the contract: UserTable and the ORM filters,
 * presence (Im::userIsOnline), vacations (vacation types only), the workday (State / isDayOpenedToday),
 * the structure, CRM (deals of a contact, stage semantics, factory writes), and the open-line traps:
 * Chat::transfer's bare false (lock, inactive target, missing line), eviction of joined heads, a closed
 * session coming back as a new one, OnBeforeSessionTransfer validation, modules not included.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PHP_VERSIONS } from '../helpers/php.ts';
import { byLabel, fixtureModule, runStory, type StepRecord, type Transcript } from '../helpers/portal.ts';

const T0 = 1798794000; // Friday 2027-01-01 09:00:00 UTC
const call = (label: string, php: string) => ({ do: 'call', label, php });
const user = (ID: number, extra: Record<string, unknown> = {}) => ({ ID, ACTIVE: 'Y', NAME: `U${ID}`, UF_DEPARTMENT: [2], LAST_ACTIVITY_DATE: T0 - 60, ...extra });
const seed = {
  clock: T0,
  modules: ['main', 'pull', 'im', 'imopenlines', 'crm', 'intranet', 'timeman', 'bizproc'],
  users: [
    user(1), user(11, { UF_TIMEMAN: true }), user(12, { UF_TIMEMAN: true }), user(13, { ACTIVE: 'N' }), user(14), user(15),
    user(16, { LAST_ACTIVITY_DATE: T0 - 7200 }), user(17, { IDLE: true }), { ID: 100, ACTIVE: 'Y', NAME: 'Client', EXTERNAL_AUTH_ID: 'imconnector' },
  ],
  absences: [{ USER_ID: 14, TYPE: 'VACATION', FROM: '2026-12-28', TO: '2027-01-05' }, { USER_ID: 15, TYPE: 'ASSIGNMENT', FROM: '2026-12-28', TO: '2027-01-05' }],
  workdays: [{ USER_ID: 11, DATE_START: T0 - 11 * 3600 }, { USER_ID: 12, DATE_START: T0 - 3600 }],
  departments: [{ ID: 1, NAME: 'Company', IBLOCK_SECTION_ID: 0, UF_HEAD: 1 }, { ID: 2, NAME: 'Sales', IBLOCK_SECTION_ID: 1, UF_HEAD: 12 }, { ID: 3, NAME: 'Support', IBLOCK_SECTION_ID: 1, UF_HEAD: null }],
  lines: [{ ID: 1, LINE_NAME: 'Alfa', QUEUE_TYPE: 'evenly', CHECK_AVAILABLE: 'Y', CRM: 'Y', QUEUE_TIME: 60 }, { ID: 2, LINE_NAME: 'Beta', QUEUE_TYPE: 'strictly', CHECK_AVAILABLE: 'Y', CRM: 'N' }],
  queue: [{ ID: 1, CONFIG_ID: 1, USER_ID: 11, SORT: 10 }, { ID: 2, CONFIG_ID: 1, USER_ID: 12, SORT: 20 }, { ID: 3, CONFIG_ID: 2, USER_ID: 12, SORT: 10 }],
  contacts: [{ ID: 7, NAME: 'Ivan', ASSIGNED_BY_ID: 12 }],
  deals: [
    { ID: 21, TITLE: 'a', CATEGORY_ID: 1, STAGE_ID: 'C1:NEW', ASSIGNED_BY_ID: 11 }, { ID: 22, TITLE: 'b', CATEGORY_ID: 1, STAGE_ID: 'C1:WON', ASSIGNED_BY_ID: 11 },
    { ID: 23, TITLE: 'c', CATEGORY_ID: 2, STAGE_ID: 'C2:NEW', ASSIGNED_BY_ID: 11 }, { ID: 24, TITLE: 'd', CATEGORY_ID: 1, STAGE_ID: 'C1:LOSE', ASSIGNED_BY_ID: 11 },
    { ID: 25, TITLE: 'e', CATEGORY_ID: 1, STAGE_ID: 'C1:PREPARATION', ASSIGNED_BY_ID: 12 },
  ],
  dealContacts: [21, 22, 23, 24, 25].map((id) => ({ DEAL_ID: id, CONTACT_ID: 7 })),
};
const chat = (php: string) => `\\Bitrix\\Main\\Loader::includeModule('imopenlines'); $c = new \\Bitrix\\ImOpenLines\\Chat(1); ${php}`;
const relations = "return array_values(array_map(function ($r) { return (int)$r['USER_ID']; }, array_filter(\\BxDouble\\Portal::$s['relations'], function ($r) { return (int)$r['CHAT_ID'] === 1; })));";

describe.each(PHP_VERSIONS)('PHP %s', (php) => {
  let t: Transcript;
  let s: Record<string, StepRecord>;
  beforeAll(async () => {
    t = await runStory(fixtureModule(), [
      { do: 'seed', store: seed },
      call('users', `return \\Bitrix\\Main\\UserTable::getList(['select' => ['ID', 'ACTIVE', 'UF_DEPARTMENT'], 'filter' => ['@ID' => [11, 13]], 'order' => ['ID' => 'DESC']])->fetchAll();`),
      call('unknown field', "\\Bitrix\\Main\\UserTable::getList(['select' => ['ID', 'NOPE']]);"),
      call('class before include', 'return \\Bitrix\\ImOpenLines\\Im::userIsOnline(11);'),
      call('online', "\\Bitrix\\Main\\Loader::includeModule('imopenlines'); use Bitrix\\ImOpenLines\\Im; return [Im::userIsOnline(11), Im::userIsOnline(16), Im::userIsOnline(17)];"),
      call('vacation', "\\Bitrix\\Main\\Loader::includeModule('intranet'); use Bitrix\\Intranet\\UserAbsence as A; return [A::isAbsentOnVacation(14), A::isAbsentOnVacation(15), A::isAbsentOnVacation(14, true)['ENTRY_TYPE'], A::isAbsentOnVacation(11)];"),
      call('workday', `\\Bitrix\\Main\\Loader::includeModule('timeman'); $a = new \\CTimeManUser(11); $b = new \\CTimeManUser(12); $c = new \\CTimeManUser(13);
        return [$a->State(), $a->isDayOpenedToday(), $b->State(), $b->isDayOpenedToday(), $a->GetSettings(['UF_TIMEMAN']), $c->GetSettings(['UF_TIMEMAN']), $c->State()];`),
      call('structure', "\\Bitrix\\Main\\Loader::includeModule('intranet'); $d = \\CIntranetUtils::GetStructureWithoutEmployees()['DATA']; return [$d[2]['UF_HEAD'], $d[2]['IBLOCK_SECTION_ID'], $d[3]['UF_HEAD'], $d[1]['IBLOCK_SECTION_ID']];"),
      { do: 'mutate', ops: [{ table: 'absences', key: 'USER_ID', id: 14, set: { TO: '2026-12-31' } }, { table: 'workdays', key: 'USER_ID', id: 11, set: { DATE_START: T0 - 30 * 3600 } }] },
      call('stale in the same process', "return [\\Bitrix\\Intranet\\UserAbsence::isAbsentOnVacation(14), (new \\CTimeManUser(11))->State()];"),
      { do: 'newProcess' },
      call('fresh in a new process', "\\Bitrix\\Main\\Loader::includeModule('intranet'); return \\Bitrix\\Intranet\\UserAbsence::isAbsentOnVacation(14);"),
      call('crm reads', `\\Bitrix\\Main\\Loader::includeModule('crm'); use Bitrix\\Crm\\Service\\Container;
        $ids = \\Bitrix\\Crm\\Binding\\DealContactTable::getContactDealIDs(7);
        $items = Container::getInstance()->getFactory(\\CCrmOwnerType::Deal)->getItems(['select' => ['ID', 'ASSIGNED_BY_ID'], 'filter' => ['@ID' => $ids, '=CATEGORY_ID' => 1, '=STAGE_SEMANTIC_ID' => \\Bitrix\\Crm\\PhaseSemantics::PROCESS], 'order' => ['ID' => 'DESC']]);
        return [$ids, array_map(function ($i) { return [$i->getId(), $i->get('ASSIGNED_BY_ID')]; }, $items),
          Container::getInstance()->getFactory(\\CCrmOwnerType::Contact)->getItem(7)->get('ASSIGNED_BY_ID'), Container::getInstance()->getFactory(\\CCrmOwnerType::Deal)->getItem(999)];`),
      call('contact id 0', "\\Bitrix\\Main\\Loader::includeModule('crm'); \\Bitrix\\Crm\\Binding\\DealContactTable::getContactDealIDs(0);"),
      call('crm writes', `\\Bitrix\\Main\\Loader::includeModule('crm'); use Bitrix\\Crm\\Service\\{Container, Context};
        $f = Container::getInstance()->getFactory(\\CCrmOwnerType::Deal); $ctx = (new Context())->setUserId(12);
        $item = $f->createItem(['TITLE' => 'new', 'CATEGORY_ID' => 1, 'ASSIGNED_BY_ID' => 12, 'CONTACT_IDS' => [7], 'BOGUS' => 1]);
        $add = $f->getAddOperation($item, $ctx)->disableCheckAccess()->launch();
        $deal = $f->getItem(21); $deal->set('ASSIGNED_BY_ID', 14);
        $upd = $f->getUpdateOperation($deal, $ctx)->disableCheckAccess()->launch();
        \\BxDouble\\Portal::delete('deals', function ($r) { return $r['ID'] === 23; });
        $gone = new \\Bitrix\\Crm\\Item(\\CCrmOwnerType::Deal, ['ID' => 23]);
        $fail = $f->getUpdateOperation($gone, $ctx)->disableCheckAccess()->launch();
        return [$add->isSuccess(), $item->getId(), \\BxDouble\\Portal::row('deals', $item->getId())['STAGE_ID'], \\Bitrix\\Crm\\Binding\\DealContactTable::getContactDealIDs(7), $upd->isSuccess(), $f->getItem(21)->get('ASSIGNED_BY_ID'), $fail->isSuccess(), $fail->getErrorMessages()];`),
      { do: 'installModule', module: 'acme.demo' },
      { do: 'startSession', lineId: 1, clientId: 100, crm: { CONTACT: 7 }, text: 'hello', label: 'start' },
      call('session row', `\\Bitrix\\Main\\Loader::includeModule('imopenlines'); return \\Bitrix\\ImOpenLines\\Model\\SessionTable::getList(['select' => ['ID', 'CONFIG_ID', 'OPERATOR_ID', 'CLOSED', 'QUEUE_HISTORY', 'DATE_CREATE'], 'filter' => ['@CONFIG_ID' => [1, 2], '=CLOSED' => 'N', '!=OPERATOR_ID' => 0]])->fetch();`),
      call('crm field', chat("return [$c->getData('ID'), $c->getFieldData(\\Bitrix\\ImOpenLines\\Chat::FIELD_CRM), $c->getFieldData(\\Bitrix\\ImOpenLines\\Chat::FIELD_SESSION)['LINE_ID']];")),
      call('chats of a crm entity', `\\Bitrix\\Main\\Loader::includeModule('imopenlines'); use Bitrix\\ImOpenLines\\Crm\\Common;
        return [Common::getChatsByCrmEntity('CONTACT', 7), Common::getChatsByCrmEntity('contact', 7, false), Common::getChatsByCrmEntity('DEAL', 7, false), Common::getChatsByCrmEntity('ORDER', 7, false)];`),
      call('user values', `\\Bitrix\\Main\\Loader::includeModule('bizproc'); $doc = ['crm', 'CCrmDocumentContact', 'CONTACT_7'];
        return [\\CBPHelper::ExtractUsers('user_12', $doc, true), \\CBPHelper::ExtractUsers(['user_12', 'user_1', 'user_12'], $doc), \\CBPHelper::ExtractUsers('{=Document:ASSIGNED_BY_ID}', $doc, true), \\CBPHelper::ExtractUsers('12', $doc, true), \\CBPHelper::ExtractUsers('', $doc)];`),
      call('join head', chat('return [$c->join(1), $c->join(1)];')),
      call('with head', relations),
      call('transfer to 12', chat("return $c->transfer(['FROM' => 11, 'TO' => 12, 'MODE' => 'MANUAL']);")),
      call('after transfer', relations),
      call('transfer inactive', chat("return $c->transfer(['FROM' => 12, 'TO' => 13, 'MODE' => 'AUTO']);")),
      call('transfer missing line', chat("return $c->transfer(['FROM' => 12, 'TO' => 'queue99', 'MODE' => 'AUTO']);")),
      { do: 'mutate', ops: [{ table: 'locks', key: 'NAME', insert: { NAME: 'imol_transfer_chat_id_1', OWNER: 'other', EXPIRES: T0 + 60 } }] },
      call('transfer locked', chat("return $c->transfer(['FROM' => 12, 'TO' => 11, 'MODE' => 'AUTO']);")),
      { do: 'setClock', advance: 61 },
      call('transfer after the lock', chat("return $c->transfer(['FROM' => 12, 'TO' => 11, 'MODE' => 'AUTO']);")),
      call('hidden note', chat(`$id = \\Bitrix\\ImOpenLines\\Im::addMessage(['TO_CHAT_ID' => 1, 'FROM_USER_ID' => 0, 'MESSAGE' => 'note', 'SYSTEM' => 'Y', 'SKIP_CONNECTOR' => 'Y', 'URL_PREVIEW' => 'N', 'PARAMS' => ['CLASS' => 'bx-messenger-content-item-system', 'COMPONENT_ID' => 'HiddenMessage']]);
        $m = \\BxDouble\\Portal::row('messages', $id); return [$m['HIDDEN'], $m['SENT_TO_CLIENT'], \\Bitrix\\ImOpenLines\\Im::addMessage(['TO_CHAT_ID' => 1, 'MESSAGE' => ''])];`)),
      call('notify', "\\Bitrix\\Main\\Loader::includeModule('im'); $f = ['TO_USER_ID' => 12, 'FROM_USER_ID' => 0, 'NOTIFY_TYPE' => IM_NOTIFY_SYSTEM, 'NOTIFY_MODULE' => 'acme.demo', 'NOTIFY_EVENT' => 'x', 'NOTIFY_TAG' => 't', 'NOTIFY_MESSAGE' => 'hi']; return [IM_NOTIFY_SYSTEM, \\CIMNotify::Add($f), \\CIMNotify::Add($f), count(\\BxDouble\\Portal::$s['notifications']), \\CIMNotify::Add(['TO_USER_ID' => 999, 'NOTIFY_MESSAGE' => 'x'])];"),
      { do: 'finishSession', sessionId: 1, label: 'finish' },
      call('transfer revives', chat("return $c->transfer(['FROM' => 0, 'TO' => 12, 'MODE' => 'AUTO']);")),
      call('options for the queue', "\\Bitrix\\Main\\Config\\Option::set('acme.demo', 'target', '11'); \\Bitrix\\ImOpenLines\\Queue::returnSessionToQueue(2);"),
      { do: 'queueTick', label: 'tick good' },
      call('operator after tick', "return (int)\\BxDouble\\Portal::row('sessions', 2)['OPERATOR_ID'];"),
      call('bad shape', "\\Bitrix\\Main\\Config\\Option::set('acme.demo', 'shape', 'string-result'); \\Bitrix\\Main\\Config\\Option::set('acme.demo', 'target', '12'); \\Bitrix\\ImOpenLines\\Queue::returnSessionToQueue(2);"),
      { do: 'queueTick', label: 'tick bad' },
      call('operator after bad tick', "return (int)\\BxDouble\\Portal::row('sessions', 2)['OPERATOR_ID'];"),
      { do: 'newProcess' },
      call('not included in a new process', 'return new \\Bitrix\\ImOpenLines\\Chat(1);'),
      { do: 'injectFault', module: 'intranet', mode: 'absent' },
      call('UF_DEPARTMENT without intranet', "\\Bitrix\\Main\\UserTable::getList(['select' => ['ID', 'UF_DEPARTMENT']]);"),
    ], { php });
    s = byLabel(t);
  }, 60_000);

  const want: [string, unknown][] = [
    ['users', [{ ID: '13', ACTIVE: 'N', UF_DEPARTMENT: [2] }, { ID: '11', ACTIVE: 'Y', UF_DEPARTMENT: [2] }]],
    ['online', [true, false, false]],
    ['vacation', [true, false, 'VACATION', false]],
    ['workday', ['OPENED', false, 'OPENED', true, { UF_TIMEMAN: true }, { UF_TIMEMAN: false }, 'CLOSED']],
    ['structure', ['12', '1', '', '0']],
    ['stale in the same process', [true, 'EXPIRED']],
    ['fresh in a new process', false],
    ['crm reads', [[21, 22, 23, 24, 25], [[25, 12], [21, 11]], 12, null]],
    ['crm writes', [true, 26, 'C1:NEW', [21, 22, 23, 24, 25, 26], true, 14, false, ['Item not found']]],
    ['crm field', [1, { LEAD: '0', COMPANY: '0', CONTACT: '7', DEAL: '0' }, '1']],
    // a session still in the queue (STATUS 0) is not "active"; ids come as strings; an unknown type gives nothing
    ['chats of a crm entity', [[], [{ CHAT_ID: '1', CONNECTOR_ID: 'livechat' }], [], []]],
    // a bare number is a group code to the portal, not a user
    ['user values', [12, [12, 1], 12, null, []]],
    ['join head', [true, false]],
    ['with head', [100, 11, 1]],
    ['transfer to 12', true],
    ['after transfer', [100, 12]],
    ['transfer inactive', false],
    ['transfer missing line', false],
    ['transfer locked', false],
    ['transfer after the lock', true],
    ['hidden note', [true, false, false]],
    ['notify', [4, 1, 2, 1, false]],
    ['transfer revives', true],
    ['operator after tick', 11],
    ['operator after bad tick', 11], // the handler asked for 12 with RESULT 'Y': dropped, the queue's choice stands
  ];
  it.each(want)('%s', (label, result) => {
    expect(s[label]).toMatchObject({ ok: true, result });
  });

  it('a session row reads as MySQL gives it: strings, DateTime, unserialized history', () => {
    expect(s['session row']!.result).toEqual({ ID: '1', CONFIG_ID: '1', OPERATOR_ID: '11', CLOSED: 'N', QUEUE_HISTORY: { 11: true }, DATE_CREATE: { $datetime: T0 } });
  });

  it('fails the way the portal does', () => {
    expect(s['unknown field']!.error!.message).toMatch(/Unknown field definition `NOPE`/);
    expect(s['class before include']!.error!.message).toMatch(/Class ["']Bitrix\\ImOpenLines\\Im["'] not found/);
    expect(s['contact id 0']!.error!.class).toBe('Bitrix\\Main\\ArgumentException');
    expect(s['not included in a new process']!.error!.class).toBe('Error');
    expect(s['UF_DEPARTMENT without intranet']!.error!.message).toMatch(/UF_DEPARTMENT/);
  });

  it('fires the open-line events with their parameter shapes', () => {
    const start = s['start']!.events.find((e) => e.type === 'OnSessionStart')!;
    expect(start.handlers[0]).toMatchObject({ handler: '\\Acme\\Demo\\Handler::onSessionStart', called: true });
    expect(s['transfer to 12']!.events.map((e) => e.type)).toEqual(['OnOperatorTransfer', 'OnChatAnswer']);
    expect(s['finish']!.events.map((e) => e.type)).toEqual(['OnSessionFinish']);
    expect(s['transfer revives']!.events.map((e) => e.type)).toEqual(['OnSessionStart', 'OnOperatorTransfer']);
    expect(s['tick bad']!.events.map((e) => e.type)).toContain('OnErrorEventBeforeSessionTransfer');
    expect(s['tick good']!.events.map((e) => e.type)).toEqual(['OnBeforeSessionTransfer', 'OnOperatorTransfer']);
  });

  it('counts portal calls per symbol', () => {
    expect(s['transfer to 12']!.calls).toMatchObject({ 'Bitrix\\ImOpenLines\\Chat::transfer': 1, 'Bitrix\\Main\\Loader::includeModule': 1 });
  });
});
