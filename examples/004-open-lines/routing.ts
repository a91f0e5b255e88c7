/**
 * Scenario 004: an online shop answers WhatsApp, Telegram and its website chat through open lines. A
 * client the CRM knows goes to their responsible manager when that manager is at work; others go to the
 * queue. Managers get dialogs only within their own working hours. At lunch and after hours a duty
 * manager takes WhatsApp; Telegram dialogs after hours move to the WhatsApp line, and the client is told.
 * A WhatsApp dialog nobody takes is reported to the supervisor, then to the head of sales; a Telegram
 * dialog nobody takes within 5 minutes goes to the operator's supervisor; a VIP's within 2, and VIPs
 * go to their manager first and never wait behind other clients.
 */
import { defineRouting } from 'b24route';

export default defineRouting({
  module: {
    id: 'rdn.shop',
    name: 'Открытые линии магазина',
    description: 'Routes the shop’s open lines by the CRM, working hours and duty managers',
    partner: { name: 'RDN Group', url: 'https://rdn-grp.ru' },
    version: '1.0.0',
  },
  timeZone: 'Europe/Moscow',
  languages: ['ru', 'en'],

  companies: [
    {
      id: 'shop',
      name: 'Online shop',
      lines: [
        {
          id: 21,
          name: 'WhatsApp',
          mode: 'evenly',
          schedule: 'shop-hours',
          offHours: { reply: 'Магазин откроется в 9:00. Дежурный менеджер ответит вам в ближайшее время.', to: 'duty' },
          duty: [45, 44],
          personalHours: true,
          // answer-time KPI: the supervisor hears of a dialog nobody has taken for 3 minutes, the head of sales at 10
          kpi: [
            { afterMinutes: 3, notify: ['supervisor'] },
            { afterMinutes: 10, notify: ['head-of-sales'] },
          ],
        },
        {
          id: 22,
          name: 'Telegram',
          mode: 'strictly',
          schedule: 'shop-hours',
          offHours: { reply: 'Сейчас мы не работаем: ваш вопрос передан дежурному менеджеру.', to: { line: 21 } },
          // a Telegram dialog not taken within 5 minutes goes to the operator's supervisor
          escalation: { afterMinutes: 5, to: 'supervisor' },
          // Sofia works Telegram for two: she gets twice the share of the day's dialogs
          strategy: { type: 'weighted', weights: { 42: 2 } },
          // VIP clients (contact type VIP, or a wholesale buyer's phone) go to Maxim first, never wait
          // behind other clients, and are passed on after 2 minutes instead of 5
          vip: { contactTypes: ['VIP'], phones: ['+7 916 000-00-77'], to: [41], escalateAfterMinutes: 2 },
        },
        { id: 23, name: 'Website chat', mode: 'all' },
      ],
      phones: ['+74957778899'],
      pipeline: { categoryId: 3, name: 'Shop orders' },
      headOfSales: 40,
    },
  ],

  people: {
    departments: [{ id: 7, name: 'Shop sales', head: 40, schedule: 'shop-hours' }],
    users: [
      { id: 40, name: 'Irina Belova' },
      { id: 41, name: 'Maxim Orlov' },
      { id: 42, name: 'Sofia Lebedeva', schedule: 'late-shift' },
      { id: 43, name: 'Denis Popov' },
      { id: 44, name: 'Kirill Sokolov' },
      { id: 45, name: 'Vera Mironova', schedule: 'duty-shift' },
    ],
  },

  schedules: [
    {
      id: 'shop-hours',
      windows: [{ days: 'weekdays', from: '09:00', to: '18:00' }],
      breaks: [{ days: 'weekdays', from: '13:00', to: '14:00' }],
      holidays: ['2027-01-01', '2027-01-02', '2027-01-07'],
    },
    { id: 'late-shift', windows: [{ days: 'weekdays', from: '12:00', to: '21:00' }] },
    { id: 'duty-shift', windows: [{ days: 'daily', from: '08:00', to: '23:00' }] },
  ],

  crm: { contactScope: 'company', repeatContact: 'reuse-open-deal', dealTitle: '{company}: {line} — {client}' },

  assignment: { firstContact: 'queue', repeatContact: 'contact-responsible', setResponsible: { deal: true, contact: true } },
});
