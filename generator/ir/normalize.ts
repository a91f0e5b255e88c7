/**
 * normalize: spec input → IR. The one place where defaults are applied.
 * Assumes the spec passed `validate()` without errors.
 */
import type {
  ActionInput, Condition, CrmInput, Days, LineInput, RoutingSpecInput, ScheduleInput, WindowInput, Weekday,
} from '../spec/types.ts';
import {
  IR_SCHEMA_VERSION, type ActionIR, type ConditionIR, type CrmIR, type IsoWeekday, type RoutingIR,
  type ScheduleIR, type SkillIR, type WatchIR, type WindowIR, type WorkdayStateIR,
} from './types.ts';
import { withHash } from './canonical.ts';

export const DEFAULTS = {
  languages: ['ru', 'en'] as ('ru' | 'en')[],
  maxDialogs: 0,
  countUntil: 'answered' as const,
  kpiText: {
    ru: 'Диалог #{dialog} на линии «{line}» ждёт ответа {minutes} мин.; оператор — {operator}.',
    en: 'Dialog #{dialog} on “{line}” has waited {minutes} min for {operator} to take it.',
  },
  checkAvailability: true,
  version: '1.0.0',
  /** The release date of this b24route version: the default `module.releaseDate`. */
  releaseDate: '2026-11-23',
  lineMode: 'evenly' as const,
  crm: { contactScope: 'company', repeatContact: 'reuse-open-deal', dealTitle: '{company}: {line}' } satisfies CrmIR,
  assignment: { firstContact: 'queue', repeatContact: 'contact-responsible' } as const,
  delayMinutes: 3,
  vacationTypes: ['VACATION', 'LEAVESICK', 'LEAVEMATERINITY', 'LEAVEUNPAYED'],
  fallback: { action: 'keep' } as ActionInput,
  days: 'daily' as Days,
  jobStay: true,
  syncBatchSize: 50,
  syncEveryMinutes: 1,
  followText: {
    ru: 'Контакт #{contact} теперь за ответственным сделки #{deal}: {responsible}.',
    en: 'Contact #{contact} now belongs to the responsible of deal #{deal}: {responsible}.',
  },
  syncText: {
    ru: 'Ответственные за контакты выровнены по сделкам: проверено сделок — {deals}, изменено контактов — {changed}.',
    en: 'Contacts now follow their deals: {deals} deals checked, {changed} contacts got a new responsible.',
  },
};

const WEEKDAY_NUMBER: Record<Weekday, IsoWeekday> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** Condition keys in the fixed order their atoms appear in the IR. */
export const CONDITION_KEYS = [
  'vacation', 'workday', 'online', 'department', 'role', 'schedule', 'time', 'openDialogs', 'all', 'any', 'not',
] as const satisfies readonly (keyof Condition)[];

