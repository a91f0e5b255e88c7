/**
 * fast-check arbitraries: consistent worlds and events over a fixed small IR (the fixture spec and a few
 * variants). Ids come from small pools so that references between world objects often hit, sometimes miss
 * (unknown users, unmanaged lines, department cycles), and every branch of `decide` is reachable.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { RoutingIR } from '../../generator/ir/types.ts';
import type { LineInput } from '../../generator/spec/types.ts';
import type {
  RoutingEvent, TimemanState, World, WorldContact, WorldDeal, WorldDepartment, WorldLine, WorldSession, WorldUser,
} from '../../generator/model/types.ts';
import { baseIr, baseSpec, COMPANIES, irWith, irWithRules } from '../fixtures/ir.ts';

export const USER_IDS = [10, 11, 12, 13, 20, 21, 22, 30, 40] as const;
export const DEPARTMENT_IDS = [1, 2, 3, 4, 5] as const;
export const LINE_IDS = [1, 2, 3, 9] as const;
export const SESSION_IDS = [1, 2, 3, 4, 5, 6] as const;

const SKILL_SETS: Record<string, number>[] = [{ english: 3, b2b: 1 }, { english: 1 }, {}];

/** The IRs properties run over: the fixture, and variants that reach the other actions and policies. */
export const IRS: RoutingIR[] = [
  baseIr(),
  irWith({
    assignment: { repeatContact: 'queue', setResponsible: { deal: false, contact: true } },
    availabilityCheck: undefined,
    jobs: [{ id: 'night-watch', at: '23:00', action: { type: 'add-user', user: 22 }, stay: false }],
    responsibleSync: { iterator: { batchSize: 2 } },
  }),
  irWithRules(
    [
      { name: 'Offline → Anna', when: { online: false }, then: { action: 'user', user: 10, notify: { to: ['supervisor', 'operator'], text: '{operator}' } } },
      { name: 'Busy → line 2', when: { openDialogs: { atLeast: 2 } }, then: { action: 'line', line: 2 } },
      { name: 'Heads keep', when: { role: 'heads' }, then: { action: 'keep' } },
      { name: 'Night → queue', when: { not: { time: { from: '08:00', to: '20:00' } } }, then: { action: 'queue' } },
    ],
    { action: 'supervisor', notify: { to: ['head-of-sales', 22], text: 'x' } },
  ),
  // every line with a per-line limit, counted three ways; one line that does not check availability
  irWith({
    companies: COMPANIES.map((c, ci) => ({
      ...c,
      lines: c.lines.map((l, li) => ({
        ...l,
        capacity: { maxDialogs: 1 + ci + li, countUntil: (['answered', 'answered-new', 'closed'] as const)[(ci + li) % 3] },
        checkAvailability: !(ci === 0 && li === 0),
      })),
    })),
  }),
  // the module's own strategies: least loaded by dialogs (evenly ties) and by deals (strictly ties), sticky
  irWith({
    companies: COMPANIES.map((c) => ({
      ...c,
      lines: c.lines.map((l): LineInput => (l.id === 1
        ? {
          ...l, strategy: { type: 'least-loaded' as const }, sticky: true, capacity: { maxDialogs: 2 },
          kpi: [{ afterMinutes: 2, notify: ['supervisor' as const, 10, 'head-of-sales' as const] }, { afterMinutes: 4, notify: [22], text: '{dialog} {line} {operator} {minutes}' }],
          escalation: { afterMinutes: 4, to: 'next' as const },
        }
        : l.id === 3
          ? {
            ...l, strategy: { type: 'least-loaded' as const, by: 'open-deals' as const }, sticky: true, personalHours: true,
            escalation: { afterMinutes: 1, to: 'supervisor' as const }, skills: { require: { english: 2 }, relaxAfterMinutes: 30 },
          }
          : { ...l, kpi: [{ afterMinutes: 5, notify: ['supervisor' as const] }], escalation: { afterMinutes: 9, to: { line: 3 } }, skills: { require: { english: 2, b2b: 1 } } })),
    })),
    people: { ...baseSpec().people, users: baseSpec().people!.users!.map((u, i) => ({ ...u, skills: SKILL_SETS[i % 3]! })) },
  }),
  // weighted round robin on an evenly and a strictly line
  irWith({
    companies: COMPANIES.map((c) => ({
      ...c,
      lines: c.lines.map((l): LineInput => (l.id === 1 ? { ...l, strategy: { type: 'weighted', weights: { 11: 3, 13: 1, 40: 2 } } }
        : l.id === 3 ? { ...l, strategy: { type: 'weighted', weights: { 21: 2 } } } : l)),
    })),
  }),
  // the lines' hours: off hours to the duty staff, to the queue, to another line; breaks; personal hours
  irWith({
    companies: COMPANIES.map((c) => ({
      ...c,
      lines: c.lines.map((l) => (l.id === 1
        ? { ...l, schedule: 'alfa-office', offHours: { reply: 'Closed until 9:00', to: 'duty' as const }, duty: [12, 22, 12], personalHours: true }
        : l.id === 2
          ? { ...l, schedule: 'alfa-office', offHours: { to: 'queue' as const, reply: 'Back at 9' } }
          : { ...l, schedule: 'beta-support', offHours: { to: { line: 1 } }, personalHours: true, capacity: { maxDialogs: 2 } })),
    })),
  }),
  // VIPs by phone, type and field, with targets and a shorter escalation; offices by region and phone prefix
  irWith({
    companies: COMPANIES.map((c) => ({
      ...c,
      lines: c.lines.map((l): LineInput => (l.id === 1
        ? {
          ...l,
          vip: { phones: ['+7 495 100-00-01'], contactTypes: ['VIP'], field: { name: 'UF_CRM_TIER', values: ['gold'] }, to: [12, 40, 10], escalateAfterMinutes: 2 },
          escalation: { afterMinutes: 6, to: 'next' }, kpi: [{ afterMinutes: 3, notify: ['supervisor'] }], personalHours: true,
          geography: { regionField: 'UF_CRM_REGION', offices: [{ name: 'Russia', prefixes: ['7'], users: [11, 12] }, { name: 'Moscow', prefixes: ['7495'], regions: ['Moscow'], users: [13, 20] }] },
        }
        : l.id === 3
          ? { ...l, vip: { contactTypes: ['VIP'] }, geography: { offices: [{ name: 'US', prefixes: ['1'], users: [21] }] }, strategy: { type: 'least-loaded' }, capacity: { maxDialogs: 1 } }
          : l)),
    })),
  }),
  irWith({
    responsibleSync: {
      iterator: { batchSize: 3, notify: [10, 22], text: '{deals}/{changed}' },
      onDealChange: { notify: ['deal-responsible', 'previous-responsible', 10], text: '{contact} {deal} {responsible}' },
    },
  }),
];

