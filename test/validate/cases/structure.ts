import { withChange } from '../../fixtures/valid-spec.ts';
import type { Row } from '../table.ts';

export const rows: Row[] = [
  {
    name: 'two people supervising each other',
    given: withChange((s) => { s.people.supervisors.push({ user: 10, supervisor: 12 }); }),
    want: [{ code: 'B24R1040', path: ['people', 'supervisors', 0, 'supervisor'], says: '12 (Maria Volkova) → 10 (Anna Sokolova) → 12.' }],
  },
  {
    name: 'a cycle of three, reported once from its first override',
    given: withChange((s) => { s.people.supervisors.push({ user: 20, supervisor: 11 }, { user: 11, supervisor: 21 }); }),
    want: [{ code: 'B24R1040', path: ['people', 'supervisors', 1, 'supervisor'], says: '21 (Olga Kuznetsova) → 20 (Dmitry Lebedev) → 11 (Pavel Orlov) → 21.' }],
  },
  {
    name: 'two separate cycles',
    given: withChange((s) => { s.people.supervisors.push({ user: 10, supervisor: 12 }, { user: 20, supervisor: 21 }); }),
    want: [
      { code: 'B24R1040', path: ['people', 'supervisors', 0, 'supervisor'] },
      { code: 'B24R1040', path: ['people', 'supervisors', 1, 'supervisor'] },
    ],
  },
  {
    name: 'a chain into a cycle (the chain itself is fine)',
    given: withChange((s) => { s.people.supervisors.push({ user: 11, supervisor: 12 }, { user: 10, supervisor: 12 }); }),
    want: [{ code: 'B24R1040', path: ['people', 'supervisors', 0, 'supervisor'] }],
  },
  {
    name: 'a long chain without a cycle',
    given: withChange((s) => { s.people.supervisors.push({ user: 10, supervisor: 11 }, { user: 11, supervisor: 20 }); }),
    want: [],
  },
  {
    name: 'a person who supervises themself',
    given: withChange((s) => { s.people.supervisors.push({ user: 11, supervisor: 11 }); }),
    want: [{ code: 'B24R1041', path: ['people', 'supervisors', 2, 'supervisor'], says: 'User 11 (Pavel Orlov)' }],
  },
  {
    name: 'departments that are each other’s parent',
    given: withChange((s) => { s.people.departments[0].parent = 3; }),
    want: [{ code: 'B24R1042', path: ['people', 'departments', 0, 'parent'], says: '1 → 3 → 1' }],
  },
  {
    name: 'a department that is its own parent',
    given: withChange((s) => { s.people.departments[1].parent = 2; }),
    want: [{ code: 'B24R1042', path: ['people', 'departments', 1, 'parent'], says: 'Department 2' }],
  },
];
