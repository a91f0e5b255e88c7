/**
 * Reading a world snapshot, an event and an instant given on the command line (or by a program).
 */
import { DateTime } from 'luxon';
import type { Diagnostic } from '../diagnostics/types.ts';
import type { RoutingEvent, World } from '../model/types.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; diagnostic: Diagnostic };

const fail = (code: string, message: string, fix: string): { ok: false; diagnostic: Diagnostic } => ({
  ok: false,
  diagnostic: { code, severity: 'error', message, fix, path: [] },
});

const LISTS = ['users', 'departments', 'lines', 'sessions', 'contacts', 'deals'] as const;

/** Parses a world snapshot; missing lists are empty and missing features count as present. */
export function parseWorld(text: string, source = 'world'): Parsed<World> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail('B24R0101', `${source} is not valid JSON: ${(error as Error).message}`, 'Write the world as a JSON object.');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('B24R0101', `${source} must be a JSON object.`, 'Write the world as `{ "now": …, "users": [ … ], … }`.');
  }
  const obj = raw as Record<string, unknown>;
  for (const key of LISTS) {
    if (obj[key] !== undefined && !Array.isArray(obj[key])) {
      return fail('B24R0101', `${source}: "${key}" must be an array.`, `Write "${key}": [ … ] or leave it out.`);
    }
  }
  const sync = obj.sync as Record<string, unknown> | undefined;
  const count = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  if (sync !== undefined && !(typeof sync === 'object' && sync !== null && count(sync.cursor) && count(sync.deals) && count(sync.changed))) {
    return fail('B24R0101', `${source}: "sync" must be { "cursor", "deals", "changed" } with whole numbers from 0.`,
      'Write "sync": { "cursor": 0, "deals": 0, "changed": 0 } or leave it out.');
  }
  const features = (obj.features ?? {}) as Partial<World['features']>;
  const world: World = {
    now: typeof obj.now === 'string' ? obj.now : '',
    features: { timeman: features.timeman !== false, intranet: features.intranet !== false },
    users: (obj.users ?? []) as World['users'],
    departments: (obj.departments ?? []) as World['departments'],
    lines: (obj.lines ?? []) as World['lines'],
    sessions: (obj.sessions ?? []) as World['sessions'],
    contacts: (obj.contacts ?? []) as World['contacts'],
    deals: (obj.deals ?? []) as World['deals'],
    ...(sync ? { sync: { cursor: sync.cursor as number, deals: sync.deals as number, changed: sync.changed as number } } : {}),
  };
  return { ok: true, value: world };
}

/**
 * An instant from `--at`: ISO with an offset, or a local date-time read in `zone`.
 * @example parseInstant('2026-03-02T09:15', 'Europe/Moscow') // → '2026-03-02T09:15:00.000+03:00'
 */
export function parseInstant(text: string, zone: string): Parsed<string> {
  const dt = DateTime.fromISO(text, { zone, setZone: true });
  if (!dt.isValid) {
    return fail('B24R0103', `"${text}" is not an ISO date-time.`, 'Write it as 2026-03-02T09:15 (read in the spec time zone) or with an offset, 2026-03-02T09:15+03:00.');
  }
  return { ok: true, value: dt.toISO() ?? text };
}

/**
 * An event from the command line: `dialog.started:<session>`, `check.due:<session>[:<operator>]`,
 * `job.due:<job>`, `dialog.transferred:<session>`, `queue.redistributing:<session>`, or the event as JSON.
 */