const BASE = DateTime.fromISO('2026-03-02T10:15:00+03:00', { setZone: true });
const ZONES = ['Europe/Moscow', 'UTC', 'America/New_York'] as const;

/** "now": any minute of two weeks around the base (weekdays, nights, weekends). */
export const nowArb: fc.Arbitrary<string> = fc
  .integer({ min: -7 * 1440, max: 7 * 1440 })
  .map((m) => BASE.plus({ minutes: m }).toISO({ suppressMilliseconds: true })!);

/** Instants `min..max` minutes from `now`, written in one of a few offsets. */
function around(now: string, min: number, max: number): fc.Arbitrary<string> {
  const at = DateTime.fromISO(now, { setZone: true });
  return fc.tuple(fc.integer({ min, max }), fc.constantFrom(...ZONES))
    .map(([m, zone]) => at.plus({ minutes: m }).setZone(zone).toISO({ suppressMilliseconds: true })!);
}

/** Instants within ±3 days of now. */
const nearArb = (now: string) => around(now, -3 * 1440, 3 * 1440);

const absenceArb = (now: string) => fc.record({
  type: fc.constantFrom('VACATION', 'LEAVESICK', 'BUSINESS_TRIP'),
  from: fc.oneof(around(now, -3 * 1440, 0), nearArb(now)),
  to: fc.oneof(around(now, 1, 3 * 1440), nearArb(now)),
});

const workdayArb = (now: string) => fc.option(
  fc.record({
    state: fc.constantFrom<TimemanState>('OPENED', 'OPENED', 'OPENED', 'PAUSED', 'CLOSED', 'EXPIRED'),
    openedAt: fc.option(fc.oneof(around(now, -600, 0), nearArb(now)), { nil: null, freq: 8 }),
  }),
  { nil: null, freq: 6 },
);

const userArb = (now: string) => (id: number): fc.Arbitrary<WorldUser> => fc.record({
  id: fc.constant(id),
  active: fc.constantFrom(true, true, true, true, false),
  departments: fc.subarray([...DEPARTMENT_IDS], { maxLength: 2 }),
  online: fc.constantFrom(true, true, false),
  absences: fc.oneof(fc.constant(0), fc.constant(0), fc.constant(1), fc.constant(2))
    .chain((n) => fc.array(absenceArb(now), { minLength: n, maxLength: n })),
  workday: workdayArb(now),
  openLineChats: fc.option(fc.constantFrom(0, 3, 999, 1000, 1200), { nil: undefined, freq: 2 }),
  load: fc.option(fc.record({ dialogs: fc.nat(4), deals: fc.nat(4) }), { nil: undefined, freq: 2 }),
}, { requiredKeys: ['id', 'active', 'departments', 'online', 'absences', 'workday'] });

