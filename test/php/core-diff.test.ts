/**
 * Differential test: the generated PHP decision core against the TypeScript model, case by case.
 *
 * For each IR (the model-test IRs, the example spec, a DST-heavy spec) fast-check generates worlds and
 * events from a seed (`B24R_SEED`, else a fixed default); the PHP core decides all of them in ONE PHP
 * process; every result must deep-equal `decide()`'s. A mismatch prints the seed, the case index, the
 * first differing JSON path and a shrunk counterexample. PHP 8.4 runs the big batch, 7.4 a smaller one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../generator/ir/normalize.ts';
import type { RoutingIR } from '../../generator/ir/types.ts';
import type { DecideResult, World } from '../../generator/model/types.ts';
import exampleSpec from '../../examples/000-multi-company-openlines/routing.ts';
import type { PhpVersion } from '../helpers/php.ts';
import { irWith } from '../fixtures/ir.ts';
import { eventArb, IRS, worldArb } from '../model/arbitraries.ts';
import { at, coreFiles, mismatches, runCore, shrink, type CoreCase, type Mismatch } from './core-run.ts';
import { dstWorldArb, TIME_IR } from './time-fixtures.ts';

const DEFAULT_SEED = 20261123;
const SEED = process.env.B24R_SEED ? Number(process.env.B24R_SEED) : DEFAULT_SEED;

interface Target {
  name: string;
  ir: RoutingIR;
  worlds: fc.Arbitrary<World>;
}

const TARGETS: Target[] = [
  ...IRS.map((ir, i) => ({ name: `IRS[${i}]`, ir, worlds: worldArb })),
  { name: 'example 000', ir: normalize(exampleSpec), worlds: worldArb },
  {
    name: 'job adds a user, duplicate ids',
    // `gamma` is no company of the spec: the job skips it.
    ir: irWith({ jobs: [{ id: 'night-watch', at: '23:00', companies: ['beta', 'gamma', 'alfa'], action: { type: 'add-user', user: 12 } }] }),
    worlds: worldArb.map(withDuplicates),
  },
  { name: 'time (DST)', ir: TIME_IR, worlds: dstWorldArb },
  { name: 'repeat clients with deals in progress', ir: IRS[0]!, worlds: worldArb.map(repeatClients) },
  { name: 'VIPs waiting in the queue', ir: IRS.find((ir) => ir.companies[0]!.lines[0]!.vip !== null)!, worlds: worldArb.map(waitingOnLine1) },
];

/** Every contact of company alfa, every deal in progress in its pipeline: repeat contacts reuse deals. */
function repeatClients(world: World): World {
  return {
    ...world,
    contacts: world.contacts.map((c) => ({ ...c, companyId: 'alfa' })),
    deals: world.deals.map((d) => ({ ...d, categoryId: 1, stage: 'P' as const })),
  };
}

/** Every other session open on line 1 with nobody holding it: dialogs wait there, some of them VIPs'. */
function waitingOnLine1(world: World): World {
  return {
    ...world,
    sessions: world.sessions.map((x, i) => (i % 2 === 1 ? { ...x, lineId: 1, operatorId: 0, status: 'open' as const, pinned: false } : x)),
  };
}

/**
 * The world with second entries under ids already used (the first must win everywhere) and queues that
 * list a user twice; duplicate open sessions also test that the job's sort by id is stable.
 */
function withDuplicates(world: World): World {
  return {
    ...world,
    users: [...world.users, ...world.users.slice(0, 2).map((u) => ({ ...u, active: !u.active, online: !u.online }))],
    departments: [...world.departments, ...world.departments.map((d) => ({ ...d, head: d.head === null ? 10 : null }))],
    lines: [...world.lines.map((l) => ({ ...l, queue: [...l.queue, ...l.queue.slice(0, 1)] })), ...world.lines.map((l) => ({ ...l, queue: [...l.queue].reverse() }))],
    sessions: [...world.sessions, ...world.sessions.map((x) => ({ ...x, chatId: x.chatId + 1000, status: 'open' as const, operatorId: 0 }))],
  };
}

/** Cases per target: 14 targets × 2,000 = 28,000 on PHP 8.4, 14 × 400 = 5,600 on 7.4. */
const RUNS: Record<PhpVersion, number> = { '8.4': 2_000, '7.4': 400 };

function casesFor(target: Target, numRuns: number): CoreCase[] {
  const arb = target.worlds.chain((world) => eventArb(world).map((event) => ({ world, event })));
  return fc.sample(arb, { seed: SEED, numRuns });
}

const json = (v: unknown): string => JSON.stringify(v, null, 2);

