/**
 * Every reference resolves (B24R1001–B24R1006): lines, departments, schedules, people, roles, companies.
 */
import type { DiagnosticCode } from '../diagnostics/codes.ts';
import { diag, list, rec, records, show, type Path, type Sink } from './diag.ts';
import { forEachAction, forEachCondition, oneOrMany, ownerOf } from './conditions.ts';

/** What a spec declares, by kind. */
export interface Declared {
  lines: Set<unknown>;
  departments: Set<unknown>;
  schedules: Set<unknown>;
  users: Set<unknown>;
  roles: Set<unknown>;
  companies: Set<unknown>;
}

export function declared(spec: Record<string, unknown>): Declared {
  const people = rec(spec.people);
  const ids = (v: unknown): Set<unknown> => new Set(records(v).map(({ item }) => item.id));
  const companies = records(spec.companies);
  return {
    lines: new Set(companies.flatMap(({ item }) => records(item.lines).map((l) => l.item.id))),
    departments: ids(people?.departments),
    schedules: ids(spec.schedules),
    users: ids(people?.users),
    roles: ids(people?.roles),
    companies: ids(spec.companies),
  };
}

interface Kind {
  code: DiagnosticCode;
  noun: string;
  where: string;
  fix: (value: string, known: string) => string;
}

const KINDS = {
  lines: {
    code: 'B24R1001', noun: 'Line', where: 'listed by any company',
    fix: (v, known) => `Add line ${v} to the \`lines\` of the company it belongs to, or use a declared line${known}.`,
  },
  departments: {
    code: 'B24R1002', noun: 'Department', where: 'declared in people.departments',
    fix: (v, known) => `Add { id: ${v}, name: '…' } to people.departments, or use a declared department${known}.`,
  },
  schedules: {
    code: 'B24R1003', noun: 'Schedule', where: 'declared in schedules',
    fix: (v, known) => `Add a schedule with id ${v} to \`schedules\`, or use a declared schedule${known}.`,
  },
  users: {
    code: 'B24R1004', noun: 'User', where: 'declared in people.users',
    fix: (v, known) => `Add { id: ${v}, name: '…' } to people.users, or use a declared user${known}.`,
  },
  roles: {
    code: 'B24R1005', noun: 'Role', where: 'declared in people.roles',
    fix: (v, known) => `Add a role with id ${v} to people.roles, or use a declared role${known}.`,
  },
  companies: {
    code: 'B24R1006', noun: 'Company', where: 'declared in companies',
    fix: (v, known) => `Use the id of a declared company${known}, or add company ${v} to \`companies\`.`,
  },
} as const satisfies Record<keyof Declared, Kind>;

export function checkReferences(spec: Record<string, unknown>, out: Sink): void {
  const known = declared(spec);
  const ref = (kind: keyof Declared, value: unknown, path: Path, context: string): void => {
    if (known[kind].has(value)) return;
    const k: Kind = KINDS[kind];
    const some = [...known[kind]].filter((x) => typeof x === 'number' || typeof x === 'string').slice(0, 8);
    const hint = some.length === 0 ? '' : ` (${some.map(show).join(', ')}${known[kind].size > some.length ? ', …' : ''})`;
    out(diag(k.code, path, `${k.noun} ${show(value)} (${context}) is not ${k.where}.`, k.fix(show(value), hint)));
  };

  for (const { item: c, index: i } of records(spec.companies)) {
    const company = `company ${show(c.id)}`;
    for (const { item: l, index: k } of records(c.lines)) {
      if (l.schedule !== undefined) ref('schedules', l.schedule, ['companies', i, 'lines', k, 'schedule'], `schedule of line ${show(l.id)}`);
    }
    if (c.headOfSales !== undefined) ref('users', c.headOfSales, ['companies', i, 'headOfSales'], `head of sales of ${company}`);
  }

  const people = rec(spec.people);
  for (const { item: d, index: i } of records(people?.departments)) {
    const at: Path = ['people', 'departments', i];
    const dep = `department ${show(d.id)}`;
    if (d.parent !== undefined) ref('departments', d.parent, [...at, 'parent'], `parent of ${dep}`);
    if (d.head !== undefined) ref('users', d.head, [...at, 'head'], `head of ${dep}`);
    if (d.schedule !== undefined) ref('schedules', d.schedule, [...at, 'schedule'], `schedule of ${dep}`);
  }
  for (const { item: u, index: i } of records(people?.users)) {
    if (u.schedule !== undefined) ref('schedules', u.schedule, ['people', 'users', i, 'schedule'], `schedule of user ${show(u.id)}`);
  }
  for (const { item: r, index: i } of records(people?.roles)) {
    const at: Path = ['people', 'roles', i];
    const role = `role ${show(r.id)}`;
    list(r.users).forEach((u, k) => ref('users', u, [...at, 'users', k], `member of ${role}`));
    list(r.departments).forEach((d, k) => ref('departments', d, [...at, 'departments', k], `department of ${role}`));
    list(r.departmentHeads).forEach((d, k) => ref('departments', d, [...at, 'departmentHeads', k], `heads of ${role}`));
  }
  for (const { item: s, index: i } of records(people?.supervisors)) {
    const at: Path = ['people', 'supervisors', i];
    ref('users', s.user, [...at, 'user'], `supervisor override ${i + 1}`);
    ref('users', s.supervisor, [...at, 'supervisor'], `supervisor of user ${show(s.user)}`);
  }

  forEachCondition(spec, (cond, path) => {
    for (const [key, kind] of [['department', 'departments'], ['role', 'roles']] as const) {
      if (cond[key] === undefined) continue;
      const many = Array.isArray(cond[key]);
      oneOrMany(cond[key]).forEach((v, k) => {
        ref(kind, v, many ? [...path, key, k] : [...path, key], `condition of ${ownerOf(spec, path)}`);
      });
    }
  });
  forEachAction(spec, (a, path) => {
    const owner = ownerOf(spec, path);
    if (a.action === 'user') ref('users', a.user, [...path, 'user'], `transfer target of ${owner}`);
    if (a.action === 'line') ref('lines', a.line, [...path, 'line'], `transfer target of ${owner}`);
    list(rec(a.notify)?.to).forEach((t, k) => {
      if (t === 'supervisor' || t === 'head-of-sales' || t === 'operator') return;
      ref('users', t, [...path, 'notify', 'to', k], `notified by ${owner}`);
    });
  });

  for (const { item: j, index: i } of records(spec.jobs)) {
    const job = `job ${show(j.id)}`;
    list(j.companies).forEach((c, k) => ref('companies', c, ['jobs', i, 'companies', k], `covered by ${job}`));
    const action = rec(j.action);
    if (action?.type === 'add-user') ref('users', action.user, ['jobs', i, 'action', 'user'], `added by ${job}`);
  }

  const iterator = rec(rec(spec.responsibleSync)?.iterator);
  list(iterator?.notify).forEach((u, k) => ref('users', u, ['responsibleSync', 'iterator', 'notify', k], 'notified by the responsible sync'));
  list(rec(rec(spec.responsibleSync)?.onDealChange)?.notify).forEach((u, k) => {
    if (u !== 'deal-responsible' && u !== 'previous-responsible') ref('users', u, ['responsibleSync', 'onDealChange', 'notify', k], 'notified when a deal changes hands');
  });
}