export function parseEvent(text: string, world: World): Parsed<RoutingEvent> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const ev = JSON.parse(trimmed) as RoutingEvent;
      if (EVENT_TYPES.includes(ev.type) && hasFields(ev)) return { ok: true, value: ev };
    } catch {
      // reported below
    }
    return fail('B24R0102', `Event ${trimmed} is not a known event.`, EVENT_FIX);
  }
  const [type, a, b] = trimmed.split(':');
  if ((type === 'dialog.started' || type === 'dialog.transferred' || type === 'queue.redistributing') && isId(a) && b === undefined) {
    return { ok: true, value: { type, sessionId: Number(a) } };
  }
  if (type === 'check.due' && isId(a) && (b === undefined || isId(b))) {
    const sessionId = Number(a);
    const operatorId = b === undefined ? world.sessions.find((s) => s.id === sessionId)?.operatorId ?? 0 : Number(b);
    return { ok: true, value: { type, sessionId, operatorId } };
  }
  if (type === 'job.due' && a !== undefined && a !== '' && b === undefined) return { ok: true, value: { type, jobId: a } };
  if (type === 'sync.batch' && a === undefined) return { ok: true, value: { type } };
  if (type === 'deal.responsibleChanged' && isId(a) && b === undefined) return { ok: true, value: { type, dealId: Number(a) } };
  if (type === 'operator.pick' && isId(a) && b === undefined) return { ok: true, value: { type, lineId: Number(a) } };
  if (type === 'operator.check' && isId(a) && b === undefined) return { ok: true, value: { type, userId: Number(a) } };
  if (type === 'responsible.set' && isId(a) && isId(b)) {
    return { ok: true, value: { type, dealId: Number(a), userId: Number(b), contacts: true, whenAway: 'assign', notify: false, text: '' } };
  }
  if (type === 'dialog.join' && isId(a) && isId(b)) return { ok: true, value: { type, dealId: Number(a), userId: Number(b), stay: true } };
  if (type === 'answer.due' && isId(a)) {
    // answer.due:<session>[:<operator>[:<step>]]: the operator defaults to the session's, the step to 0
    const [, , , c] = trimmed.split(':');
    const sessionId = Number(a);
    const operatorId = b === undefined ? world.sessions.find((s) => s.id === sessionId)?.operatorId ?? 0 : isId(b) ? Number(b) : -1;
    const step = c === undefined ? 0 : /^[0-9]+$/.test(c) ? Number(c) : -1;
    if (operatorId > 0 && step >= 0) return { ok: true, value: { type, sessionId, operatorId, step } };
  }
  return fail('B24R0102', `Event "${trimmed}" is not a known event.`, EVENT_FIX);
}

/** Each event type with the type of each of its fields (`id` = a positive integer). */
const EVENT_FIELDS: Readonly<Record<RoutingEvent['type'], Readonly<Record<string, 'id' | 'nat' | 'string' | 'boolean' | readonly string[]>>>> = {
  'dialog.started': { sessionId: 'id' },
  'check.due': { sessionId: 'id', operatorId: 'id' },
  'job.due': { jobId: 'string' },
  'dialog.transferred': { sessionId: 'id' },
  'queue.redistributing': { sessionId: 'id' },
  'sync.batch': {},
  'deal.responsibleChanged': { dealId: 'id' },
  'operator.pick': { lineId: 'id' },
  'operator.check': { userId: 'id' },
  'responsible.set': { dealId: 'id', userId: 'id', contacts: 'boolean', whenAway: ['assign', 'supervisor', 'skip'], notify: 'boolean', text: 'string' },
  'dialog.join': { dealId: 'id', userId: 'id', stay: 'boolean' },
  'answer.due': { sessionId: 'id', operatorId: 'id', step: 'nat' },
};

const EVENT_TYPES = Object.keys(EVENT_FIELDS) as RoutingEvent['type'][];

/** Whether a JSON event has exactly its type's fields, each of the right type. */
function hasFields(ev: RoutingEvent): boolean {
  const fields = EVENT_FIELDS[ev.type];
  const keys = Object.keys(ev).filter((k) => k !== 'type');
  if (keys.length !== Object.keys(fields).length) return false;
  return keys.every((k) => {
    const want = fields[k];
    const v = (ev as unknown as Record<string, unknown>)[k];
    if (want === undefined) return false;
    if (want === 'id') return typeof v === 'number' && Number.isInteger(v) && v > 0;
    if (want === 'nat') return typeof v === 'number' && Number.isInteger(v) && v >= 0;
    if (typeof want === 'string') return typeof v === want;
    return typeof v === 'string' && want.includes(v);
  });
}

const EVENT_FIX = 'Use dialog.started:<sessionId>, check.due:<sessionId>[:<operatorId>], job.due:<jobId>, '
  + 'dialog.transferred:<sessionId>, queue.redistributing:<sessionId>, sync.batch, deal.responsibleChanged:<dealId>, operator.pick:<lineId>, '
  + 'operator.check:<userId>, responsible.set:<dealId>:<userId>, dialog.join:<dealId>:<userId>, answer.due:<sessionId>[:<operatorId>[:<step>]], or a JSON event.';

function isId(s: string | undefined): s is string {
  return s !== undefined && /^[1-9][0-9]*$/.test(s);
}