const userIdArb = fc.constantFrom(...USER_IDS);

const departmentArb = (id: number): fc.Arbitrary<WorldDepartment> => fc.record({
  id: fc.constant(id),
  parent: fc.option(fc.constantFrom(...DEPARTMENT_IDS), { nil: null }),
  head: fc.option(userIdArb, { nil: null }),
});

const lineArb = (now: string) => (id: number): fc.Arbitrary<WorldLine> => fc.record({
  id: fc.constant(id),
  queue: fc.shuffledSubarray([...USER_IDS], { minLength: 1, maxLength: 5 }).chain((ids) =>
    fc.tuple(...ids.map((userId) => fc.record({
      userId: fc.constant(userId),
      lastAssignedAt: fc.option(nearArb(now), { nil: null }),
      dialogs: fc.option(fc.array(fc.constantFrom(0, 5, 10, 20, 25, 40, 50), { maxLength: 4 }), { nil: undefined, freq: 2 }),
      today: fc.option(fc.nat(6), { nil: undefined, freq: 2 }),
    }, { requiredKeys: ['userId', 'lastAssignedAt'] })))),
});

const sessionArb = (id: number): fc.Arbitrary<WorldSession> => fc.record({
  id: fc.constant(id),
  chatId: fc.constant(100 + id),
  lineId: fc.constantFrom(1, 1, 2, 3, 3, 9),
  clientId: fc.constantFrom('a', 'b', 'c'),
  operatorId: fc.constantFrom(0, ...USER_IDS),
  status: fc.constantFrom<'open' | 'closed'>('open', 'open', 'open', 'open', 'closed'),
  participants: fc.subarray([...USER_IDS], { maxLength: 3 }),
  queueHistory: fc.subarray([...USER_IDS], { maxLength: 4 }),
  kept: fc.option(fc.subarray([...USER_IDS], { maxLength: 2 }), { nil: undefined, freq: 2 }),
  pinned: fc.option(fc.boolean(), { nil: undefined, freq: 2 }),
  lastOperatorId: fc.option(fc.constantFrom(0, ...USER_IDS), { nil: undefined, freq: 2 }),
  answeredAt: fc.option(fc.constantFrom(null, '2026-03-02T10:00:00+03:00'), { nil: undefined, freq: 2 }),
  createdAt: fc.option(fc.constantFrom('2026-02-20T10:00:00+03:00', '2026-03-02T10:14:00+03:00', '2026-03-09T10:00:00Z'), { nil: undefined, freq: 2 }),
  phone: fc.option(fc.constantFrom('+7 495 100-00-01', '74951000001', '+7 495 222-33-44', '+7 812 000-00-00', '+1 202 555 0123', ''), { nil: undefined, freq: 2 }),
}, { requiredKeys: ['id', 'chatId', 'lineId', 'clientId', 'operatorId', 'status', 'participants', 'queueHistory'] });

const contactArb = (id: number): fc.Arbitrary<WorldContact> => fc.record({
  id: fc.constant(id),
  clientId: fc.constantFrom('a', 'b', 'c'),
  companyId: fc.constantFrom('alfa', 'alfa', 'beta', 'beta', 'gamma'),
  responsibleId: userIdArb,
  dealIds: fc.option(fc.subarray([1, 2, 3, 4, 5, 6, 7, 9]), { nil: undefined, freq: 2 }),
  typeId: fc.option(fc.constantFrom('VIP', 'CLIENT'), { nil: undefined, freq: 2 }),
  fields: fc.option(fc.record({
    UF_CRM_TIER: fc.constantFrom<string | string[]>('gold', 'silver', ['silver', 'gold'], []),
    UF_CRM_REGION: fc.constantFrom('Moscow', 'Tver'),
  }, { requiredKeys: [] }), { nil: undefined, freq: 2 }),
}, { requiredKeys: ['id', 'clientId', 'companyId', 'responsibleId'] });

const dealArb = (id: number): fc.Arbitrary<WorldDeal> => fc.record({
  id: fc.constant(id),
  contactId: fc.integer({ min: 1, max: 5 }),
  categoryId: fc.constantFrom(0, 1, 1, 2, 2),
  stage: fc.constantFrom<'P' | 'S' | 'F'>('P', 'P', 'S', 'F'),
  responsibleId: userIdArb,
  contactIds: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 3 }), { nil: undefined, freq: 2 }),
}, { requiredKeys: ['id', 'contactId', 'categoryId', 'stage', 'responsibleId'] });

