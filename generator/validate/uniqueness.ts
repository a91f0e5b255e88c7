/**
 * Ids are unique within their list; a line or phone belongs to one company (B24R1010–B24R1012).
 */
import { diag, list, rec, records, show, type Path, type Sink } from './diag.ts';

interface Entry {
  value: unknown;
  path: Path;
}

/** B24R1010 for every entry whose value an earlier entry of the same list already has. */
function duplicates(
  entries: readonly Entry[], what: string, list: string, out: Sink,
  fix = 'Remove the second entry, or give it an id of its own.',
): void {
  const first = new Map<unknown, number>();
  entries.forEach((e, n) => {
    if (e.value === undefined || (typeof e.value === 'object' && e.value !== null)) return;
    const earlier = first.get(e.value);
    if (earlier === undefined) {
      first.set(e.value, n);
      return;
    }
    out(diag('B24R1010', e.path, `${what} ${show(e.value)} appears twice in ${list} (entries ${earlier + 1} and ${n + 1}).`,
      fix));
  });
}

const ids = (v: unknown, at: Path, key = 'id'): Entry[] =>
  records(v).map(({ item, index }) => ({ value: item[key], path: [...at, index, key] }));

export function checkUniqueness(spec: Record<string, unknown>, out: Sink): void {
  const companies = records(spec.companies);
  duplicates(ids(spec.companies, ['companies']), 'Company id', 'companies', out);

  const people = rec(spec.people);
  duplicates(ids(people?.departments, ['people', 'departments']), 'Department id', 'people.departments', out);
  duplicates(ids(people?.users, ['people', 'users']), 'User id', 'people.users', out);
  duplicates(ids(people?.roles, ['people', 'roles']), 'Role id', 'people.roles', out);
  duplicates(ids(spec.schedules, ['schedules']), 'Schedule id', 'schedules', out);
  duplicates(ids(spec.jobs, ['jobs']), 'Job id', 'jobs', out);
  duplicates(ids(people?.supervisors, ['people', 'supervisors'], 'user'), 'User', 'people.supervisors', out,
    'Keep one supervisor override per user: remove the other entry.');
  for (const { item: s, index } of records(spec.schedules)) {
    duplicates(ids(s.extraWorkingDays, ['schedules', index, 'extraWorkingDays'], 'date'),
      'Date', `the extra working days of schedule ${show(s.id)}`, out,
      'Keep one entry per date, with the hours of that day.');
  }

  // Lines and phones: twice in one company is a duplicate; in two companies, a conflict of ownership.
  const lineOwner = new Map<unknown, unknown>();
  const phoneOwner = new Map<unknown, unknown>();
  for (const { item: c, index: i } of companies) {
    const lines = ids(c.lines, ['companies', i, 'lines']);
    const phones = list(c.phones).map((p, k): Entry => ({ value: p, path: ['companies', i, 'phones', k] }));
    duplicates(lines, 'Line', `the lines of company ${show(c.id)}`, out, 'Remove the second entry of the line.');
    duplicates(phones, 'Phone', `the phones of company ${show(c.id)}`, out, 'Remove the second entry of the number.');
    claim(lines, lineOwner, c.id, out, (value, owner) => diag('B24R1011', [], `Line ${show(value)} is listed by companies ${show(owner)} and ${show(c.id)}.`,
      `Remove line ${show(value)} from one of the companies, or give each company its own line.`));
    claim(phones, phoneOwner, c.id, out, (value, owner) => diag('B24R1012', [], `Phone ${show(value)} is listed by companies ${show(owner)} and ${show(c.id)}.`,
      `Remove ${show(value)} from the phones of one of the companies; a number can route calls to one company only.`));
  }
}

/** Records the company owning each value; a value already owned by another company is reported at its new place. */
function claim(
  entries: readonly Entry[],
  owners: Map<unknown, unknown>,
  company: unknown,
  out: Sink,
  report: (value: unknown, owner: unknown) => ReturnType<typeof diag>,
): void {
  const seenHere = new Set<unknown>();
  for (const e of entries) {
    if (e.value === undefined || (typeof e.value === 'object' && e.value !== null) || seenHere.has(e.value)) continue;
    seenHere.add(e.value);
    if (!owners.has(e.value)) {
      owners.set(e.value, company);
      continue;
    }
    out({ ...report(e.value, owners.get(e.value)), path: [...e.path] });
  }
}