export function normalize(spec: RoutingSpecInput): RoutingIR {
  const zone = spec.timeZone;
  const crmBase: CrmIR = { ...DEFAULTS.crm, ...pickDefined(spec.crm ?? {}) };
  const people = spec.people ?? {};
  const check = spec.availabilityCheck;
  const language = (spec.languages ?? DEFAULTS.languages)[0] ?? 'ru';
  const body: Omit<RoutingIR, 'hash'> = {
    schemaVersion: IR_SCHEMA_VERSION,
    module: {
      id: spec.module.id,
      name: spec.module.name,
      description: spec.module.description ?? spec.module.name,
      partner: { name: spec.module.partner.name, url: spec.module.partner.url },
      version: spec.module.version ?? DEFAULTS.version,
      releaseDate: spec.module.releaseDate ?? DEFAULTS.releaseDate,
    },
    timeZone: zone,
    languages: uniqueSorted([...(spec.languages ?? DEFAULTS.languages)]),
    language,
    vacationTypes: uniqueSorted([...(check?.vacationTypes ?? DEFAULTS.vacationTypes)]),
    companies: spec.companies.map((c) => ({
      id: c.id,
      name: c.name,
      lines: c.lines.map((l) => ({
        id: l.id,
        name: l.name ?? `line ${l.id}`,
        mode: l.mode ?? DEFAULTS.lineMode,
        maxDialogs: l.capacity?.maxDialogs ?? DEFAULTS.maxDialogs,
        countUntil: l.capacity?.countUntil ?? DEFAULTS.countUntil,
        checkAvailability: l.checkAvailability ?? DEFAULTS.checkAvailability,
        offHours: l.offHours === undefined ? null : {
          reply: l.offHours.reply ?? null,
          to: l.offHours.to === undefined ? 'queue' : typeof l.offHours.to === 'string' ? l.offHours.to : { line: l.offHours.to.line },
        },
        duty: [...(l.duty ?? [])],
        personalHours: l.personalHours ?? false,
        strategy: l.strategy === undefined ? null : l.strategy.type === 'weighted'
          ? { type: 'weighted', weights: Object.keys(l.strategy.weights).map(Number).sort((a, b) => a - b).map((userId) => ({ userId, weight: (l.strategy as { weights: Record<number, number> }).weights[userId]! })) }
          : { type: 'least-loaded', by: l.strategy.by ?? 'open-dialogs' },
        sticky: l.sticky ?? false,
        watch: watchOf(l, DEFAULTS.kpiText[language]),
        skills: l.skills === undefined ? null : { require: skillList(l.skills.require), relaxAfterMinutes: l.skills.relaxAfterMinutes ?? null },
        vip: l.vip === undefined ? null : {
          phones: (l.vip.phones ?? []).map(digits),
          contactTypes: [...(l.vip.contactTypes ?? [])],
          field: l.vip.field ? { name: l.vip.field.name, values: [...l.vip.field.values] } : null,
          to: [...(l.vip.to ?? [])],
          watch: watchOf(l.vip.escalateAfterMinutes === undefined || !l.escalation ? l : { ...l, escalation: { ...l.escalation, afterMinutes: l.vip.escalateAfterMinutes } }, DEFAULTS.kpiText[language]),
        },
        geography: l.geography === undefined ? null : {
          regionField: l.geography.regionField ?? null,
          offices: l.geography.offices.map((o) => ({
            name: o.name, prefixes: (o.prefixes ?? []).map(digits), regions: [...(o.regions ?? [])], users: [...o.users],
          })),
        },
        schedule: l.schedule ?? null,
      })),
      phones: [...(c.phones ?? [])],
      pipeline: { categoryId: c.pipeline.categoryId, name: c.pipeline.name ?? `pipeline ${c.pipeline.categoryId}` },
      headOfSales: c.headOfSales ?? null,
      crm: { ...crmBase, ...pickDefined(c.crm ?? {}) },
    })),
    departments: sortById((people.departments ?? []).map((d) => ({
      id: d.id, name: d.name, parent: d.parent ?? null, head: d.head ?? null, schedule: d.schedule ?? null,
    }))),
    users: sortById((people.users ?? []).map((u) => ({
      id: u.id, name: u.name, schedule: u.schedule ?? null, timeZone: u.timeZone ?? null, skills: skillList(u.skills ?? {}),
    }))),
    roles: (people.roles ?? []).map((r) => ({
      id: r.id,
      name: r.name,
      users: uniqueNumbers(r.users ?? []),
      departments: uniqueNumbers(r.departments ?? []),
      departmentHeads: r.departmentHeads === true
        ? { all: true, departments: [] }
        : { all: false, departments: uniqueNumbers(Array.isArray(r.departmentHeads) ? r.departmentHeads : []) },
    })),
    supervisors: (people.supervisors ?? [])
      .map((s) => ({ user: s.user, supervisor: s.supervisor }))
      .sort((a, b) => a.user - b.user),
    schedules: (spec.schedules ?? []).map((s) => normalizeSchedule(s, zone)),
    assignment: {
      firstContact: spec.assignment?.firstContact ?? DEFAULTS.assignment.firstContact,
      repeatContact: spec.assignment?.repeatContact ?? DEFAULTS.assignment.repeatContact,
      setResponsible: {
        deal: spec.assignment?.setResponsible?.deal ?? true,
        contact: spec.assignment?.setResponsible?.contact ?? true,
      },
    },
    availabilityCheck: check === undefined ? null : {
      delayMinutes: check.delayMinutes ?? DEFAULTS.delayMinutes,
      rules: check.rules.map((r, i) => ({
        id: `rule-${i + 1}`,
        name: r.name,
        when: normalizeCondition(r.when, zone),
        then: normalizeAction(r.then),
      })),
      fallback: normalizeAction(check.fallback ?? DEFAULTS.fallback),
      fallbackExplicit: check.fallback !== undefined,
    },
    jobs: (spec.jobs ?? []).map((j) => ({
      id: j.id,
      at: parseClock(j.at),
      timeZone: j.timeZone ?? zone,
      days: normalizeDays(j.days ?? DEFAULTS.days),
      companies: j.companies ? [...j.companies] : spec.companies.map((c) => c.id),
      action: j.action.type === 'add-user'
        ? { type: 'add-user' as const, user: j.action.user }
        : { type: 'add-head-of-sales' as const, user: null },
      stay: j.stay ?? DEFAULTS.jobStay,
    })),
    responsibleSync: spec.responsibleSync === undefined ? null : {
      batchSize: spec.responsibleSync.iterator?.batchSize ?? DEFAULTS.syncBatchSize,
      everyMinutes: spec.responsibleSync.iterator?.everyMinutes ?? DEFAULTS.syncEveryMinutes,
      notify: [...(spec.responsibleSync.iterator?.notify ?? [])],
      text: spec.responsibleSync.iterator?.text ?? DEFAULTS.syncText[language],
      onDealChange: {
        notify: [...(spec.responsibleSync.onDealChange?.notify ?? ['deal-responsible' as const])],
        text: spec.responsibleSync.onDealChange?.text ?? DEFAULTS.followText[language],
      },
    },
  };
  return withHash(body);
}

