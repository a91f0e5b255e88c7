/**
 * Scenario 000, the deal robots: "set the deal responsible" (availability, the supervisor, the contacts,
 * the notification) and "add an employee to the dialog" (the deal's open dialogs, kept after a transfer),
 * run in the double's bizproc runtime on the deal the first routing created.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { byLabel, moduleFilesFrom, runStory, type Step } from '../helpers/portal.ts';
import { SEED } from './fixtures-000.ts';

const dir = fileURLToPath(new URL('../../dist-php/000-multi-company-openlines/rdn.router', import.meta.url));
type Row = Record<string, any>;

const WITH_BIZPROC: Step = { ...SEED, store: { ...SEED.store, modules: [...(SEED.store.modules as string[]), 'bizproc'] } };

/** PHP for a `call` step: the activity run on the portal's first deal with the template's values. */
function robot(activity: string, className: string, properties: Record<string, unknown>, label: string): Step {
  return {
    do: 'call', label,
    php: `\\Bitrix\\Main\\Loader::includeModule('bizproc');
      require_once $_SERVER['DOCUMENT_ROOT'] . '/local/activities/${activity}/${activity}.php';
      $dealId = (int)\\BxDouble\\Portal::$s['deals'][0]['ID'];
      $a = new ${className}('A1');
      $a->initializeFromArray(json_decode(${JSON.stringify(JSON.stringify(properties)).replace(/\$/g, '\\$')}, true));
      $a->setDocumentIdForDouble(['crm', 'CCrmDocumentDeal', 'DEAL_' . $dealId]);
      $status = $a->execute();
      $out = ['status' => $status];
      foreach (['Responsible', 'ResponsibleId', 'Changed', 'Added'] as $key) {
        if ($a->propertyForDouble($key) !== null) {
          $out[$key] = $a->propertyForDouble($key);
        }
      }
      return $out;`,
  };
}

const SET = ['rdnroutersetresponsibleactivity', 'CBPRdnRouterSetResponsibleActivity'] as const;
const JOIN = ['rdnrouteraddtodialogactivity', 'CBPRdnRouterAddToDialogActivity'] as const;

describe('scenario 000: the “set the deal responsible” robot', () => {
  it('Maria closed her day: her supervisor gets the deal and its contact; the old and new responsible are told', async () => {
    const t = await runStory(moduleFilesFrom(dir), [
      WITH_BIZPROC,
      { do: 'installModule', module: 'rdn.router' },
      { do: 'startSession', lineId: 1 },
      { do: 'runAgents' },
      { do: 'dump', only: ['deals', 'contacts'], label: 'routed' },
      robot(...SET, { UserId: 'user_12', Contacts: 'Y', WhenAway: 'supervisor', Notify: 'Y', Text: 'Deal {deal}: {previous} → {responsible}' }, 'away'),
      robot(...SET, { UserId: 'user_12', Contacts: 'Y', WhenAway: 'skip', Notify: 'N', Text: '' }, 'skip'),
      robot(...SET, { UserId: '{=Document:ASSIGNED_BY_ID}', Contacts: 'N', WhenAway: 'assign', Notify: 'N', Text: '' }, 'same'),
      robot(...SET, { UserId: '', Contacts: 'N', WhenAway: 'assign', Notify: 'N', Text: '' }, 'nobody'),
      { do: 'dump', only: ['deals', 'contacts', 'notifications', 'tracking'], label: 'after' },
    ]);
    const s = byLabel(t);
    const routed = s['routed']!.result as Row;
    expect(routed.deals[0].ASSIGNED_BY_ID).toBe(11);
    expect(s['away']!.result).toEqual({ status: 3, Responsible: 'user_10', ResponsibleId: 10, Changed: 2 });
    expect(s['skip']!.result).toEqual({ status: 3, ResponsibleId: 0, Changed: 0 });
    expect(s['same']!.result).toEqual({ status: 3, Responsible: 'user_10', ResponsibleId: 10, Changed: 0 });
    expect(s['nobody']!.result).toEqual({ status: 3 });
    const after = s['after']!.result as Row;
    expect(after.deals.map((d: Row) => d.ASSIGNED_BY_ID)).toEqual([10]);
    expect(after.contacts.map((c: Row) => c.ASSIGNED_BY_ID)).toEqual([10]);
    const dealId = after.deals[0].ID;
    expect(after.notifications.map((n: Row) => [n.TO_USER_ID, n.NOTIFY_MESSAGE])).toEqual([
      [10, `Deal ${dealId}: Pavel Orlov → Anna Sokolova`], [11, `Deal ${dealId}: Pavel Orlov → Anna Sokolova`],
    ]);
    expect(after.tracking.map((r: Row) => [r.TYPE, r.MESSAGE])).toEqual([
      [5, `Deal ${dealId}: responsible 10, records changed: 2.`],
      [5, `Deal ${dealId} keeps its responsible (TARGET_UNAVAILABLE).`],
      [5, `Deal ${dealId}: responsible 10, records changed: 0.`],
      [9, 'No employee given.'],
    ]);
  });
});

