/**
 * Differential test of the core's time functions against the model's (luxon), minute by minute across
 * the 2026 DST transitions of the spec's zones: schedules (windows and breaks crossing midnight, holidays,
 * extra working days), weekly windows, wall clocks, local dates, instant parsing and `addMinutes`.
 * All calls run in one PHP process per version.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { moduleNames } from '../../generator/emit/php/names.ts';
import type { ConditionIR, WindowIR } from '../../generator/ir/types.ts';
import {
  addMinutes, instantMillis, isInsideSchedule, isInsideWindow, localDate, wallClock,
} from '../../generator/model/schedule.ts';
import { PHP_VERSIONS, runPhp, type PhpVersion } from '../helpers/php.ts';
import { coreFiles } from './core-run.ts';
import { TIME_IR } from './time-fixtures.ts';

const HARNESS = readFileSync(fileURLToPath(new URL('./harness/time.php', import.meta.url)), 'utf8');

interface Call {
  fn: 'millis' | 'addMinutes' | 'localDate' | 'wallClock' | 'insideSchedule' | 'insideWindow';
  args: unknown[];
}

/** The model's answer to a call: `{ value }` or `{ error }`. */
function model(call: Call): { value: unknown } | { error: true } {
  const a = call.args as never[];
  try {
    switch (call.fn) {
      case 'millis': return { value: instantMillis(a[0]!) };
      case 'addMinutes': return { value: addMinutes(a[0]!, a[1]!) };
      case 'localDate': return { value: localDate(a[0]!, a[1]!) };
      case 'wallClock': return { value: wallClock(a[0]!, a[1]!) };
      case 'insideSchedule': return { value: isInsideSchedule(a[0]!, a[1]!) };
      case 'insideWindow': {
        const [days, from, to, zone, instant] = call.args as [WindowIR['days'], number, number, string, string];
        return { value: isInsideWindow({ days, from, to }, zone, instant) };
      }
    }
  } catch {
    return { error: true };
  }
}

async function php(version: PhpVersion, calls: readonly Call[]): Promise<({ value: unknown } | { error: string })[]> {
  const run = await runPhp(version, [
    ...coreFiles(TIME_IR),
    { path: '/harness/time.php', content: HARNESS },
    { path: '/io/calls.jsonl', content: calls.map((c) => JSON.stringify(c)).join('\n') + '\n' },
  ], '/harness/time.php', ['/core/lib/core', moduleNames(TIME_IR).namespace, '/io/calls.jsonl', '/io/out.jsonl']);
  if (run.exitCode !== 0) throw new Error(`PHP ${version} time harness failed: ${run.stderr}${run.stdout}`);
  return run.read('/io/out.jsonl').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { value: unknown } | { error: string });
}

/** Calls whose answers differ, described for the failure message. */
async function differences(version: PhpVersion, calls: readonly Call[]): Promise<string[]> {
  const got = await php(version, calls);
  expect(got).toHaveLength(calls.length);
  const out: string[] = [];
  calls.forEach((call, i) => {
    const want = model(call);
    const have = got[i]!;
    const same = 'error' in want ? 'error' in have : 'value' in have && JSON.stringify(have.value) === JSON.stringify(want.value);
    if (!same) out.push(`${call.fn}(${JSON.stringify(call.args)}): model ${JSON.stringify(want)}, PHP ${JSON.stringify(have)}`);
  });
  return out;
}

/** 2026 transitions: New York, St John's, Berlin, Lord Howe — each when the clocks change (UTC). */
const TRANSITIONS = [
  '2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z', '2026-03-08T05:30:00Z', '2026-11-01T04:30:00Z',
  '2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2026-04-04T15:00:00Z', '2026-10-03T15:30:00Z',
];
const ZONES = ['America/New_York', 'America/St_Johns', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];

function timeWindows(c: ConditionIR): { window: WindowIR; timeZone: string }[] {
  switch (c.kind) {
    case 'time': return [{ window: c.window, timeZone: c.timeZone }];
    case 'all': case 'any': return c.of.flatMap(timeWindows);
    case 'not': return timeWindows(c.of);
    default: return [];
  }
}

