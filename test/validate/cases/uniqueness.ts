import { withChange } from '../../fixtures/valid-spec.ts';
import type { Row } from '../table.ts';

export const rows: Row[] = [
  {
    name: 'a line claimed by two companies',
    given: withChange((s) => { s.companies[1].lines.push({ id: 1 }); }),
    want: [{ code: 'B24R1011', path: ['companies', 1, 'lines', 1, 'id'], says: 'Line 1 is listed by companies "north" and "south".' }],
  },
  {
    name: 'a line listed twice by one company',
    given: withChange((s) => { s.companies[0].lines.push({ id: 1, name: 'Again' }); }),
    want: [{ code: 'B24R1010', path: ['companies', 0, 'lines', 2, 'id'], says: 'Line 1' }],
  },
  {
    name: 'a line listed twice by one company and once by another',
    given: withChange((s) => { s.companies[0].lines.push({ id: 3 }, { id: 3 }); }),
    want: [
      { code: 'B24R1010', path: ['companies', 0, 'lines', 3, 'id'] },
      { code: 'B24R1011', path: ['companies', 1, 'lines', 0, 'id'] },
    ],
  },
  {
    name: 'a phone claimed by two companies',
    given: withChange((s) => { s.companies[1].phones.push('+74951112233'); }),
    want: [{ code: 'B24R1012', path: ['companies', 1, 'phones', 2], says: '"+74951112233" is listed by companies "north" and "south"' }],
  },
  {
    name: 'a phone listed twice by one company',
    given: withChange((s) => { s.companies[0].phones.push('+74951112233'); }),
    want: [{ code: 'B24R1010', path: ['companies', 0, 'phones', 1] }],
  },
  {
    name: 'two companies with one id',
    given: withChange((s) => { s.companies.push({ id: 'north', name: 'North again', lines: [{ id: 9 }], pipeline: { categoryId: 3 }, headOfSales: 10 }); }),
    want: [{ code: 'B24R1010', path: ['companies', 2, 'id'], says: '"north"' }],
  },
  {
    name: 'two departments with one id',
    given: withChange((s) => { s.people.departments.push({ id: 2, name: 'North sales again' }); }),
    want: [{ code: 'B24R1010', path: ['people', 'departments', 3, 'id'] }],
  },
  {
    name: 'two users with one id',
    given: withChange((s) => { s.people.users.push({ id: 10, name: 'Anna again' }); }),
    want: [{ code: 'B24R1010', path: ['people', 'users', 5, 'id'], says: 'User id 10' }],
  },
  {
    name: 'two roles with one id',
    given: withChange((s) => { s.people.roles.push({ id: 'senior-manager', name: 'Senior again' }); }),
    want: [{ code: 'B24R1010', path: ['people', 'roles', 1, 'id'] }],
  },
  {
    name: 'two schedules with one id',
    given: withChange((s) => { s.schedules.push({ id: 'office', windows: [{ from: '10:00', to: '17:00' }] }); }),
    want: [{ code: 'B24R1010', path: ['schedules', 3, 'id'] }],
  },
  {
    name: 'two jobs with one id',
    given: withChange((s) => { s.jobs.push({ id: 'morning', at: '09:00', action: { type: 'add-user', user: 21 } }); }),
    want: [{ code: 'B24R1010', path: ['jobs', 2, 'id'] }],
  },
  {
    name: 'two supervisor overrides of one user',
    given: withChange((s) => { s.people.supervisors.push({ user: 12, supervisor: 20 }); }),
    want: [{ code: 'B24R1010', path: ['people', 'supervisors', 2, 'user'] }],
  },
  {
    name: 'one date twice among the extra working days',
    given: withChange((s) => { s.schedules[1].extraWorkingDays.push({ date: '2026-12-27', from: '11:00', to: '15:00' }); }),
    want: [{ code: 'B24R1010', path: ['schedules', 1, 'extraWorkingDays', 1, 'date'] }],
  },
];