describe('scenario 000: the “add an employee to the dialog” robot', () => {
  it('joins the deal’s open dialog, stays after a transfer, and a second run adds nothing', async () => {
    const t = await runStory(moduleFilesFrom(dir), [
      WITH_BIZPROC,
      { do: 'installModule', module: 'rdn.router' },
      // the line has CRM on: imopenlines opened the session's CRM activity with a lead; the routing binds its deal to it
      { do: 'startSession', lineId: 1, crm: { LEAD: 900 } },
      { do: 'runAgents' },
      robot(...JOIN, { UserId: 'user_20', Stay: 'Y' }, 'join'),
      robot(...JOIN, { UserId: 'user_20', Stay: 'Y' }, 'again'),
      { do: 'dump', only: ['sessions', 'relations', 'tables', 'tracking'], label: 'joined' },
      {
        do: 'call', label: 'transfer', php: `\\Bitrix\\Main\\Loader::includeModule('imopenlines');
          $s = \\BxDouble\\Portal::$s['sessions'][0];
          return (new \\Bitrix\\ImOpenLines\\Chat((int)$s['CHAT_ID']))->transfer(['FROM' => (int)$s['OPERATOR_ID'], 'TO' => 12]);`,
      },
      { do: 'runAgents', newProcess: true },
      { do: 'dump', only: ['relations'], label: 'after transfer' },
      { do: 'finishSession', sessionId: 1 },
      robot(...JOIN, { UserId: 'user_21', Stay: 'N' }, 'closed'),
      { do: 'dump', only: ['tracking'], label: 'end' },
    ]);
    const s = byLabel(t);
    expect(s['join']!.result).toEqual({ status: 3, Added: 1 });
    expect(s['again']!.result).toEqual({ status: 3, Added: 0 });
    const joined = s['joined']!.result as Row;
    const chatId = joined.sessions[0].CHAT_ID;
    const inChat = (dump: Row, userId: number): boolean => dump.relations.some((r: Row) => r.CHAT_ID == chatId && r.USER_ID == userId);
    expect(inChat(joined, 20)).toBe(true);
    const kept = Object.values(joined.tables as Record<string, Row[]>).flat().filter((r) => 'SESSION_ID' in r);
    expect(kept.map((r) => [r.SESSION_ID, r.USER_ID])).toEqual([[1, 20]]);
    expect(inChat(s['after transfer']!.result as Row, 20)).toBe(true);
    expect(s['closed']!.result).toEqual({ status: 3, Added: 0 });
    expect(((s['end']!.result as Row).tracking as Row[]).map((r) => r.MESSAGE)).toEqual([
      expect.stringMatching(/^Employee 20 joined dialogs of deal \d+: 1\.$/),
      expect.stringMatching(/^Employee 20 joined dialogs of deal \d+: 0\.$/),
      expect.stringMatching(/^Employee 21 did not join the dialogs of deal \d+ \(NO_OPEN_DIALOG\)\.$/),
    ]);
  });
});