/** The spec's time conditions, plus windows that start, end or lie inside a DST gap or repeated hour. */
const WINDOWS = [
  ...(TIME_IR.availabilityCheck?.rules ?? []).flatMap((r) => timeWindows(r.when)),
  ...['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe'].flatMap((timeZone) => [
    { window: { days: [7], from: 120, to: 150 }, timeZone },
    { window: { days: [7], from: 150, to: 120 }, timeZone },
    { window: { days: [6], from: 1410, to: 150 }, timeZone },
    { window: { days: [6, 7], from: 60, to: 0 }, timeZone },
  ] as { window: WindowIR; timeZone: string }[]),
];

/** Instants `step` minutes apart within `span` minutes of every transition, written in several offsets. */
function instants(span: number, step: number): string[] {
  const out: string[] = [];
  TRANSITIONS.forEach((t, i) => {
    const base = DateTime.fromISO(t, { zone: 'UTC' });
    for (let m = -span; m <= span; m += step) {
      const zone = ZONES[(i + Math.abs(m)) % ZONES.length]!;
      out.push(base.plus({ minutes: m, seconds: (m * 7) % 60 }).setZone(zone).toISO({ suppressMilliseconds: true })!);
    }
  });
  return out;
}

function callsAround(span: number, step: number): Call[] {
  const calls: Call[] = [];
  for (const t of instants(span, step)) {
    for (const s of TIME_IR.schedules) calls.push({ fn: 'insideSchedule', args: [s, t] });
    for (const w of WINDOWS) calls.push({ fn: 'insideWindow', args: [w.window.days, w.window.from, w.window.to, w.timeZone, t] });
    for (const z of ZONES) calls.push({ fn: 'wallClock', args: [t, z] }, { fn: 'localDate', args: [t, z] });
    calls.push({ fn: 'millis', args: [t] }, { fn: 'addMinutes', args: [t, 3] }, { fn: 'addMinutes', args: [t, -1440] });
  }
  return calls;
}

/** Instant texts at the edges of the format (those the PHP core accepts must read as luxon reads them). */
const INSTANT_TEXTS = [
  '2026-03-02T10:15:00+03:00', '2026-03-02T10:15+03:00', '2026-03-02T10+03:00', '2026-03-02T101500+0300',
  '2026-03-02T10:15:00.57Z', '2026-03-02T10:15:00,5-00:30', '2026-03-02T10:15:00.1234567Z', '2026-03-02t10:15:00z',
  '2026-03-02T24:00:00Z', '2026-03-02T24:00:01Z', '2026-02-29T10:00:00Z', '2028-02-29T23:59:59.999+14:00',
  '2026-03-02 10:15:00Z', '2026-03-02T10:15:60Z', '2026-13-01T00:00:00Z', '2026-03-02T10:15:00+05:45', '1969-12-31T23:59:59.001-12:00',
];

/** Texts luxon reads but the PHP core refuses on purpose (no offset: the model then depends on the machine's zone). */
const REFUSED_BY_PHP = [
  '2026-03-02T10:15:00', '2026-03-02', '20260302T101500Z', '2026-W10-1T10:00Z', '2026-061T10:00Z',
  '+002026-03-02T10:15:00Z', '2026-03-02T10:15:00+03:00[Europe/Moscow]', '2026-03-02T10:15:00+99:99',
];

describe.each(PHP_VERSIONS)('PHP %s time functions = the model', (version) => {
  const [span, step] = version === '8.4' ? [180, 1] : [180, 7];

  it(`agree minute by minute within ${span} minutes of each 2026 DST transition (step ${step} min)`, async () => {
    const calls = callsAround(span, step);
    expect(await differences(version, calls)).toEqual([]);
  }, 120_000);

  it('read and write instant texts like luxon, and refuse texts without an offset and exotic ISO forms', async () => {
    const calls: Call[] = INSTANT_TEXTS.flatMap((t) => [{ fn: 'millis', args: [t] }, { fn: 'addMinutes', args: [t, 90] }] as Call[]);
    expect(await differences(version, calls)).toEqual([]);
    const refused = await php(version, REFUSED_BY_PHP.map((t) => ({ fn: 'millis', args: [t] })));
    expect(refused.map((r, i) => ('error' in r ? null : REFUSED_BY_PHP[i]))).toEqual(REFUSED_BY_PHP.map(() => null));
  }, 60_000);
});
