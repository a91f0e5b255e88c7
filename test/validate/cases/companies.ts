import { withChange } from '../../fixtures/valid-spec.ts';
import type { Row } from '../table.ts';

const notifyHead = ['availabilityCheck', 'rules', 2, 'then', 'notify', 'to', 0];
const phone = (p: string, name: string): Row => ({
  name,
  given: withChange((s) => { s.companies[0].phones[0] = p; }),
  want: [{ code: 'B24R1065', path: ['companies', 0, 'phones', 0], says: JSON.stringify(p) }],
});

export const rows: Row[] = [
  // B24R1052
  {
    name: 'no companies (and so nothing the rest can refer to)',
    given: withChange((s) => { s.companies = []; }),
    want: [
      { code: 'B24R1052', path: ['companies'] },
      { code: 'B24R1001', path: ['availabilityCheck', 'rules', 3, 'then', 'line'] },
      { code: 'B24R1006', path: ['jobs', 1, 'companies', 0] },
    ],
  },
  { name: 'the companies left out', given: withChange((s) => { delete s.companies; delete s.jobs; s.availabilityCheck.rules.splice(3, 1); }), want: [{ code: 'B24R1052', path: ['companies'] }] },

  // B24R1050
  { name: 'a company without a pipeline', given: withChange((s) => { delete s.companies[0].pipeline; }), want: [{ code: 'B24R1050', path: ['companies', 0], says: 'Company "north"' }] },
  { name: 'a pipeline without a category', given: withChange((s) => { s.companies[0].pipeline = {}; }), want: [{ code: 'B24R1050', path: ['companies', 0, 'pipeline', 'categoryId'] }] },
  { name: 'a negative category', given: withChange((s) => { s.companies[0].pipeline.categoryId = -1; }), want: [{ code: 'B24R1050', path: ['companies', 0, 'pipeline', 'categoryId'], says: '-1' }] },
  { name: 'a fractional category', given: withChange((s) => { s.companies[0].pipeline.categoryId = 1.5; }), want: [{ code: 'B24R1050', path: ['companies', 0, 'pipeline', 'categoryId'] }] },
  { name: 'the general pipeline (category 0)', given: withChange((s) => { s.companies[0].pipeline = { categoryId: 0 }; }), want: [] },

  // B24R1051
  { name: 'a company without lines', given: withChange((s) => { s.companies[0].lines = []; }), want: [{ code: 'B24R1051', path: ['companies', 0, 'lines'], says: 'Company "north"' }] },
  { name: 'a company with the lines left out', given: withChange((s) => { delete s.companies[0].lines; }), want: [{ code: 'B24R1051', path: ['companies', 0] }] },

  // B24R1053, B24R1054: off hours and duty staff
  {
    name: 'off-hours handling on a line without a schedule',
    given: withChange((s) => { s.companies[0].lines[0].offHours = { reply: 'Closed' }; }),
    want: [{ code: 'B24R1053', path: ['companies', 0, 'lines', 0, 'offHours'], says: 'never applies' }],
  },
  {
    name: 'duty staff on a line without a schedule',
    given: withChange((s) => { s.companies[0].lines[0].duty = [11]; }),
    want: [{ code: 'B24R1053', path: ['companies', 0, 'lines', 0, 'duty'], says: 'never asked' }],
  },
  {
    name: 'off-hours dialogs to a duty staff the line does not list',
    given: withChange((s) => { s.companies[0].lines[1].offHours = { to: 'duty' }; }),
    want: [{ code: 'B24R1054', path: ['companies', 0, 'lines', 1, 'offHours', 'to'] }],
  },
  {
    name: 'off hours to the duty staff, with a schedule and duty staff',
    given: withChange((s) => { s.companies[0].lines[1].offHours = { reply: 'We answer at 9:00.', to: 'duty' }; s.companies[0].lines[1].duty = [11, 12]; }),
    want: [],
  },
  {
    name: 'off hours to another line',
    given: withChange((s) => { s.companies[0].lines[1].offHours = { to: { line: 3 } }; }),
    want: [],
  },

  // B24R1055: what the portal's own queue would undo
  {
    name: 'personal hours on a line offered to all',
    given: withChange((s) => { s.companies[0].lines[0].mode = 'all'; s.companies[0].lines[0].personalHours = true; }),
    want: [{ code: 'B24R1055', path: ['companies', 0, 'lines', 0, 'personalHours'], says: 'to all its operators' }],
  },
  {
    name: 'a strategy on a line offered to all',
    given: withChange((s) => { s.companies[0].lines[0].mode = 'all'; s.companies[0].lines[0].strategy = { type: 'least-loaded' }; }),
    want: [{ code: 'B24R1055', path: ['companies', 0, 'lines', 0, 'strategy'], says: 'cannot choose one' }],
  },
  {
    name: 'off-hours lines passing dialogs in a circle',
    given: withChange((s) => {
      s.companies[0].lines[1].offHours = { to: { line: 3 } };
      s.companies[1].lines[0].schedule = 'office';
      s.companies[1].lines[0].offHours = { to: { line: 2 } };
    }),
    want: [{ code: 'B24R1055', path: ['companies', 0, 'lines', 1, 'offHours', 'to', 'line'], says: '2 → 3 → 2' }],
  },
  {
    name: 'off-hours lines in a chain that ends',
    given: withChange((s) => { s.companies[0].lines[1].offHours = { to: { line: 3 } }; s.companies[1].lines[0].schedule = 'office'; s.companies[1].lines[0].offHours = {}; }),
    want: [],
  },

  // B24R1056, B24R1064: the answer watch
  {
    name: 'a KPI threshold after the escalation',
    given: withChange((s) => { s.companies[0].lines[0].escalation = { afterMinutes: 5, to: 'next' }; s.companies[0].lines[0].kpi = [{ afterMinutes: 3, notify: ['supervisor'] }, { afterMinutes: 8, notify: [10] }]; }),
    want: [{ code: 'B24R1056', path: ['companies', 0, 'lines', 0, 'kpi', 1, 'afterMinutes'], says: 'nobody is ever told' }],
  },
  { name: 'an escalation after 0 minutes', given: withChange((s) => { s.companies[0].lines[0].escalation = { afterMinutes: 0, to: 'supervisor' }; }), want: [{ code: 'B24R1064', path: ['companies', 0, 'lines', 0, 'escalation', 'afterMinutes'] }] },
  { name: 'a KPI threshold of a day and a minute', given: withChange((s) => { s.companies[0].lines[0].kpi = [{ afterMinutes: 1441, notify: ['head-of-sales'] }]; }), want: [{ code: 'B24R1064', path: ['companies', 0, 'lines', 0, 'kpi', 0, 'afterMinutes'], says: '1441' }] },
  { name: 'a KPI notice to a user and an escalation to another line', given: withChange((s) => { s.companies[0].lines[0].kpi = [{ afterMinutes: 2, notify: [10], text: 'Late: {dialog}' }]; s.companies[0].lines[0].escalation = { afterMinutes: 5, to: { line: 3 } }; }), want: [] },

  // B24R1057, B24R1063, B24R1064: skills
  {
    name: 'a skill nobody has at that level',
    given: withChange((s) => { s.people.users[0].skills = { english: 2 }; s.companies[0].lines[0].skills = { require: { english: 3 } }; }),
    want: [{ code: 'B24R1057', path: ['companies', 0, 'lines', 0, 'skills', 'require', 'english'], says: 'wait for ever' }],
  },
  {
    name: 'a skill level 6 and a relaxation of a minus minute',
    given: withChange((s) => { s.people.users[0].skills = { english: 6 }; s.companies[0].lines[0].skills = { require: { english: 0 }, relaxAfterMinutes: -1 }; }),
    want: [
      { code: 'B24R1064', path: ['companies', 0, 'lines', 0, 'skills', 'relaxAfterMinutes'] },
      { code: 'B24R1064', path: ['companies', 0, 'lines', 0, 'skills', 'require', 'english'], says: 'level 0' },
      { code: 'B24R1064', path: ['people', 'users', 0, 'skills', 'english'], says: 'level 6' },
    ],
  },
  { name: 'a skill id with capitals', given: withChange((s) => { s.people.users[0].skills = { English: 2 }; }), want: [{ code: 'B24R1063', path: ['people', 'users', 0, 'skills', 'English'] }] },
  {
    name: 'a skill someone has, relaxed after 5 minutes',
    given: withChange((s) => { s.people.users[0].skills = { english: 3 }; s.companies[0].lines[0].skills = { require: { english: 2 }, relaxAfterMinutes: 5 }; }),
    want: [],
  },

  // B24R1064: the line's limit
  { name: 'a line limit over 1000', given: withChange((s) => { s.companies[0].lines[0].capacity = { maxDialogs: 1001 }; }), want: [{ code: 'B24R1064', path: ['companies', 0, 'lines', 0, 'capacity', 'maxDialogs'], says: '1001' }] },
  { name: 'a negative line limit', given: withChange((s) => { s.companies[0].lines[0].capacity = { maxDialogs: -1 }; }), want: [{ code: 'B24R1064', path: ['companies', 0, 'lines', 0, 'capacity', 'maxDialogs'] }] },
  { name: 'a fractional line limit', given: withChange((s) => { s.companies[0].lines[0].capacity = { maxDialogs: 2.5 }; }), want: [{ code: 'B24R1064', path: ['companies', 0, 'lines', 0, 'capacity', 'maxDialogs'] }] },
  { name: 'no line limit (0) counted until closed', given: withChange((s) => { s.companies[0].lines[0].capacity = { maxDialogs: 0, countUntil: 'closed' }; }), want: [] },

  // B24R1065
  phone('+7 495 111-22-33', 'a phone with spaces and dashes'),
  phone('84951112233', 'a phone without the plus'),
  phone('+0123456789', 'a phone with country code 0'),
  phone('+1234567', 'a phone of 7 digits'),
  phone('+1234567890123456', 'a phone of 16 digits'),
  { name: 'a phone of 15 digits', given: withChange((s) => { s.companies[0].phones[0] = '+123456789012345'; }), want: [] },

  // B24R1080
  {
    name: 'a head-of-sales job over every company, one without a head',
    given: withChange((s) => { delete s.companies[0].headOfSales; }),
    want: [
      { code: 'B24R1080', path: ['jobs', 0, 'action'], says: 'company "north" has none' },
      { code: 'B24R1081', path: notifyHead },
    ],
  },
  {
    name: 'a head-of-sales job listing a company without a head',
    given: withChange((s) => { delete s.companies[1].headOfSales; s.jobs[0].companies = ['north', 'south']; }),
    want: [
      { code: 'B24R1080', path: ['jobs', 0, 'companies', 1], says: 'company "south" has none' },
      { code: 'B24R1081', path: notifyHead },
    ],
  },
  {
    name: 'a head-of-sales job listing only companies with a head',
    given: withChange((s) => { delete s.companies[1].headOfSales; s.jobs[0].companies = ['north']; }),
    want: [{ code: 'B24R1081', path: notifyHead }],
  },

  // B24R1081
  {
    name: 'a notification to the head of sales while two companies have none',
    given: withChange((s) => { delete s.companies[0].headOfSales; delete s.companies[1].headOfSales; s.jobs.shift(); }),
    want: [{ code: 'B24R1081', path: notifyHead, says: 'companies "north", "south" have none' }],
  },
  {
    name: 'a fallback notifying the head of sales while a company has none',
    given: withChange((s) => {
      delete s.companies[1].headOfSales;
      s.jobs.shift();
      s.availabilityCheck.rules[2].then.notify.to = [10];
      s.availabilityCheck.fallback = { action: 'keep', notify: { to: ['operator', 'head-of-sales'], text: 'Kept by {operator}.' } };
    }),
    want: [{ code: 'B24R1081', path: ['availabilityCheck', 'fallback', 'notify', 'to', 1], says: 'The fallback' }],
  },
];