/** A list with some of the given ids, each generated by `arb`, ids unique, in a shuffled order. */
function someOf<T>(ids: readonly number[], arb: (id: number) => fc.Arbitrary<T>, minLength = 0): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...ids], { minLength }).chain((chosen) => fc.tuple(...chosen.map(arb)));
}

/** Most users present (id 40 never is); each present one with its own facts. */
const usersArb = (now: string): fc.Arbitrary<WorldUser[]> =>
  fc.tuple(...USER_IDS.filter((id) => id !== 40).map((id) => fc.option(userArb(now)(id), { nil: null, freq: 6 })))
    .map((us) => us.filter((u): u is WorldUser => u !== null));

export const worldArb: fc.Arbitrary<World> = nowArb.chain((now) => fc.record({
  now: fc.constant(now),
  features: fc.record({ timeman: fc.constantFrom(true, true, false), intranet: fc.constantFrom(true, true, false) }),
  users: usersArb(now),
  departments: someOf(DEPARTMENT_IDS, departmentArb, 2),
  lines: someOf(LINE_IDS, lineArb(now), 2),
  sessions: someOf(SESSION_IDS, sessionArb, 1),
  contacts: someOf([1, 2, 3, 4, 5], contactArb),
  deals: someOf([1, 2, 3, 4, 5, 6, 7], dealArb),
  sync: fc.option(fc.record({ cursor: fc.integer({ min: 0, max: 7 }), deals: fc.nat(50), changed: fc.nat(20) }), { nil: undefined, freq: 2 }),
}, { requiredKeys: ['now', 'features', 'users', 'departments', 'lines', 'sessions', 'contacts', 'deals'] }));

/** Events that mostly refer to things in the world: a check for a session's current operator, often. */
export function eventArb(world: World): fc.Arbitrary<RoutingEvent> {
  const sessionId = fc.constantFrom(...SESSION_IDS, 7);
  const held = world.sessions.filter((s) => s.operatorId !== 0);
  const checks: fc.Arbitrary<RoutingEvent>[] = [
    fc.record({ type: fc.constant('check.due' as const), sessionId, operatorId: fc.constantFrom(0, ...USER_IDS) }),
  ];
  if (held.length > 0) {
    checks.push(fc.constantFrom(...held).map((s) => ({ type: 'check.due' as const, sessionId: s.id, operatorId: s.operatorId })));
    checks.push(fc.tuple(fc.constantFrom(...held), fc.integer({ min: 0, max: 3 }))
      .map(([s, step]) => ({ type: 'answer.due' as const, sessionId: s.id, operatorId: s.operatorId, step })));
  }
  const started = fc.record({ type: fc.constant('dialog.started' as const), sessionId });
  return fc.oneof(
    started,
    started,
    ...checks,
    ...checks.slice(1),
    fc.record({ type: fc.constant('job.due' as const), jobId: fc.constantFrom('night-watch', 'nope') }),
    fc.record({ type: fc.constant('dialog.transferred' as const), sessionId }),
    fc.record({ type: fc.constant('queue.redistributing' as const), sessionId, portalPick: fc.option(fc.constantFrom(0, ...USER_IDS), { nil: undefined }) }, { requiredKeys: ['type', 'sessionId'] }),
    fc.constant({ type: 'sync.batch' as const }),
    fc.record({ type: fc.constant('deal.responsibleChanged' as const), dealId: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ type: fc.constant('operator.pick' as const), lineId: fc.constantFrom(...LINE_IDS) }),
    fc.record({ type: fc.constant('operator.check' as const), userId: fc.constantFrom(...USER_IDS) }),
    fc.record({
      type: fc.constant('responsible.set' as const),
      dealId: fc.integer({ min: 1, max: 8 }),
      userId: fc.constantFrom(...USER_IDS, 99),
      contacts: fc.boolean(),
      whenAway: fc.constantFrom('assign' as const, 'supervisor' as const, 'skip' as const),
      notify: fc.boolean(),
      text: fc.constantFrom('', 'Deal {deal}: {previous} → {responsible}'),
    }),
    fc.record({ type: fc.constant('dialog.join' as const), dealId: fc.integer({ min: 1, max: 8 }), userId: fc.constantFrom(...USER_IDS, 99), stay: fc.boolean() }),
  );
}

export interface Case {
  ir: RoutingIR;
  world: World;
  event: RoutingEvent;
}

export const caseArb: fc.Arbitrary<Case> = fc
  .tuple(fc.constantFrom(...IRS), worldArb)
  .chain(([ir, world]) => eventArb(world).map((event) => ({ ir, world, event })));
