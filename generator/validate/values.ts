/**
 * Ids of declared entries (B24R1063) and texts that must not be empty (B24R1066).
 */
import { diag, isPortalId, isSlug, list, rec, records, show, type Path, type Sink } from './diag.ts';
import { checkLevel } from './companies.ts';
import { forEachAction } from './conditions.ts';

/** B24R1066 for a text that is missing, not a string or only blanks. `optional`: the field may be left out. */
export function checkText(v: unknown, path: Path, what: string, out: Sink, optional = false): void {
  if (typeof v === 'string' && v.trim() !== '') return;
  const state = v === undefined ? 'is missing' : typeof v === 'string' ? 'is empty' : `is ${show(v)}, not a text`;
  const fix = optional
    ? `Write a non-empty text for ${lower(what)}, or leave the field out to use the default.`
    : `Write a non-empty text for ${lower(what)}.`;
  out(diag('B24R1066', path, `${what} ${state}.`, fix));
}

const PORTAL_ID_FIX = 'Use the numeric id the portal shows for it (a whole number from 1 up).';
const SLUG_FIX = 'Use lowercase latin letters, digits and dashes, starting and ending with a letter or digit, e.g. "north" or "night-watch".';

function portalId(v: unknown, path: Path, what: string, out: Sink, context = ''): void {
  if (!isPortalId(v)) out(diag('B24R1063', path, `${what} id ${show(v)}${context} is not a positive integer.`, PORTAL_ID_FIX));
}

function slug(v: unknown, path: Path, what: string, out: Sink): void {
  if (!isSlug(v)) out(diag('B24R1063', path, `${what} id ${show(v)} is not a lowercase slug.`, SLUG_FIX));
}

export function checkIdsAndTexts(spec: Record<string, unknown>, out: Sink): void {
  const iterator = rec(rec(spec.responsibleSync)?.iterator);
  if (iterator?.text !== undefined) checkText(iterator.text, ['responsibleSync', 'iterator', 'text'], 'The summary of the responsible sync', out, true);
  const onChange = rec(rec(spec.responsibleSync)?.onDealChange);
  if (onChange?.text !== undefined) checkText(onChange.text, ['responsibleSync', 'onDealChange', 'text'], 'The notification of a deal changing hands', out, true);
  const crm = rec(spec.crm);
  if (crm?.dealTitle !== undefined) checkText(crm.dealTitle, ['crm', 'dealTitle'], 'The deal title', out, true);

  for (const { item: c, index: i } of records(spec.companies)) {
    const at: Path = ['companies', i];
    slug(c.id, [...at, 'id'], 'Company', out);
    checkText(c.name, [...at, 'name'], `The name of company ${show(c.id)}`, out);
    for (const { item: l, index: k } of records(c.lines)) {
      portalId(l.id, [...at, 'lines', k, 'id'], 'Line', out, ` of company ${show(c.id)}`);
      if (l.name !== undefined) checkText(l.name, [...at, 'lines', k, 'name'], `The name of line ${show(l.id)}`, out, true);
      const off = rec(l.offHours);
      if (off?.reply !== undefined) checkText(off.reply, [...at, 'lines', k, 'offHours', 'reply'], `The off-hours reply of line ${show(l.id)}`, out, true);
      const to = rec(off?.to);
      if (to) portalId(to.line, [...at, 'lines', k, 'offHours', 'to', 'line'], 'Off-hours line', out, ` of line ${show(l.id)}`);
      list(l.duty).forEach((u, n) => portalId(u, [...at, 'lines', k, 'duty', n], 'Duty user', out, ` of line ${show(l.id)}`));
      const escTo = rec(rec(l.escalation)?.to);
      if (escTo) portalId(escTo.line, [...at, 'lines', k, 'escalation', 'to', 'line'], 'Escalation line', out, ` of line ${show(l.id)}`);
      records(l.kpi).forEach(({ item: kpi, index: n }) => {
        list(kpi.notify).forEach((t, m) => {
          if (t !== 'supervisor' && t !== 'head-of-sales') portalId(t, [...at, 'lines', k, 'kpi', n, 'notify', m], 'KPI recipient', out, ` of line ${show(l.id)}`);
        });
        if (kpi.text !== undefined) checkText(kpi.text, [...at, 'lines', k, 'kpi', n, 'text'], `The KPI notice of line ${show(l.id)}`, out, true);
      });
    }
    const pipeline = rec(c.pipeline);
    if (pipeline?.name !== undefined) {
      checkText(pipeline.name, [...at, 'pipeline', 'name'], `The pipeline name of company ${show(c.id)}`, out, true);
    }
    const companyCrm = rec(c.crm);
    if (companyCrm?.dealTitle !== undefined) {
      checkText(companyCrm.dealTitle, [...at, 'crm', 'dealTitle'], `The deal title of company ${show(c.id)}`, out, true);
    }
  }

  const people = rec(spec.people);
  for (const { item: d, index: i } of records(people?.departments)) {
    portalId(d.id, ['people', 'departments', i, 'id'], 'Department', out);
    checkText(d.name, ['people', 'departments', i, 'name'], `The name of department ${show(d.id)}`, out);
  }
  for (const { item: u, index: i } of records(people?.users)) {
    portalId(u.id, ['people', 'users', i, 'id'], 'User', out);
    checkText(u.name, ['people', 'users', i, 'name'], `The name of user ${show(u.id)}`, out);
    for (const [skill, level] of Object.entries(rec(u.skills) ?? {})) {
      if (!isSlug(skill)) out(diag('B24R1063', ['people', 'users', i, 'skills', skill], `Skill id ${show(skill)} of user ${show(u.id)} is not a lowercase slug.`, SLUG_FIX));
      checkLevel(level, ['people', 'users', i, 'skills', skill], `Skill "${skill}" of user ${show(u.id)}`, out);
    }
  }
  for (const { item: r, index: i } of records(people?.roles)) {
    slug(r.id, ['people', 'roles', i, 'id'], 'Role', out);
    checkText(r.name, ['people', 'roles', i, 'name'], `The name of role ${show(r.id)}`, out);
  }
  for (const { item: s, index: i } of records(spec.schedules)) slug(s.id, ['schedules', i, 'id'], 'Schedule', out);
  for (const { item: j, index: i } of records(spec.jobs)) slug(j.id, ['jobs', i, 'id'], 'Job', out);

  const check = rec(spec.availabilityCheck);
  for (const { item: r, index: i } of records(check?.rules)) {
    checkText(r.name, ['availabilityCheck', 'rules', i, 'name'], `The name of rule ${i + 1}`, out);
  }
  forEachAction(spec, (a, path) => {
    if (a.comment !== undefined) checkText(a.comment, [...path, 'comment'], 'The chat comment', out, true);
    const notify = rec(a.notify);
    if (notify) checkText(notify.text, [...path, 'notify', 'text'], 'The notification text', out);
  });
  list(check?.vacationTypes).forEach((t, k) => checkText(t, ['availabilityCheck', 'vacationTypes', k], `Vacation type ${k + 1}`, out));
}

function lower(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