/** Minutes since midnight of a valid `HH:MM` (validated earlier; `24:00` → 1440). */
export function parseClock(value: string): number {
  const [h, m] = value.split(':');
  return Number(h) * 60 + Number(m);
}

export function normalizeDays(days: Days): IsoWeekday[] {
  if (days === 'daily') return [1, 2, 3, 4, 5, 6, 7];
  if (days === 'weekdays') return [1, 2, 3, 4, 5];
  if (days === 'weekend') return [6, 7];
  return uniqueNumbers(days.map((d) => WEEKDAY_NUMBER[d])) as IsoWeekday[];
}

function normalizeWindow(w: WindowInput): WindowIR {
  return { days: normalizeDays(w.days ?? DEFAULTS.days), from: parseClock(w.from), to: parseClock(w.to) % 1440 };
}

function normalizeSchedule(s: ScheduleInput, zone: string): ScheduleIR {
  return {
    id: s.id,
    timeZone: s.timeZone ?? zone,
    windows: s.windows.map(normalizeWindow),
    breaks: (s.breaks ?? []).map(normalizeWindow),
    holidays: uniqueSorted([...(s.holidays ?? [])]),
    extraWorkingDays: [...(s.extraWorkingDays ?? [])]
      .map((d) => ({ date: d.date, from: parseClock(d.from), to: parseClock(d.to) % 1440 }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
}

export function normalizeCondition(c: Condition, zone: string): ConditionIR {
  const atoms: ConditionIR[] = [];
  for (const key of CONDITION_KEYS) {
    const atom = conditionAtom(c, key, zone);
    if (atom) atoms.push(atom);
  }
  if (atoms.length === 0) return { kind: 'always' };
  if (atoms.length === 1) return atoms[0]!;
  return { kind: 'all', of: atoms };
}

function conditionAtom(c: Condition, key: (typeof CONDITION_KEYS)[number], zone: string): ConditionIR | null {
  switch (key) {
    case 'vacation': return c.vacation === undefined ? null : { kind: 'vacation', value: c.vacation };
    case 'workday':
      return c.workday === undefined ? null : { kind: 'workday', states: uniqueSorted(toList<WorkdayStateIR>(c.workday)) };
    case 'online': return c.online === undefined ? null : { kind: 'online', value: c.online };
    case 'department': return c.department === undefined ? null : { kind: 'department', ids: uniqueNumbers(toList(c.department)) };
    case 'role': return c.role === undefined ? null : { kind: 'role', ids: uniqueSorted(toList<string>(c.role)) };
    case 'schedule': return c.schedule === undefined ? null : { kind: 'schedule', inside: c.schedule === 'inside' };
    case 'time':
      return c.time === undefined ? null : { kind: 'time', window: normalizeWindow(c.time), timeZone: c.time.timeZone ?? zone };
    case 'openDialogs':
      return c.openDialogs === undefined ? null
        : { kind: 'openDialogs', atLeast: c.openDialogs.atLeast ?? 0, atMost: c.openDialogs.atMost ?? null };
    case 'all': return c.all === undefined ? null : { kind: 'all', of: c.all.map((x) => normalizeCondition(x, zone)) };
    case 'any': return c.any === undefined ? null : { kind: 'any', of: c.any.map((x) => normalizeCondition(x, zone)) };
    case 'not': return c.not === undefined ? null : { kind: 'not', of: normalizeCondition(c.not, zone) };
  }
}

export function normalizeAction(a: ActionInput): ActionIR {
  const target = a.action === 'user' ? a.user : a.action === 'line' ? a.line : null;
  return {
    type: a.action,
    target,
    comment: a.comment ?? null,
    notify: a.notify ? { to: [...a.notify.to], text: a.notify.text } : null,
  };
}

function toList<T>(v: T | readonly T[]): T[] {
  return Array.isArray(v) ? [...(v as readonly T[])] : [v as T];
}
function uniqueSorted<T extends string>(xs: T[]): T[] {
  return [...new Set(xs)].sort();
}
function uniqueNumbers(xs: readonly number[]): number[] {
  return [...new Set(xs)].sort((a, b) => a - b);
}
function sortById<T extends { id: number }>(xs: T[]): T[] {
  return xs.sort((a, b) => a.id - b.id);
}
function pickDefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export type { CrmInput };

/**
 * The line's KPI notices and escalation as one list by minutes (a notice before an escalation at the same
 * minute); nothing after the escalation, which ends the watch.
 */
function watchOf(l: LineInput, kpiText: string): WatchIR[] {
  const points: WatchIR[] = (l.kpi ?? []).map((k) => ({ minutes: k.afterMinutes, kind: 'kpi' as const, notify: [...k.notify], text: k.text ?? kpiText }));
  if (l.escalation) {
    const to = l.escalation.to;
    points.push({ minutes: l.escalation.afterMinutes, kind: 'escalate', to: typeof to === 'string' ? to : { line: to.line } });
  }
  const sorted = points
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.minutes - b.p.minutes || (a.p.kind === 'escalate' ? 1 : 0) - (b.p.kind === 'escalate' ? 1 : 0) || a.i - b.i)
    .map((x) => x.p);
  const end = sorted.findIndex((p) => p.kind === 'escalate');
  return end < 0 ? sorted : sorted.slice(0, end + 1);
}

/** A phone number as its digits only, as the model and the core compare them. */
export function digits(phone: string): string {
  return phone.replace(/[^0-9]/g, '');
}

/** Skill → level as a list sorted by skill name. */
function skillList(skills: Readonly<Record<string, number>>): SkillIR[] {
  return Object.keys(skills).sort().map((skill) => ({ skill, level: skills[skill]! }));
}
