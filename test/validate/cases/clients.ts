import { withChange } from '../../fixtures/valid-spec.ts';
import type { Row } from '../table.ts';

const vipAt = ['companies', 0, 'lines', 0, 'vip'];
const geoAt = ['companies', 0, 'lines', 0, 'geography'];

export const rows: Row[] = [
  // a valid VIP priority and geography
  {
    name: 'VIPs by phone, type and field, with targets and a shorter escalation; offices by prefix and region',
    given: withChange((s) => {
      const line = s.companies[0].lines[0];
      line.escalation = { afterMinutes: 5, to: 'next' };
      line.vip = { phones: ['+7 495 100-00-01'], contactTypes: ['VIP'], field: { name: 'UF_CRM_VIP', values: ['1'] }, to: [10], escalateAfterMinutes: 2 };
      line.geography = { regionField: 'UF_CRM_REGION', offices: [{ name: 'Moscow', prefixes: ['7495'], regions: ['Moscow'], users: [10] }] };
    }),
    want: [],
  },
  // B24R1058
  {
    name: 'a VIP priority that names nothing to match',
    given: withChange((s) => { s.companies[0].lines[0].vip = { to: [10] }; }),
    want: [{ code: 'B24R1058', path: vipAt, says: 'no client is ever a VIP' }],
  },
  {
    name: 'an office without people, one without prefixes or regions, one with regions but no region field',
    given: withChange((s) => {
      s.companies[0].lines[0].geography = {
        offices: [
          { name: 'Empty', prefixes: ['7495'], users: [] },
          { name: 'Nowhere', users: [10] },
          { name: 'Regional', regions: ['Tver'], users: [10] },
        ],
      };
    }),
    want: [
      { code: 'B24R1058', path: [...geoAt, 'offices', 0, 'users'], says: 'Empty' },
      { code: 'B24R1058', path: [...geoAt, 'offices', 1], says: 'Nowhere' },
      { code: 'B24R1058', path: [...geoAt, 'offices', 2, 'regions'], says: 'no region field' },
    ],
  },
  { name: 'a geography without offices', given: withChange((s) => { s.companies[0].lines[0].geography = { offices: [] }; }), want: [{ code: 'B24R1058', path: geoAt }] },
  // B24R1059
  {
    name: 'VIP escalation minutes on a line without an escalation',
    given: withChange((s) => { s.companies[0].lines[0].vip = { contactTypes: ['VIP'], escalateAfterMinutes: 2 }; }),
    want: [{ code: 'B24R1059', path: [...vipAt, 'escalateAfterMinutes'], says: 'no escalation' }],
  },
  {
    name: 'VIP escalation no sooner than everyone else’s',
    given: withChange((s) => {
      s.companies[0].lines[0].escalation = { afterMinutes: 5, to: 'supervisor' };
      s.companies[0].lines[0].vip = { contactTypes: ['VIP'], escalateAfterMinutes: 5 };
    }),
    want: [{ code: 'B24R1059', path: [...vipAt, 'escalateAfterMinutes'], says: 'no sooner' }],
  },
  // B24R1055: VIPs and offices on a line offered to all
  {
    name: 'VIP priority and offices on a line offered to all',
    given: withChange((s) => {
      const line = s.companies[0].lines[0];
      line.mode = 'all';
      line.vip = { contactTypes: ['VIP'] };
      line.geography = { offices: [{ name: 'Moscow', prefixes: ['7495'], users: [10] }] };
    }),
    want: [
      { code: 'B24R1055', path: vipAt, says: 'VIP priority' },
      { code: 'B24R1055', path: geoAt, says: 'offices' },
    ],
  },
  // B24R1063, B24R1064, B24R1065: values
  {
    name: 'a VIP phone too short, a field in lowercase, a target that is not an id, minutes of zero',
    given: withChange((s) => {
      s.companies[0].lines[0].escalation = { afterMinutes: 5, to: 'next' };
      s.companies[0].lines[0].vip = { phones: ['12-34'], field: { name: 'uf_vip', values: ['Y'] }, to: [0], escalateAfterMinutes: 0 };
    }),
    want: [
      { code: 'B24R1065', path: [...vipAt, 'phones', 0], says: '"12-34"' },
      { code: 'B24R1063', path: [...vipAt, 'field', 'name'], says: 'uf_vip' },
      { code: 'B24R1063', path: [...vipAt, 'to', 0] },
      { code: 'B24R1064', path: [...vipAt, 'escalateAfterMinutes'] },
    ],
  },
  {
    name: 'a prefix with letters, a region field with a dash, an office user of minus one',
    given: withChange((s) => {
      s.companies[0].lines[0].geography = { regionField: 'UF-REGION', offices: [{ name: 'Moscow', prefixes: ['7495x'], regions: ['Moscow'], users: [-1] }] };
    }),
    want: [
      { code: 'B24R1065', path: [...geoAt, 'offices', 0, 'prefixes', 0] },
      { code: 'B24R1063', path: [...geoAt, 'regionField'] },
      { code: 'B24R1063', path: [...geoAt, 'offices', 0, 'users', 0] },
    ],
  },
  {
    name: 'a misspelt VIP key',
    given: withChange((s) => { (s.companies[0].lines[0] as Record<string, unknown>).vip = { contactType: ['VIP'] }; }),
    want: [
      { code: 'B24R1067', path: [...vipAt, 'contactType'] },
      { code: 'B24R1058', path: vipAt },
    ],
  },
];
