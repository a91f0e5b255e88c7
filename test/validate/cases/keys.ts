import { withChange } from '../../fixtures/valid-spec.ts';
import type { Row } from '../table.ts';

export const rows: Row[] = [
  {
    name: 'a misspelt optional field of a line',
    given: withChange((s) => { s.companies[0].lines[0].shedule = 'office'; }),
    want: [{ code: 'B24R1067', path: ['companies', 0, 'lines', 0, 'shedule'], says: '"shedule" is not a property of a line' }],
  },
  {
    name: 'a misspelt key deep in a condition',
    given: withChange((s) => { s.availabilityCheck.rules[0].when = { all: [s.availabilityCheck.rules[0].when, { onlne: false }] }; }),
    want: [{ code: 'B24R1067', path: ['availabilityCheck', 'rules', 0, 'when', 'all', 1, 'onlne'], says: 'a condition' }],
  },
  {
    name: 'a target that belongs to another action kind',
    given: withChange((s) => { s.availabilityCheck.fallback = { action: 'queue', user: 11 }; }),
    want: [{ code: 'B24R1067', path: ['availabilityCheck', 'fallback', 'user'], says: 'a "queue" action' }],
  },
  {
    name: 'an unknown top-level section',
    given: withChange((s) => { s.telephony = {}; }),
    want: [{ code: 'B24R1067', path: ['telephony'] }],
  },
];
