/**
 * Scenario 002: calls and chats of one sales department land on deals; whoever is responsible for a
 * deal must also be responsible for its contacts. Existing deals are aligned once by an agent, 50 deals
 * a minute so the portal is not overloaded, and the head of sales gets the summary.
 */
import { defineRouting } from 'b24route';

export default defineRouting({
  module: {
    id: 'rdn.deals',
    name: 'Ответственные по сделкам',
    description: 'Keeps contact responsibles equal to their deal responsibles',
    partner: { name: 'RDN Group', url: 'https://rdn-grp.ru' },
    version: '1.0.0',
  },
  timeZone: 'Europe/Moscow',

  companies: [
    {
      id: 'sales',
      name: 'Sales',
      lines: [{ id: 5, name: 'Sales calls and chats', mode: 'evenly' }],
      pipeline: { categoryId: 0, name: 'Sales' },
      headOfSales: 1,
    },
  ],

  people: {
    users: [
      { id: 1, name: 'Head of sales' },
      { id: 2, name: 'Manager One' },
      { id: 3, name: 'Manager Two' },
    ],
  },

  assignment: { firstContact: 'queue', repeatContact: 'contact-responsible', setResponsible: { deal: true, contact: true } },

  responsibleSync: {
    iterator: { batchSize: 50, everyMinutes: 1, notify: [1] },
  },
});
