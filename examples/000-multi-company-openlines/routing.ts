/**
 * Scenario 000: one portal hosts two companies. Each company has its own open lines, phone numbers and
 * deal pipeline; a client keeps one contact and one working deal per company across its lines.
 * Three minutes after a dialog is assigned, a check makes sure the operator is really at work.
 * At 23:00 the head of sales joins every dialog still open.
 */
import { defineRouting } from 'b24route';

export default defineRouting({
  module: {
    id: 'rdn.router',
    name: 'Распределение обращений',
    description: 'Routes open-line dialogs of several companies to the right deal, contact and operator',
    partner: { name: 'RDN Group', url: 'https://rdn-grp.ru' },
    version: '1.0.0',
  },
  timeZone: 'Europe/Moscow',
  languages: ['ru', 'en'],

  companies: [
    {
      id: 'alfa',
      name: 'Alfa Trade',
      lines: [
        { id: 1, name: 'Alfa WhatsApp' },
        { id: 2, name: 'Alfa Telegram' },
      ],
      phones: ['+74951112233'],
      pipeline: { categoryId: 1, name: 'Alfa sales' },
      headOfSales: 10,
    },
    {
      id: 'beta',
      name: 'Beta Service',
      lines: [{ id: 3, name: 'Beta website chat', mode: 'strictly' }],
      phones: ['+74954445566'],
      pipeline: { categoryId: 2, name: 'Beta orders' },
      headOfSales: 20,
    },
  ],

  people: {
    departments: [
      { id: 1, name: 'Head office' },
      { id: 2, name: 'Alfa sales', parent: 1, schedule: 'alfa-office' },
      { id: 3, name: 'Beta support', parent: 1, schedule: 'beta-support' },
    ],
    users: [
      { id: 10, name: 'Anna Sokolova' },
      { id: 11, name: 'Pavel Orlov' },
      { id: 12, name: 'Maria Volkova', schedule: 'senior-hours' },
      { id: 20, name: 'Dmitry Lebedev' },
      { id: 21, name: 'Olga Kuznetsova' },
      { id: 22, name: 'Sergey Morozov' },
    ],
    roles: [{ id: 'senior-manager', name: 'Senior manager', users: [12] }],
    supervisors: [{ user: 12, supervisor: 10 }],
  },

  schedules: [
    {
      id: 'alfa-office',
      windows: [{ days: 'weekdays', from: '09:00', to: '18:00' }],
      breaks: [{ days: 'weekdays', from: '13:00', to: '14:00' }],
      holidays: ['2027-01-01', '2027-01-02', '2027-01-07'],
    },
    {
      id: 'beta-support',
      windows: [
        { days: 'weekdays', from: '08:00', to: '20:00' },
        { days: ['sat'], from: '10:00', to: '16:00' },
      ],
      holidays: ['2027-01-01'],
      extraWorkingDays: [{ date: '2026-12-27', from: '10:00', to: '16:00' }],
    },
    { id: 'senior-hours', windows: [{ days: 'weekdays', from: '10:00', to: '19:00' }] },
  ],

  crm: { contactScope: 'company', repeatContact: 'reuse-open-deal', dealTitle: '{company}: {line} — {client}' },

  assignment: {
    firstContact: 'queue',
    repeatContact: 'contact-responsible',
    setResponsible: { deal: true, contact: true },
  },

  availabilityCheck: {
    delayMinutes: 3,
    rules: [
      {
        name: 'On vacation → direct supervisor',
        when: { vacation: true },
        then: { action: 'supervisor', comment: '{operator} is on vacation; the dialog goes to the supervisor.' },
      },
      {
        name: 'Senior manager off hours → stays',
        when: { role: 'senior-manager', schedule: 'outside' },
        then: { action: 'keep' },
      },
      {
        name: 'Senior manager, day not started 10:00–19:00 Mon–Fri → supervisor',
        when: {
          role: 'senior-manager',
          workday: 'not-started',
          time: { days: 'weekdays', from: '10:00', to: '19:00' },
        },
        then: {
          action: 'supervisor',
          comment: '{operator} has not started the workday; the dialog goes to the supervisor.',
        },
      },
      {
        name: 'Beta support off hours → line queue',
        when: { department: 3, schedule: 'outside' },
        then: { action: 'queue', comment: 'Off hours for {operator}: the dialog returns to the queue of {line}.' },
      },
      {
        name: 'Workday not started → direct supervisor',
        when: { workday: 'not-started' },
        then: { action: 'supervisor', comment: '{operator} has not started the workday; the dialog goes to the supervisor.' },
      },
    ],
    fallback: { action: 'keep' },
  },

  jobs: [{ id: 'night-watch', at: '23:00', days: 'daily', action: { type: 'add-head-of-sales' } }],
});
