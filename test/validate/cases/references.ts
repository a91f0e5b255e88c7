import { withChange } from '../../fixtures/valid-spec.ts';
import type { Row } from '../table.ts';

const rule = (i: number, ...rest: (string | number)[]) => ['availabilityCheck', 'rules', i, ...rest];

export const rows: Row[] = [
  // Lines
  { name: 'a rule transferring to an unknown line', given: withChange((s) => { s.availabilityCheck.rules[3].then.line = 9; }),
    want: [{ code: 'B24R1001', path: rule(3, 'then', 'line'), says: 'Line 9' }] },
  { name: 'a fallback transferring to an unknown line', given: withChange((s) => { s.availabilityCheck.fallback = { action: 'line', line: 7 }; }),
    want: [{ code: 'B24R1001', path: ['availabilityCheck', 'fallback', 'line'], says: 'the fallback' }] },

  // Departments
  { name: 'a condition on an unknown department', given: withChange((s) => { s.availabilityCheck.rules[3].when.department = 9; }),
    want: [{ code: 'B24R1002', path: rule(3, 'when', 'department'), says: 'Department 9' }] },
  { name: 'a condition listing an unknown department', given: withChange((s) => { s.availabilityCheck.rules[3].when.department = [3, 9]; }),
    want: [{ code: 'B24R1002', path: rule(3, 'when', 'department', 1) }] },
  { name: 'an unknown parent department', given: withChange((s) => { s.people.departments[1].parent = 9; }),
    want: [{ code: 'B24R1002', path: ['people', 'departments', 1, 'parent'] }] },
  { name: 'a role over an unknown department', given: withChange((s) => { s.people.roles[0].departments = [9]; }),
    want: [{ code: 'B24R1002', path: ['people', 'roles', 0, 'departments', 0] }] },
  { name: 'a role over heads of an unknown department', given: withChange((s) => { s.people.roles[0].departmentHeads = [2, 8]; }),
    want: [{ code: 'B24R1002', path: ['people', 'roles', 0, 'departmentHeads', 1] }] },
  { name: 'a role over heads of every department', given: withChange((s) => { s.people.roles[0].departmentHeads = true; }), want: [] },

  // Schedules
  { name: 'a line with an unknown schedule', given: withChange((s) => { s.companies[0].lines[1].schedule = 'night'; }),
    want: [{ code: 'B24R1003', path: ['companies', 0, 'lines', 1, 'schedule'], says: 'Schedule "night"' }] },
  { name: 'a department with an unknown schedule', given: withChange((s) => { s.people.departments[2].schedule = 'suport'; }),
    want: [{ code: 'B24R1003', path: ['people', 'departments', 2, 'schedule'] }] },
  { name: 'a user with an unknown schedule', given: withChange((s) => { s.people.users[2].schedule = 'senior'; }),
    want: [{ code: 'B24R1003', path: ['people', 'users', 2, 'schedule'] }] },

  // People
  { name: 'a head of sales not declared in people.users', given: withChange((s) => { s.companies[0].headOfSales = 99; }),
    want: [{ code: 'B24R1004', path: ['companies', 0, 'headOfSales'], says: 'User 99 (head of sales of company "north")' }] },
  { name: 'an undeclared department head', given: withChange((s) => { s.people.departments[1].head = 99; }),
    want: [{ code: 'B24R1004', path: ['people', 'departments', 1, 'head'] }] },
  { name: 'an unknown person is told when a deal changes hands', given: withChange((s) => { s.responsibleSync = { onDealChange: { notify: ['deal-responsible', 77] } }; }),
    want: [{ code: 'B24R1004', path: ['responsibleSync', 'onDealChange', 'notify', 1], says: 'notified when a deal changes hands' }] },
  { name: 'an unknown person gets the sync summary', given: withChange((s) => { s.responsibleSync = { iterator: { notify: [99] } }; }),
    want: [{ code: 'B24R1004', path: ['responsibleSync', 'iterator', 'notify', 0], says: 'notified by the responsible sync' }] },
  { name: 'an undeclared role member', given: withChange((s) => { s.people.roles[0].users = [12, 99]; }),
    want: [{ code: 'B24R1004', path: ['people', 'roles', 0, 'users', 1] }] },
  { name: 'an undeclared supervisor', given: withChange((s) => { s.people.supervisors[0].supervisor = 99; }),
    want: [{ code: 'B24R1004', path: ['people', 'supervisors', 0, 'supervisor'] }] },
  { name: 'an override for an undeclared user', given: withChange((s) => { s.people.supervisors[0].user = 98; }),
    want: [{ code: 'B24R1004', path: ['people', 'supervisors', 0, 'user'] }] },
  { name: 'a rule transferring to an undeclared user', given: withChange((s) => { s.availabilityCheck.rules[4].then.user = 99; }),
    want: [{ code: 'B24R1004', path: rule(4, 'then', 'user'), says: 'rule 5 "Day not started → Anna"' }] },
  { name: 'a notification to an undeclared user', given: withChange((s) => { s.availabilityCheck.rules[2].then.notify.to[1] = 99; }),
    want: [{ code: 'B24R1004', path: rule(2, 'then', 'notify', 'to', 1) }] },
  { name: 'a notification to an unknown kind of person', given: withChange((s) => { s.availabilityCheck.rules[2].then.notify.to[1] = 'boss'; }),
    want: [{ code: 'B24R1004', path: rule(2, 'then', 'notify', 'to', 1), says: '"boss"' }] },
  { name: 'a job adding an undeclared user', given: withChange((s) => { s.jobs[1].action.user = 99; }),
    want: [{ code: 'B24R1004', path: ['jobs', 1, 'action', 'user'] }] },
  { name: 'no people at all while the spec refers to people', given: withChange((s) => { delete s.people; }),
    want: [
      { code: 'B24R1004', path: ['companies', 0, 'headOfSales'] },
      { code: 'B24R1004', path: ['companies', 1, 'headOfSales'] },
      { code: 'B24R1005', path: rule(1, 'when', 'role') },
      { code: 'B24R1002', path: rule(3, 'when', 'department') },
      { code: 'B24R1004', path: rule(2, 'then', 'notify', 'to', 1) },
      { code: 'B24R1004', path: rule(4, 'then', 'user') },
      { code: 'B24R1004', path: ['jobs', 1, 'action', 'user'] },
    ] },

  // Roles
  { name: 'a condition on an unknown role', given: withChange((s) => { s.availabilityCheck.rules[1].when.role = 'junior'; }),
    want: [{ code: 'B24R1005', path: rule(1, 'when', 'role'), says: 'Role "junior"' }] },
  { name: 'a nested condition on an unknown role', given: withChange((s) => { s.availabilityCheck.rules[4].when.any[1].role = ['junior']; }),
    want: [{ code: 'B24R1005', path: rule(4, 'when', 'any', 1, 'role', 0) }] },
  { name: 'a negated condition on an unknown role', given: withChange((s) => { s.availabilityCheck.rules[4].when.any[1].not.role = 'junior'; }),
    want: [{ code: 'B24R1005', path: rule(4, 'when', 'any', 1, 'not', 'role') }] },

  // Companies
  { name: 'a job covering an unknown company', given: withChange((s) => { s.jobs[1].companies = ['west']; }),
    want: [{ code: 'B24R1006', path: ['jobs', 1, 'companies', 0], says: 'Company "west" (covered by job "morning")' }] },
];
