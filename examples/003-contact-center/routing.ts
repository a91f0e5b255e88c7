/**
 * Scenario 003: a contact center collects chats from the website, Telegram and VK into one company.
 * Each line hands out dialogs its own way (evenly with a returning client kept with their operator and
 * the client's own office first, by the lightest load, to everyone at once, to those who speak English),
 * an operator holds at most a few dialogs of a line at a time, nobody absent gets a dialog, and outside working hours the client is told when to expect an answer
 * while the dialog waits in the queue.
 */
import { defineRouting } from 'b24route';

export default defineRouting({
  module: {
    id: 'rdn.center',
    name: 'Контакт-центр',
    description: 'Hands out contact-center dialogs by each line’s queue, limits and working hours',
    partner: { name: 'RDN Group', url: 'https://rdn-grp.ru' },
    version: '1.0.0',
  },
  timeZone: 'Europe/Moscow',
  languages: ['ru', 'en'],

  companies: [
    {
      id: 'center',
      name: 'Contact center',
      lines: [
        {
          id: 11,
          name: 'Website chat',
          mode: 'evenly',
          capacity: { maxDialogs: 5, countUntil: 'answered' },
          // a client who wrote before goes back to the operator of their last chat
          sticky: true,
          schedule: 'center-hours',
          offHours: { reply: 'Мы работаем с 9:00 до 20:00 по Москве и ответим утром.' },
          // clients go to their own office first: by the region in the contact, else by the phone's code
          geography: {
            regionField: 'UF_CRM_REGION',
            offices: [
              { name: 'Moscow', prefixes: ['7495', '7499'], regions: ['Москва', 'Московская область'], users: [31, 32] },
              { name: 'Saint Petersburg', prefixes: ['7812'], regions: ['Санкт-Петербург'], users: [33] },
            ],
          },
        },
        {
          id: 12,
          name: 'Telegram',
          mode: 'strictly',
          // the load evened out: whoever holds the fewest open dialogs in all lines; ties in list order
          strategy: { type: 'least-loaded', by: 'open-dialogs' },
          capacity: { maxDialogs: 3, countUntil: 'closed' },
          schedule: 'center-hours',
          offHours: { reply: 'Мы работаем с 9:00 до 20:00 по Москве и ответим утром.' },
        },
        // everyone sees a new VK dialog until one takes it; the line does not check availability
        { id: 13, name: 'VK', mode: 'all', checkAvailability: false },
        // English-speaking clients: only operators with English at level 2 or above, anyone after 5 minutes
        { id: 14, name: 'English chat', mode: 'evenly', skills: { require: { english: 2 }, relaxAfterMinutes: 5 } },
      ],
      pipeline: { categoryId: 0, name: 'Requests' },
    },
  ],

  people: {
    departments: [{ id: 5, name: 'Contact center', head: 30, schedule: 'center-hours' }],
    users: [
      { id: 30, name: 'Elena Smirnova' },
      { id: 31, name: 'Oleg Ivanov', skills: { english: 1 } },
      { id: 32, name: 'Nina Pavlova', skills: { english: 3 } },
      { id: 33, name: 'Artem Kozlov', skills: { english: 2 } },
    ],
  },

  schedules: [
    {
      id: 'center-hours',
      windows: [{ days: 'daily', from: '09:00', to: '20:00' }],
      holidays: ['2027-01-01'],
    },
  ],

  assignment: { firstContact: 'queue', repeatContact: 'queue', setResponsible: { deal: true, contact: true } },
});
