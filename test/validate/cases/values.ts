import { withChange } from '../../fixtures/valid-spec.ts';
import type { Row } from '../table.ts';

const rule = (i: number, ...rest: (string | number)[]) => ['availabilityCheck', 'rules', i, ...rest];

export const rows: Row[] = [
  // Ids: portal ids are positive integers, spec ids lowercase slugs.
  { name: 'a company id with capitals', given: withChange((s) => { s.companies[0].id = 'North'; }), want: [{ code: 'B24R1063', path: ['companies', 0, 'id'], says: '"North"' }] },
  { name: 'a company id with an underscore', given: withChange((s) => { s.companies[0].id = 'north_1'; }), want: [{ code: 'B24R1063', path: ['companies', 0, 'id'] }] },
  { name: 'a company id ending with a dash', given: withChange((s) => { s.companies[0].id = 'north-'; }), want: [{ code: 'B24R1063', path: ['companies', 0, 'id'] }] },
  { name: 'a company id of digits and dashes', given: withChange((s) => { s.companies[0].id = 'north-2'; }), want: [] },
  { name: 'line id 0', given: withChange((s) => { s.companies[0].lines[0].id = 0; }), want: [{ code: 'B24R1063', path: ['companies', 0, 'lines', 0, 'id'], says: 'Line id 0 of company "north"' }] },
  { name: 'a fractional line id', given: withChange((s) => { s.companies[0].lines[1].id = 2.5; }), want: [{ code: 'B24R1063', path: ['companies', 0, 'lines', 1, 'id'] }] },
  { name: 'an off-hours line id 0', given: withChange((s) => { s.companies[0].lines[1].offHours = { to: { line: 0 } }; }), want: [{ code: 'B24R1063', path: ['companies', 0, 'lines', 1, 'offHours', 'to', 'line'], says: 'of line 2' }] },
  { name: 'a duty user id written as text', given: withChange((s) => { s.companies[0].lines[1].duty = [11, '12']; }), want: [{ code: 'B24R1063', path: ['companies', 0, 'lines', 1, 'duty', 1] }] },
  { name: 'an empty off-hours reply', given: withChange((s) => { s.companies[0].lines[1].offHours = { reply: ' ' }; }), want: [{ code: 'B24R1066', path: ['companies', 0, 'lines', 1, 'offHours', 'reply'] }] },
  { name: 'a line id written as text', given: withChange((s) => { s.companies[0].lines[1].id = '2'; }), want: [{ code: 'B24R1063', path: ['companies', 0, 'lines', 1, 'id'] }] },
  { name: 'user id 0', given: withChange((s) => { s.people.users[1].id = 0; }), want: [{ code: 'B24R1063', path: ['people', 'users', 1, 'id'] }] },
  { name: 'a negative department id', given: withChange((s) => { s.people.departments.push({ id: -4, name: 'Ghost' }); }), want: [{ code: 'B24R1063', path: ['people', 'departments', 3, 'id'] }] },
  { name: 'a role id with a space', given: withChange((s) => { s.people.roles.push({ id: 'senior manager', name: 'Senior' }); }), want: [{ code: 'B24R1063', path: ['people', 'roles', 1, 'id'] }] },
  { name: 'a schedule id with capitals', given: withChange((s) => { s.schedules.push({ id: 'Night', windows: [{ from: '22:00', to: '06:00' }] }); }), want: [{ code: 'B24R1063', path: ['schedules', 3, 'id'] }] },
  { name: 'a job id with an underscore', given: withChange((s) => { s.jobs[0].id = 'night_watch'; }), want: [{ code: 'B24R1063', path: ['jobs', 0, 'id'] }] },

  // Texts must not be empty.
  { name: 'an empty company name', given: withChange((s) => { s.companies[0].name = ''; }), want: [{ code: 'B24R1066', path: ['companies', 0, 'name'], says: '"north"' }] },
  { name: 'an empty line name', given: withChange((s) => { s.companies[0].lines[0].name = ''; }), want: [{ code: 'B24R1066', path: ['companies', 0, 'lines', 0, 'name'] }] },
  { name: 'an empty pipeline name', given: withChange((s) => { s.companies[0].pipeline.name = ' '; }), want: [{ code: 'B24R1066', path: ['companies', 0, 'pipeline', 'name'] }] },
  { name: 'an empty deal title', given: withChange((s) => { s.crm.dealTitle = ''; }), want: [{ code: 'B24R1066', path: ['crm', 'dealTitle'] }] },
  { name: "an empty deal title in a company's CRM override", given: withChange((s) => { s.companies[1].crm.dealTitle = ''; }), want: [{ code: 'B24R1066', path: ['companies', 1, 'crm', 'dealTitle'] }] },
  { name: 'a blank department name', given: withChange((s) => { s.people.departments[0].name = '\t'; }), want: [{ code: 'B24R1066', path: ['people', 'departments', 0, 'name'] }] },
  { name: 'a user without a name', given: withChange((s) => { delete s.people.users[0].name; }), want: [{ code: 'B24R1066', path: ['people', 'users', 0, 'name'], says: 'missing' }] },
  { name: 'an empty role name', given: withChange((s) => { s.people.roles[0].name = ''; }), want: [{ code: 'B24R1066', path: ['people', 'roles', 0, 'name'] }] },
  { name: 'an empty rule name', given: withChange((s) => { s.availabilityCheck.rules[0].name = ''; }), want: [{ code: 'B24R1066', path: rule(0, 'name') }] },
  { name: 'an empty chat comment', given: withChange((s) => { s.availabilityCheck.rules[0].then.comment = ''; }), want: [{ code: 'B24R1066', path: rule(0, 'then', 'comment') }] },
  { name: 'an empty notification text', given: withChange((s) => { s.availabilityCheck.rules[2].then.notify.text = ''; }), want: [{ code: 'B24R1066', path: rule(2, 'then', 'notify', 'text') }] },
  { name: 'an empty comment of the fallback', given: withChange((s) => { s.availabilityCheck.fallback.comment = ''; }), want: [{ code: 'B24R1066', path: ['availabilityCheck', 'fallback', 'comment'] }] },
  { name: 'an empty vacation type', given: withChange((s) => { s.availabilityCheck.vacationTypes = ['VACATION', '']; }), want: [{ code: 'B24R1066', path: ['availabilityCheck', 'vacationTypes', 1] }] },
];
