/**
 * Scenario 000 end to end: the generated rdn.router installed in the portal double, replaying the
 * integrator's story through the real API shapes (first contact, the 3-minute check, repeat contact,
 * other lines and companies, the 23:00 job, uninstall).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { byLabel, moduleFilesFrom, runStory, type Step } from '../helpers/portal.ts';
import { MON_10_00, SEED, seedWith, TODAY_08_50 } from './fixtures-000.ts';

const dir = fileURLToPath(new URL('../../dist-php/000-multi-company-openlines/rdn.router', import.meta.url));

type Row = Record<string, any>;

describe('scenario 000 in the portal double', () => {
  it('first contact → deal in the company pipeline, responsibles = the operator; 3 min later on vacation → supervisor with a comment', async () => {
    const t = await runStory(moduleFilesFrom(dir), [
      SEED,
      { do: 'installModule', module: 'rdn.router', label: 'install' },
      { do: 'startSession', lineId: 1, clientId: 0, label: 'start' },
      { do: 'runAgents', label: 'route' },
      { do: 'dump', only: ['sessions', 'deals', 'contacts', 'agents', 'tables'], label: 'routed' },
      { do: 'mutate', ops: [{ table: 'absences', insert: { USER_ID: 11, TYPE: 'VACATION', FROM: MON_10_00 - 86400, TO: MON_10_00 + 7 * 86400 } }] },
      { do: 'setClock', advance: 181 },
      { do: 'runAgents', newProcess: true, label: 'check' },
      { do: 'dump', only: ['sessions', 'messages', 'eventLog', 'agents'], label: 'checked' },
    ]);
    const s = byLabel(t);
    expect(s['install']).toMatchObject({ ok: true });
    const routed = s['routed']!.result as Row;
    const session = routed.sessions.find((r: Row) => r.CONFIG_ID == 1);
    const operator = Number(session.OPERATOR_ID);
    expect(operator).toBe(11);
    expect(routed.deals).toEqual([expect.objectContaining({ CATEGORY_ID: 1, ASSIGNED_BY_ID: operator })]);
    expect(routed.contacts).toEqual([expect.objectContaining({ ASSIGNED_BY_ID: operator })]);
    expect(routed.agents.map((a: Row) => a.NAME)).toContainEqual(expect.stringContaining(`CheckAgent::run(${session.ID}, ${operator}, 0)`));

    const checked = s['checked']!.result as Row;
    const after = checked.sessions.find((r: Row) => r.ID == session.ID);
    expect(Number(after.OPERATOR_ID)).toBe(10);
    expect(checked.messages).toContainEqual(expect.objectContaining({
      CHAT_ID: session.CHAT_ID, SYSTEM: 'Y', SKIP_CONNECTOR: 'Y', MESSAGE: 'Pavel Orlov is on vacation; the dialog goes to the supervisor.',
    }));
    expect(checked.eventLog.filter((r: Row) => r.SEVERITY === 'ERROR')).toEqual([]);
  });
});

const CLIENT = 5001;
const MON_23_00 = 1795464000;

describe('scenario 000: one client across lines and companies, the night job, uninstall', () => {
  it('repeat contact → the same open deal; another line of the company → same contact and deal; another company → its own; 23:00 → heads of sales join; uninstall leaves nothing', async () => {
    const seed = seedWith((store) => { store.users = [...store.users, { ID: CLIENT, ACTIVE: 'Y', NAME: 'Client', EXTERNAL_AUTH_ID: 'imconnector' }]; });
    const t = await runStory(moduleFilesFrom(dir), [
      seed,
      { do: 'installModule', module: 'rdn.router' },
      { do: 'startSession', lineId: 1, clientId: CLIENT, label: 'first' },
      { do: 'runAgents' },
      { do: 'finishSession', sessionId: 1 },
      { do: 'startSession', lineId: 1, clientId: CLIENT, label: 'repeat' },
      { do: 'runAgents' },
      { do: 'startSession', lineId: 2, clientId: CLIENT, label: 'other line' },
      { do: 'runAgents' },
      { do: 'startSession', lineId: 3, clientId: CLIENT, label: 'other company' },
      { do: 'runAgents' },
      { do: 'dump', only: ['sessions', 'deals', 'contacts', 'tables'], label: 'crm' },
      { do: 'setClock', advance: 181 },
      { do: 'runAgents', newProcess: true, label: 'checks' },
      { do: 'setClock', at: MON_23_00 },
      { do: 'runAgents', newProcess: true, label: 'night' },
      { do: 'dump', only: ['sessions', 'relations', 'agents'], label: 'after night' },
      { do: 'uninstallModule', module: 'rdn.router' },
      { do: 'dump', only: ['modules', 'eventHandlers', 'agents', 'options', 'tables', 'eventLog'], label: 'removed' },
    ]);
    const s = byLabel(t);
    const crm = s['crm']!.result as Row;
    const alfaDeals = crm.deals.filter((d: Row) => d.CATEGORY_ID == 1);
    const betaDeals = crm.deals.filter((d: Row) => d.CATEGORY_ID == 2);
    expect(alfaDeals).toHaveLength(1);
    expect(betaDeals).toHaveLength(1);
    expect(crm.contacts).toHaveLength(2);
    const rows = Object.values(crm.tables.b_rdn_router_client as Record<string, Row>);
    expect(rows.map((r) => r.COMPANY_ID).sort()).toEqual(['alfa', 'beta']);
    const alfaSessions = crm.sessions.filter((r: Row) => r.CONFIG_ID != 3 && r.CLOSED === 'N');
    expect(alfaSessions).toHaveLength(2);
    for (const session of alfaSessions) expect(Number(session.OPERATOR_ID)).toBe(Number(alfaDeals[0].ASSIGNED_BY_ID));

    const night = s['after night']!.result as Row;
    const inChat = (chatId: number, userId: number) => night.relations.some((r: Row) => r.CHAT_ID == chatId && r.USER_ID == userId);
    const open = night.sessions.filter((r: Row) => r.CLOSED === 'N');
    expect(open.length).toBeGreaterThanOrEqual(2);
    for (const session of open) {
      expect(inChat(session.CHAT_ID, session.CONFIG_ID == 3 ? 20 : 10), `head in chat ${session.CHAT_ID}`).toBe(true);
    }
    expect(night.agents.map((a: Row) => a.NAME)).toEqual(['\\Rdn\\Router\\Agent\\JobAgent::run(0);']);

    const removed = s['removed']!.result as Row;
    expect(removed.modules).not.toContain('rdn.router');
    expect(removed.eventHandlers).toEqual([]);
    expect(removed.agents).toEqual([]);
    expect(removed.options).toEqual([]);
    expect(removed.tables).toEqual({});
    expect(removed.eventLog.filter((r: Row) => r.SEVERITY === 'ERROR')).toEqual([]);
  });
});

const FRI_10_02 = MON_10_00 - 3 * 86400 + 120;
const MON_20_30 = 1795455000;
const MON_21_00 = MON_20_30 + 1800;

describe('scenario 000: the availability rules at different times', () => {
  it('senior manager whose day is not started 10:00–19:00 → supervisor with a comment; off hours → stays; department off hours → back to the line queue', async () => {
    const seed = seedWith((store) => { store.workdays = [
      // Maria opened a day on Friday and never closed it: the portal still says OPENED (so the queue gives
      // her dialogs), but her workday has not started today.
      { USER_ID: 12, DATE_START: FRI_10_02, DATE_FINISH: null, EXPIRES: MON_23_00 },
      { USER_ID: 11, DATE_START: TODAY_08_50, DATE_FINISH: TODAY_08_50 + 60 },
      ...[10, 20, 21, 22].map((u) => ({ USER_ID: u, DATE_START: TODAY_08_50, DATE_FINISH: null })),
    ]; });
    const t = await runStory(moduleFilesFrom(dir), [
      seed,
      { do: 'installModule', module: 'rdn.router' },
      { do: 'startSession', lineId: 2, label: 'morning' },
      { do: 'runAgents' },
      { do: 'setClock', advance: 181 },
      { do: 'runAgents', newProcess: true },
      { do: 'setClock', at: MON_20_30 },
      { do: 'startSession', lineId: 2, label: 'evening' },
      { do: 'runAgents', newProcess: true },
      { do: 'setClock', advance: 181 },
      { do: 'runAgents', newProcess: true },
      { do: 'setClock', at: MON_21_00 },
      { do: 'startSession', lineId: 3, label: 'beta late' },
      { do: 'runAgents', newProcess: true },
      { do: 'setClock', advance: 181 },
      { do: 'runAgents', newProcess: true },
      { do: 'dump', only: ['sessions', 'messages', 'eventLog'], label: 'end' },
    ]);
    const s = byLabel(t);
    const end = s['end']!.result as Row;
    const decisions = end.eventLog
      .filter((r: Row) => r.AUDIT_TYPE_ID === 'RDN_ROUTER_DECISION')
      .map((r: Row) => JSON.parse(r.DESCRIPTION) as Row)
      .filter((d: Row) => d.event.type === 'check.due');
    const bySession = (label: string) => decisions.find((d: Row) => d.event.sessionId === (s[label]!.result as Row).sessionId)!;
    expect(bySession('morning')).toMatchObject({ decidedBy: 'rule-3', decision: { kind: 'transfer', to: { type: 'user', userId: 10 } } });
    expect(bySession('evening')).toMatchObject({ decidedBy: 'rule-2', decision: { kind: 'keep', operatorId: 12 } });
    expect(bySession('beta late')).toMatchObject({ decidedBy: 'rule-4', decision: { kind: 'transfer', to: { type: 'queue', lineId: 3 } } });
    const morning = (s['morning']!.result as Row).sessionId;
    expect(Number(end.sessions.find((r: Row) => r.ID == morning).OPERATOR_ID)).toBe(10);
    expect(end.messages).toContainEqual(expect.objectContaining({ SYSTEM: 'Y', MESSAGE: 'Maria Volkova has not started the workday; the dialog goes to the supervisor.' }));
    // Line 3 is "strictly": a new dialog goes to the first in the list, Olga (21). The portal has already
    // written its own pick of this dialog into the queue history; that is not an earlier offer to skip.
    expect(end.messages).toContainEqual(expect.objectContaining({ SYSTEM: 'Y', MESSAGE: 'Off hours for Olga Kuznetsova: the dialog returns to the queue of Beta website chat.' }));
    expect(end.eventLog.filter((r: Row) => r.SEVERITY === 'ERROR')).toEqual([]);
  });
});
