/**
 * The per-spec parts of the core: rule conditions compiled to PHP (given/want tables, then a property:
 * compiled PHP and the model's `evaluateCondition` give the same `failed` on random trees and facts, in
 * one PHP process), and `Spec::ir()` reading back as exactly the IR.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionExpr, ruleBody } from '../../generator/emit/php/conditions.ts';
import { moduleNames } from '../../generator/emit/php/names.ts';
import { phpValue } from '../../generator/emit/php/values.ts';
import type { ConditionIR, IsoWeekday, WorkdayStateIR } from '../../generator/ir/types.ts';
import { evaluateCondition, type OperatorFacts } from '../../generator/model/conditions.ts';
import { PHP_VERSIONS, runPhp } from '../helpers/php.ts';
import { coreFiles } from './core-run.ts';
import { TIME_IR } from './time-fixtures.ts';

const vacation: ConditionIR = { kind: 'vacation', value: true };
const online: ConditionIR = { kind: 'online', value: true };
const ny = (from: number, to: number, days: IsoWeekday[] = [1, 2, 3, 4, 5]): ConditionIR =>
  ({ kind: 'time', window: { days, from, to }, timeZone: 'America/New_York' });
const win = (days: string, from: number, to: number) => `Schedule::insideWindow(${days}, ${from}, ${to}, 'America/New_York', $f->now)`;

describe('ruleBody: condition IR → PHP statements', () => {
  const table: [string, ConditionIR, string[]][] = [
    ['always', { kind: 'always' }, []],
    ['vacation', vacation, ["if (!$f->vacation) { return 'vacation'; }"]],
    ['not on vacation', { kind: 'vacation', value: false }, ["if ($f->vacation) { return 'vacation'; }"]],
    ['offline', { kind: 'online', value: false }, ["if ($f->online) { return 'online'; }"]],
    ['one workday state', { kind: 'workday', states: ['not-started'] }, ["if ($f->workday !== 'not-started') { return 'workday'; }"]],
    ['workday states', { kind: 'workday', states: ['closed', 'paused'] },
      ["if (!in_array($f->workday, ['closed', 'paused'], true)) { return 'workday'; }"]],
    ['no workday state', { kind: 'workday', states: [] }, ["if (true) { return 'workday'; }"]],
    ['one department', { kind: 'department', ids: [3] }, ["if (!in_array(3, $f->departments, true)) { return 'department'; }"]],
    ['departments', { kind: 'department', ids: [2, 5] }, ["if (!Facts::intersects([2, 5], $f->departments)) { return 'department'; }"]],
    ['role with a quote', { kind: 'role', ids: ["o'brien"] }, ["if (!in_array('o\\'brien', $f->roles, true)) { return 'role'; }"]],
    ['inside schedule', { kind: 'schedule', inside: true }, ["if ($f->insideSchedule !== true) { return 'schedule'; }"]],
    ['outside schedule', { kind: 'schedule', inside: false }, ["if ($f->insideSchedule !== false) { return 'schedule'; }"]],
    ['time', ny(600, 1140), [`if (!${win('[1, 2, 3, 4, 5]', 600, 1140)}) { return 'time'; }`]],
    ['at least', { kind: 'openDialogs', atLeast: 2, atMost: null }, ["if ($f->openDialogs < 2) { return 'openDialogs'; }"]],
    ['between', { kind: 'openDialogs', atLeast: 1, atMost: 3 },
      ["if ($f->openDialogs < 1 || $f->openDialogs > 3) { return 'openDialogs'; }"]],
    ['all, nested alls flattened', { kind: 'all', of: [vacation, { kind: 'all', of: [online, { kind: 'always' }] }] },
      ["if (!$f->vacation) { return 'vacation'; }", "if (!$f->online) { return 'online'; }"]],
    ['any', { kind: 'any', of: [vacation, online] }, ["if (!($f->vacation || $f->online)) { return 'any'; }"]],
    ['any with comparisons', { kind: 'any', of: [{ kind: 'workday', states: ['opened'] }, { kind: 'schedule', inside: true }] },
      ["if (!(($f->workday === 'opened') || ($f->insideSchedule === true))) { return 'any'; }"]],
    ['empty any', { kind: 'any', of: [] }, ["if (true) { return 'any'; }"]],
    ['any of one', { kind: 'any', of: [vacation] }, ["if (!$f->vacation) { return 'any'; }"]],
    ['not', { kind: 'not', of: vacation }, ["if ($f->vacation) { return 'not'; }"]],
    ['not not', { kind: 'not', of: { kind: 'not', of: vacation } }, ["if (!$f->vacation) { return 'not'; }"]],
    ['not all', { kind: 'not', of: { kind: 'all', of: [vacation, { kind: 'not', of: online }] } },
      ["if ($f->vacation && !$f->online) { return 'not'; }"]],
    ['not always', { kind: 'not', of: { kind: 'always' } }, ["if (true) { return 'not'; }"]],
    ['long any, one operand per line', { kind: 'any', of: [ny(90, 180, [7]), ny(135, 165), ny(105, 135, [6, 7])] }, [
      'if (!(',
      `    ${win('[7]', 90, 180)}`,
      `    || ${win('[1, 2, 3, 4, 5]', 135, 165)}`,
      `    || ${win('[6, 7]', 105, 135)}`,
      ")) { return 'any'; }",
    ]],
    ['long not any', { kind: 'not', of: { kind: 'any', of: [ny(90, 180, [7]), ny(135, 165)] } }, [
      'if (',
      `    ${win('[7]', 90, 180)}`,
      `    || ${win('[1, 2, 3, 4, 5]', 135, 165)}`,
      ") { return 'not'; }",
    ]],
  ];
  it.each(table)('%s', (_name, given, want) => {
    expect(ruleBody(given)).toEqual([...want, 'return null;']);
  });
});

describe('conditionExpr: condition IR → one PHP boolean expression', () => {
  const table: [string, ConditionIR, string][] = [
    ['always', { kind: 'always' }, 'true'],
    ['empty all', { kind: 'all', of: [] }, 'true'],
    ['empty any', { kind: 'any', of: [] }, 'false'],
    ['not of a comparison gets parentheses', { kind: 'not', of: { kind: 'schedule', inside: true } }, '!($f->insideSchedule === true)'],
    ['any inside all', { kind: 'all', of: [vacation, { kind: 'any', of: [online, { kind: 'department', ids: [1] }] }] },
      '$f->vacation && ($f->online || in_array(1, $f->departments, true))'],
    ['not of any', { kind: 'not', of: { kind: 'any', of: [vacation, online] } }, '!($f->vacation || $f->online)'],
    ['not of false', { kind: 'not', of: { kind: 'any', of: [] } }, 'true'],
  ];
  it.each(table)('%s', (_name, given, want) => {
    expect(conditionExpr(given)).toBe(want);
  });
});

describe('phpValue edge cases the core relies on', () => {
  const table: [string, unknown, string][] = [
    ['quote and backslash', "it's C:\\x", "'it\\'s C:\\\\x'"],
    ['no escapes for $ or newline in single quotes', 'a$b\n', "'a$b\n'"],
    ['negative and float numbers', [-3, 0.5, 1e21], '[-3, 0.5, 1e+21]'],
    ['null, booleans', [null, true, false], '[null, true, false]'],
    ['empty list and empty object are both []', [[], {}], '[\n    [],\n    [],\n]'],
  ];
  it.each(table)('%s', (_name, given, want) => {
    expect(phpValue(given)).toBe(want);
  });
});

const STATES: WorkdayStateIR[] = ['not-started', 'opened', 'paused', 'closed'];
const atomArb: fc.Arbitrary<ConditionIR> = fc.oneof(
  fc.boolean().map((value) => ({ kind: 'vacation' as const, value })),
  fc.boolean().map((value) => ({ kind: 'online' as const, value })),
  fc.subarray(STATES).map((states) => ({ kind: 'workday' as const, states })),
  fc.subarray([1, 2, 3, 4]).map((ids) => ({ kind: 'department' as const, ids })),
  fc.subarray(['a', 'b', "c'd"]).map((ids) => ({ kind: 'role' as const, ids })),
  fc.boolean().map((inside) => ({ kind: 'schedule' as const, inside })),
  fc.record({ atLeast: fc.integer({ min: 0, max: 3 }), atMost: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }) })
    .map((b) => ({ kind: 'openDialogs' as const, ...b })),
  fc.record({
    days: fc.subarray([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[], { minLength: 1 }),
    from: fc.integer({ min: 0, max: 1439 }),
    to: fc.integer({ min: 0, max: 1439 }),
    timeZone: fc.constantFrom('America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'),
  }).map(({ days, from, to, timeZone }) => ({ kind: 'time' as const, window: { days, from, to }, timeZone })),
);
const conditionArb: fc.Arbitrary<ConditionIR> = fc.letrec<{ c: ConditionIR }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atomArb,
    fc.constant({ kind: 'always' as const }),
    fc.array(tie('c'), { maxLength: 3 }).map((of) => ({ kind: 'all' as const, of })),
    fc.array(tie('c'), { maxLength: 3 }).map((of) => ({ kind: 'any' as const, of })),
    tie('c').map((of) => ({ kind: 'not' as const, of })),
  ),
})).c;
const factsArb: fc.Arbitrary<OperatorFacts> = fc.record({
  operatorId: fc.constant(10),
  vacation: fc.boolean(),
  workday: fc.constantFrom(...STATES, 'unknown' as const),
  online: fc.boolean(),
  departments: fc.subarray([1, 2, 3, 4]),
  roles: fc.subarray(['a', 'b', "c'd"]),
  schedule: fc.constant(null),
  insideSchedule: fc.constantFrom(null, true, false),
  openDialogs: fc.integer({ min: 0, max: 4 }),
  now: fc.integer({ min: 0, max: 14 * 1440 }).map((m) => new Date(Date.UTC(2026, 2, 1) + m * 60_000).toISOString().replace('.000Z', 'Z')),
});

describe.each(PHP_VERSIONS)('compiled conditions on PHP %s = evaluateCondition', (version) => {
  it('agree on 300 random condition trees × 25 random facts', async () => {
    const conditions = fc.sample(conditionArb, { seed: 7, numRuns: 300 });
    const facts = fc.sample(factsArb, { seed: 8, numRuns: 25 });
    const ns = moduleNames(TIME_IR).namespace;
    const script = [
      '<?php', 'declare(strict_types=1);', `namespace ${ns}\\Core;`,
      "spl_autoload_register(static function (string $c): void { $p = __NAMESPACE__ . '\\\\';",
      "    if (strncmp($c, $p, strlen($p)) === 0) { require '/core/lib/core/' . strtolower(substr($c, strlen($p))) . '.php'; } });",
      ...conditions.map((c, i) => [`function c${i}(Facts $f): ?string`, '{', ...ruleBody(c).map((l) => `    ${l}`), '}'].join('\n')),
      "$out = [];",
      "foreach (json_decode(file_get_contents('/io/facts.json'), true) as $row) {",
      '    $f = new Facts();',
      '    foreach ($row as $k => $v) { $f->$k = $v; }',
      '    $r = [];',
      `    for ($i = 0; $i < ${conditions.length}; $i++) { $fn = __NAMESPACE__ . '\\\\c' . $i; $r[] = $fn($f); }`,
      '    $out[] = $r;',
      '}',
      "file_put_contents('/io/out.json', json_encode($out));",
    ].join('\n');
    const run = await runPhp(version, [
      ...coreFiles(TIME_IR),
      { path: '/io/run.php', content: script },
      { path: '/io/facts.json', content: JSON.stringify(facts) },
    ], '/io/run.php');
    expect(run.stderr + (run.exitCode === 0 ? '' : run.stdout)).toBe('');
    const got = JSON.parse(run.read('/io/out.json')) as (string | null)[][];
    const diffs: string[] = [];
    facts.forEach((f, k) => conditions.forEach((c, i) => {
      const want = evaluateCondition(c, f).failed;
      if (got[k]![i] !== want) diffs.push(`${JSON.stringify(c)} on ${JSON.stringify(f)}: model ${want}, PHP ${got[k]![i]}`);
    }));
    expect(diffs.slice(0, 5)).toEqual([]);
  }, 60_000);
});

describe.each(PHP_VERSIONS)('Spec::ir() on PHP %s', (version) => {
  it('reads back as exactly the IR', async () => {
    const ns = moduleNames(TIME_IR).namespace;
    const script = `<?php\nrequire '/core/lib/core/spec.php';\nfile_put_contents('/io/ir.json', json_encode(\\${ns}\\Core\\Spec::ir(), JSON_UNESCAPED_UNICODE));\n`;
    const run = await runPhp(version, [...coreFiles(TIME_IR), { path: '/io/run.php', content: script }], '/io/run.php');
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.read('/io/ir.json'))).toEqual(JSON.parse(JSON.stringify(TIME_IR)));
  });
});
