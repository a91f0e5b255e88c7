/**
 * The files `b24route init <dir>` writes: a commented spec to start from and a world to try `explain` on.
 */
import type { FileOutput } from '../../write/index.ts';

const ROUTING = `/**
 * Routing spec for b24route. Check it with:   npx b24route check routing.ts
 * Try a decision with:                        npx b24route explain routing.ts --world world.json --event dialog.started:501
 * Hover over any field in your editor for its meaning, default and an example.
 */
import { defineRouting } from 'b24route';

export default defineRouting({
  // The Bitrix module this spec compiles into: "partner.module", lowercase.
  module: {
    id: 'acme.router',
    name: 'Open-line router',
    partner: { name: 'Acme Integration', url: 'https://acme.example' },
  },
  // Times in schedules and jobs are read in this zone unless they name their own.
  timeZone: 'Europe/Moscow',

  // Each company owns its open lines (ids from Contact Center → line settings) and one deal pipeline.
  companies: [
    {
      id: 'north',
      name: 'North Trading',
      lines: [{ id: 1, name: 'North WhatsApp' }, { id: 2, name: 'North website chat' }],
      phones: ['+74950000001'],
      pipeline: { categoryId: 1, name: 'North sales' },
      headOfSales: 10,
    },
  ],

  // The people and departments the rules below refer to, by their portal ids.
  people: {
    departments: [{ id: 5, name: 'North sales', schedule: 'office' }],
    users: [
      { id: 10, name: 'Head of sales' },
      { id: 11, name: 'Operator One' },
      { id: 12, name: 'Senior Manager', schedule: 'office' },
    ],
    roles: [{ id: 'senior-manager', name: 'Senior manager', users: [12] }],
  },

  schedules: [
    {
      id: 'office',
      windows: [{ days: 'weekdays', from: '09:00', to: '18:00' }],
      breaks: [{ days: 'weekdays', from: '13:00', to: '14:00' }],
      holidays: ['2027-01-01'],
    },
  ],

  // First contact with a company creates a deal in its pipeline; a repeat contact reuses the open one.
  crm: { repeatContact: 'reuse-open-deal' },
  // A repeat contact goes to the contact's responsible when that person is available.
  assignment: { repeatContact: 'contact-responsible' },

  // A few minutes after assignment, the first rule that holds decides what happens to the dialog.
  availabilityCheck: {
    delayMinutes: 3,
    rules: [
      { name: 'On vacation → supervisor', when: { vacation: true }, then: { action: 'supervisor', comment: '{operator} is on vacation.' } },
      { name: 'Senior manager off hours → stays', when: { role: 'senior-manager', schedule: 'outside' }, then: { action: 'keep' } },
      { name: 'Day not started → supervisor', when: { workday: 'not-started' }, then: { action: 'supervisor' } },
    ],
    fallback: { action: 'keep' },
  },

  // At 23:00 the head of sales joins every dialog still open.
  jobs: [{ id: 'night-watch', at: '23:00', action: { type: 'add-head-of-sales' } }],
});
`;

const WORLD = {
  now: '2026-11-23T10:05:00+03:00',
  features: { timeman: true, intranet: true },
  users: [
    { id: 10, active: true, departments: [5], online: true, absences: [], workday: { state: 'OPENED', openedAt: '2026-11-23T08:55:00+03:00' } },
    { id: 11, active: true, departments: [5], online: true, absences: [], workday: { state: 'CLOSED', openedAt: '2026-11-20T09:00:00+03:00' } },
    { id: 12, active: true, departments: [5], online: false, absences: [{ type: 'VACATION', from: '2026-11-16T00:00:00+03:00', to: '2026-11-30T00:00:00+03:00' }], workday: null },
  ],
  departments: [{ id: 5, parent: null, head: 10 }],
  lines: [{ id: 1, queue: [{ userId: 11, lastAssignedAt: null }, { userId: 12, lastAssignedAt: null }] }, { id: 2, queue: [{ userId: 11, lastAssignedAt: null }] }],
  sessions: [
    { id: 501, chatId: 9001, lineId: 1, clientId: 'client-1', operatorId: 0, status: 'open', participants: [], queueHistory: [] },
    { id: 502, chatId: 9002, lineId: 2, clientId: 'client-2', operatorId: 11, status: 'open', participants: [11], queueHistory: [11] },
  ],
  contacts: [{ id: 301, clientId: 'client-2', companyId: 'north', responsibleId: 11 }],
  deals: [{ id: 401, contactId: 301, categoryId: 1, stage: 'P', responsibleId: 11 }],
};

export function starterFiles(): FileOutput[] {
  return [
    { path: 'routing.ts', content: ROUTING },
    { path: 'world.json', content: `${JSON.stringify(WORLD, null, 2)}\n` },
  ];
}