async function report(version: PhpVersion, target: Target, cases: CoreCase[], found: Mismatch[]): Promise<string> {
  const first = found[0]!;
  const shrunk = await shrink(version, target.ir, cases[first.index]!);
  const m = shrunk.mismatch;
  return [
    `PHP ${version} core differs from the TS model on ${found.length} of ${cases.length} cases of "${target.name}".`,
    `seed ${SEED} (replay: B24R_SEED=${SEED} npx vitest run test/php/core-diff.test.ts), first case index ${first.index}`,
    `first difference at ${first.path}: model ${JSON.stringify(at(first.model, first.path))}, PHP ${JSON.stringify(at(first.php, first.path))}`,
    `shrunk counterexample (${shrunk.rounds} rounds), difference at ${m.path}:`,
    json(shrunk.shrunk),
    `model: ${json(m.model)}`,
    `PHP:   ${json(m.php)}`,
  ].join('\n');
}

/** Reason codes seen in the 8.4 results, for the coverage check at the end. */
const seen = new Set<string>();
const kinds = new Set<string>();
const effectTypes = new Set<string>();

function collect(results: unknown[]): void {
  for (const r of results as DecideResult[]) {
    kinds.add(r.decision.kind);
    for (const code of r.trace.reasons) seen.add(code);
    for (const c of r.trace.candidates) for (const code of c.reasons) seen.add(code);
    for (const e of r.effects) if (e.type === 'log') seen.add(e.code);
    for (const e of r.effects) effectTypes.add(e.type);
  }
}

describe.each(['8.4', '7.4'] as const)('PHP %s decision core = TS model', (version) => {
  it.each(TARGETS.map((t) => [t.name, t] as const))(`%s, ${RUNS[version]} cases in one PHP process`, async (_name, target) => {
    const cases = casesFor(target, RUNS[version]);
    const started = performance.now();
    const run = await runCore(version, target.ir, cases, coreFiles(target.ir));
    const wall = (performance.now() - started) / 1000;
    const found = mismatches(target.ir, cases, run);
    console.log(`[core-diff] PHP ${version} ${target.name}: ${cases.length} cases, decide ${run.phpSeconds.toFixed(2)} s`
      + ` (${Math.round(cases.length / run.phpSeconds)} cases/s), with boot and I/O ${wall.toFixed(2)} s, seed ${SEED}`);
    if (found.length > 0) {
      const text = await report(version, target, cases, found);
      console.error(text);
      expect.fail(text);
    }
    const errors = run.results.filter((r) => typeof r === 'object' && r !== null && 'error' in r);
    expect(errors, 'generated worlds are valid: neither side may fail').toEqual([]);
    if (version === '8.4') collect(run.results);
  }, 120_000);
});

describe('the batches reach every branch', () => {
  it('every decision kind and reason code the model can give occurs in the PHP 8.4 batches', () => {
    expect([...kinds].sort()).toEqual(['assign', 'availability', 'follow', 'ignore', 'job', 'join', 'keep', 'kpi', 'pick', 'rejoin', 'route', 'steer', 'sync', 'transfer']);
    const codes = [
      'UNKNOWN_USER', 'INACTIVE', 'VACATION', 'NONWORKING', 'OFFLINE', 'SELF', 'LONGEST_IDLE', 'MORE_RECENTLY_ASSIGNED',
      'QUEUE_ORDER', 'LATER_IN_ORDER', 'ALREADY_OFFERED', 'OFFERED_TO_ALL', 'CONTACT_RESPONSIBLE', 'SUPERVISOR_OVERRIDE',
      'DEPARTMENT_HEAD', 'RULE_TARGET', 'FIRST_CONTACT', 'REPEAT_CONTACT', 'DEAL_REUSED', 'DEAL_CREATED', 'LINE_NOT_MANAGED',
      'SESSION_UNKNOWN', 'SESSION_CLOSED', 'OPERATOR_CHANGED', 'NO_AVAILABLE_OPERATOR', 'NO_SUPERVISOR', 'TARGET_UNAVAILABLE',
      'KEEP_BLOCKED', 'RULE_MATCHED', 'FALLBACK', 'NO_CHECK', 'UNKNOWN_JOB', 'NO_HEAD_OF_SALES', 'ALREADY_IN_CHAT',
      'VIP_CLIENT', 'VIP_TARGET', 'VIP_WAITING', 'CLIENT_OFFICE', 'OTHER_OFFICE',
    ];
    expect(codes.filter((c) => !seen.has(c))).toEqual([]);
  });
  it('every effect type the model can ask for occurs in the PHP 8.4 batches', () => {
    expect([...effectTypes].sort()).toEqual([
      'answer.watch', 'chat.addUser', 'chat.comment', 'chat.reply', 'check.schedule', 'contact.create', 'contact.setResponsible',
      'deal.create', 'deal.setResponsible', 'log', 'notify', 'queue.stamp', 'queue.turnBack', 'queue.wake', 'session.assign',
      'session.bindDeal', 'session.keepUser', 'session.toQueue', 'sync.progress',
    ]);
  });
});
