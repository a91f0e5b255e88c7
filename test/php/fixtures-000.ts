/** The portal of scenario 000 as the double's store: two companies, three lines, six people. */
import type { Step } from '../helpers/portal.ts';

export const MON_10_00 = 1795417200; // 2026-11-23 10:00 Europe/Moscow
export const TODAY_08_50 = 1795413000;

const user = (ID: number, dept: number, extra: Record<string, unknown> = {}) => ({
  ID, ACTIVE: 'Y', NAME: `User ${ID}`, UF_DEPARTMENT: [dept], UF_TIMEMAN: true, LAST_ACTIVITY_DATE: MON_10_00 - 30, ...extra,
});

export const SEED: Step & { store: Record<string, any> } = {
  do: 'seed',
  store: {
    clock: MON_10_00,
    timezone: 'Europe/Moscow',
    modules: ['main', 'im', 'imopenlines', 'crm', 'intranet', 'timeman'],
    users: [user(10, 2), user(11, 2), user(12, 2), user(20, 3), user(21, 3), user(22, 3)],
    departments: [
      { ID: 1, NAME: 'Head office', IBLOCK_SECTION_ID: 0, UF_HEAD: 0 },
      { ID: 2, NAME: 'Alfa sales', IBLOCK_SECTION_ID: 1, UF_HEAD: 10 },
      { ID: 3, NAME: 'Beta support', IBLOCK_SECTION_ID: 1, UF_HEAD: 20 },
    ],
    // Maria (12) closed her day early: the queue skips her, so Pavel (11) gets line 1's first dialog.
    workdays: [10, 11, 12, 20, 21, 22].map((u) => ({ USER_ID: u, DATE_START: TODAY_08_50, DATE_FINISH: u === 12 ? TODAY_08_50 + 600 : null })),
    lines: [1, 2, 3].map((ID) => ({ ID, QUEUE_TYPE: ID === 3 ? 'strictly' : 'evenly', CHECK_AVAILABLE: 'N', CRM: 'Y', ACTIVE: 'Y' })),
    queue: [
      { ID: 1, CONFIG_ID: 1, USER_ID: 11, SORT: 1 }, { ID: 2, CONFIG_ID: 1, USER_ID: 12, SORT: 2 },
      { ID: 3, CONFIG_ID: 2, USER_ID: 12, SORT: 1 }, { ID: 4, CONFIG_ID: 2, USER_ID: 11, SORT: 2 },
      { ID: 5, CONFIG_ID: 3, USER_ID: 21, SORT: 1 }, { ID: 6, CONFIG_ID: 3, USER_ID: 22, SORT: 2 },
    ],
  },
};


/** The seed with some of its store replaced (a shallow copy: lists are replaced, not edited). */
export function seedWith(patch: (store: Record<string, any>) => void): Step {
  const store = { ...SEED.store };
  patch(store);
  return { ...SEED, store };
}
