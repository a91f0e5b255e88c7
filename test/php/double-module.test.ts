/**
 * The generated module (dist-php/000-multi-company-openlines/rdn.router) installed in the double: the
 * pieces fit (install, handler dispatch, agents, options page, uninstall).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { byLabel, moduleFilesFrom, runStory } from '../helpers/portal.ts';

const dir = fileURLToPath(new URL('../../dist-php/000-multi-company-openlines/rdn.router', import.meta.url));

describe('rdn.router in the double', () => {
  it('installs, answers OnSessionStart without errors, shows its options and uninstalls cleanly', async () => {
    const t = await runStory(moduleFilesFrom(dir), [
      { do: 'seed', store: { lines: [{ ID: 999, QUEUE_TYPE: 'evenly', CHECK_AVAILABLE: 'N', CRM: 'N' }], users: [{ ID: 1, ACTIVE: 'Y', LAST_ACTIVITY_DATE: 1798793900 }], queue: [{ ID: 1, CONFIG_ID: 999, USER_ID: 1, SORT: 1 }] } },
      { do: 'installModule', module: 'rdn.router', label: 'install' },
      { do: 'dump', only: ['modules', 'eventHandlers', 'agents', 'tables'], label: 'installed' },
      { do: 'startSession', lineId: 999, label: 'unmanaged line' },
      { do: 'showOptions', module: 'rdn.router', label: 'options' },
      { do: 'uninstallModule', module: 'rdn.router', label: 'uninstall' },
      { do: 'dump', only: ['modules', 'eventHandlers', 'agents', 'tables', 'options', 'eventLog'], label: 'removed' },
    ]);
    const s = byLabel(t);
    expect(s['install']).toMatchObject({ ok: true, result: true });
    const installed = s['installed']!.result as Record<string, any>;
    expect(installed.modules).toContain('rdn.router');
    for (const event of ['OnSessionStart', 'OnOperatorTransfer', 'OnBeforeSessionTransfer']) {
      expect(installed.eventHandlers).toContainEqual(expect.objectContaining({ FROM_MODULE_ID: 'imopenlines', MESSAGE_ID: event, TO_MODULE_ID: 'rdn.router', VERSION: 2 }));
    }
    expect(Object.keys(installed.tables).sort()).toEqual(['b_rdn_router_client', 'b_rdn_router_kept']);
    expect(installed.tables).toHaveProperty('b_rdn_router_client');
    expect(s['unmanaged line']!.events[0]!.handlers[0]).toMatchObject({ called: true });
    expect(s['options']).toMatchObject({ ok: true, result: { listed: true } });
    expect((s['options']!.result as Record<string, string>).html).toMatch(/time-zone database on this server: version \d{4}\.\d+/);
    const removed = s['removed']!.result as Record<string, any>;
    expect(removed.modules).not.toContain('rdn.router');
    expect(removed.eventHandlers).toEqual([]);
    expect(removed.agents).toEqual([]);
    expect(removed.options).toEqual([]);
    expect(removed.tables).toEqual({});
    expect(removed.eventLog.filter((r: any) => r.SEVERITY === 'ERROR')).toEqual([]);
  });
});
