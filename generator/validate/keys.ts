/**
 * B24R1067: properties the spec language does not know, at any depth, with the closest known name.
 * TypeScript's excess-property check does not reach into a `const` generic's nested literals, so a
 * misspelt optional field (`shedule`) would otherwise be silently ignored.
 */
import { diag, list, rec, type Path, type Sink } from './diag.ts';

/** The known keys of each kind of object, and the kind of each nested value. */
interface Shape {
  readonly keys: Readonly<Record<string, Kind | null>>;
}
type Kind = { of: string } | { listOf: string } | { action: true } | string;

const WINDOW = { days: null, from: null, to: null };
const ACTION_BASE = { action: null, comment: null, notify: 'notify' };

const SHAPES: Readonly<Record<string, Shape>> = {
  spec: { keys: { module: 'module', timeZone: null, languages: null, companies: { listOf: 'company' }, people: 'people', schedules: { listOf: 'schedule' }, crm: 'crm', assignment: 'assignment', availabilityCheck: 'check', jobs: { listOf: 'job' }, responsibleSync: 'responsibleSync' } },
  responsibleSync: { keys: { iterator: 'syncIterator', onDealChange: 'syncOnChange' } },
  syncOnChange: { keys: { notify: null, text: null } },
  syncIterator: { keys: { batchSize: null, everyMinutes: null, notify: null, text: null } },
  module: { keys: { id: null, name: null, description: null, partner: 'partner', version: null, releaseDate: null } },
  partner: { keys: { name: null, url: null } },
  company: { keys: { id: null, name: null, lines: { listOf: 'line' }, phones: null, pipeline: 'pipeline', headOfSales: null, crm: 'crm' } },
  line: { keys: { id: null, name: null, mode: null, schedule: null, capacity: 'capacity', checkAvailability: null, offHours: 'offHours', duty: null, personalHours: null, strategy: 'strategy', sticky: null, escalation: 'escalation', kpi: { listOf: 'kpi' }, skills: 'lineSkills', vip: 'vip', geography: 'geography' } },
  vip: { keys: { phones: null, contactTypes: null, field: 'vipField', to: null, escalateAfterMinutes: null } },
  vipField: { keys: { name: null, values: null } },
  geography: { keys: { regionField: null, offices: { listOf: 'office' } } },
  office: { keys: { name: null, prefixes: null, regions: null, users: null } },
  lineSkills: { keys: { require: null, relaxAfterMinutes: null } },
  escalation: { keys: { afterMinutes: null, to: null } },
  kpi: { keys: { afterMinutes: null, notify: null, text: null } },
  strategy: { keys: { type: null, by: null, weights: null } },
  offHours: { keys: { reply: null, to: null } },
  capacity: { keys: { maxDialogs: null, countUntil: null } },
  pipeline: { keys: { categoryId: null, name: null } },
  people: { keys: { departments: { listOf: 'department' }, users: { listOf: 'user' }, roles: { listOf: 'role' }, supervisors: { listOf: 'supervisor' } } },
  department: { keys: { id: null, name: null, parent: null, head: null, schedule: null } },
  user: { keys: { id: null, name: null, schedule: null, timeZone: null, skills: null } },
  role: { keys: { id: null, name: null, users: null, departments: null, departmentHeads: null } },
  supervisor: { keys: { user: null, supervisor: null } },
  schedule: { keys: { id: null, timeZone: null, windows: { listOf: 'window' }, breaks: { listOf: 'window' }, holidays: null, extraWorkingDays: { listOf: 'extraDay' } } },
  window: { keys: WINDOW },
  extraDay: { keys: { date: null, from: null, to: null } },
  crm: { keys: { contactScope: null, repeatContact: null, dealTitle: null } },
  assignment: { keys: { firstContact: null, repeatContact: null, setResponsible: 'setResponsible' } },
  setResponsible: { keys: { deal: null, contact: null } },
  check: { keys: { delayMinutes: null, vacationTypes: null, rules: { listOf: 'rule' }, fallback: { action: true } } },
  rule: { keys: { name: null, when: 'condition', then: { action: true } } },
  condition: {
    keys: {
      vacation: null, workday: null, online: null, department: null, role: null, schedule: null, time: 'time',
      openDialogs: 'openDialogs', all: { listOf: 'condition' }, any: { listOf: 'condition' }, not: 'condition',
    },
  },
  time: { keys: { ...WINDOW, timeZone: null } },
  openDialogs: { keys: { atLeast: null, atMost: null } },
  notify: { keys: { to: null, text: null } },
  job: { keys: { id: null, at: null, timeZone: null, days: null, companies: null, action: 'jobAction', stay: null } },
  jobAction: { keys: { type: null, user: null } },
};

const ACTION_KEYS: Readonly<Record<string, Readonly<Record<string, Kind | null>>>> = {
  keep: ACTION_BASE, supervisor: ACTION_BASE, queue: ACTION_BASE,
  user: { ...ACTION_BASE, user: null }, line: { ...ACTION_BASE, line: null },
};

function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
    }
  }
  return d[a.length]![b.length]!;
}

/** The known name closest to `key`, if it is close enough to be a typo. */
export function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const k of known) {
    const score = distance(key, k);
    if (score < bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function visit(value: unknown, kind: Kind, path: Path, out: Sink): void {
  if (typeof kind === 'object' && 'listOf' in kind) {
    list(value).forEach((item, i) => visit(item, kind.listOf, [...path, i], out));
    return;
  }
  const obj = rec(value);
  if (!obj) return;
  let keys: Readonly<Record<string, Kind | null>>;
  let what: string;
  if (typeof kind === 'object' && 'action' in kind) {
    const action = typeof obj.action === 'string' ? obj.action : '';
    keys = ACTION_KEYS[action] ?? ACTION_BASE;
    what = action ? `a "${action}" action` : 'an action';
  } else {
    const name = typeof kind === 'string' ? kind : kind.of;
    keys = SHAPES[name]?.keys ?? {};
    what = name === 'spec' ? 'the spec' : `a ${name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)}`;
  }
  for (const [key, child] of Object.entries(obj)) {
    if (!(key in keys)) {
      const guess = closest(key, Object.keys(keys));
      out(diag('B24R1067', [...path, key], `"${key}" is not a property of ${what}.`,
        guess ? `Did you mean "${guess}"?` : `Remove it; known properties: ${Object.keys(keys).join(', ')}.`));
      continue;
    }
    const next = keys[key];
    if (next) visit(child, next, [...path, key], out);
  }
}

export function checkKeys(spec: Record<string, unknown>, out: Sink): void {
  visit(spec, 'spec', [], out);
}
