/**
 * Who a client is, for the queue: VIP priority and geography of each line (B24R1058, B24R1059, and
 * B24R1055, B24R1063, B24R1064, B24R1065 for their values).
 */
import { capital, diag, list, rec, records, show, type Path, type Sink } from './diag.ts';

/** A CRM field name as the portal spells it: `UF_CRM_VIP`, `TYPE_ID`. */
const FIELD = /^[A-Z][A-Z0-9_]*$/;

export function checkClients(spec: Record<string, unknown>, out: Sink): void {
  for (const { item: c, index: i } of records(spec.companies)) {
    for (const { item: line, index: k } of records(c.lines)) {
      const at: Path = ['companies', i, 'lines', k];
      const name = `line ${show(line.id)}`;
      const vip = rec(line.vip);
      if (vip) checkVip(vip, line, [...at, 'vip'], name, out);
      const geography = rec(line.geography);
      if (geography) checkGeography(geography, [...at, 'geography'], name, out);
      for (const [key, what] of [['vip', 'VIP priority'], ['geography', 'the offices']] as const) {
        if (line.mode !== 'all' || !rec(line[key])) continue;
        out(diag('B24R1055', [...at, key],
          `Line ${show(line.id)} offers each dialog to all its operators, so the portal shows it to everyone; ${what} cannot hold there.`,
          `Use mode 'evenly' or 'strictly' on line ${show(line.id)}, or remove \`${key}\`.`));
      }
    }
  }
}

function checkVip(vip: Record<string, unknown>, line: Record<string, unknown>, at: Path, name: string, out: Sink): void {
  const field = rec(vip.field);
  if (list(vip.phones).length === 0 && list(vip.contactTypes).length === 0 && !field) {
    out(diag('B24R1058', at, `The VIP priority of ${name} names no phones, contact types or field, so no client is ever a VIP.`,
      "List VIP `phones`, `contactTypes` (e.g. ['VIP']) or a contact `field` with its values."));
  }
  list(vip.phones).forEach((p, n) => checkPhone(p, [...at, 'phones', n], `VIP phone ${show(p)} of ${name}`, 8, out));
  if (field) checkField(field.name, [...at, 'field', 'name'], `The VIP field of ${name}`, out);
  list(vip.to).forEach((u, n) => checkUser(u, [...at, 'to', n], `VIP target ${show(u)} of ${name}`, out));
  const minutes = vip.escalateAfterMinutes;
  if (minutes === undefined) return;
  if (!(typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440)) {
    out(diag('B24R1064', [...at, 'escalateAfterMinutes'], `The VIP escalation of ${name} comes after ${show(minutes)} minutes, not a whole number from 1 to 1440.`,
      'Give `escalateAfterMinutes` as whole minutes after the dialog was given, 1 to 1440.'));
    return;
  }
  const usual = rec(line.escalation)?.afterMinutes;
  if (usual === undefined) {
    out(diag('B24R1059', [...at, 'escalateAfterMinutes'], `${capital(name)} has no escalation, so the VIP escalation minutes never apply.`,
      'Add `escalation` to the line (it says where a dialog goes), or remove `escalateAfterMinutes`.'));
  } else if (typeof usual === 'number' && minutes >= usual) {
    out(diag('B24R1059', [...at, 'escalateAfterMinutes'],
      `VIPs of ${name} are passed on after ${minutes} minutes, no sooner than everyone else (${usual}).`,
      `Make \`escalateAfterMinutes\` less than ${usual}, or remove it.`));
  }
}

function checkGeography(geography: Record<string, unknown>, at: Path, name: string, out: Sink): void {
  const regionField = geography.regionField;
  if (regionField !== undefined) checkField(regionField, [...at, 'regionField'], `The region field of ${name}`, out);
  const offices = records(geography.offices);
  if (offices.length === 0) {
    out(diag('B24R1058', at, `The geography of ${name} lists no offices.`, "List the offices, e.g. [{ name: 'Moscow', prefixes: ['7495'], users: [31] }]."));
  }
  for (const { item: o, index: n } of offices) {
    const office = `office ${show(o.name)} of ${name}`;
    if (list(o.users).length === 0) {
      out(diag('B24R1058', [...at, 'offices', n, 'users'], `The ${office} has no people, so its clients go to anyone.`,
        'List the user ids of the office in `users`.'));
    }
    list(o.users).forEach((u, m) => checkUser(u, [...at, 'offices', n, 'users', m], `User ${show(u)} of the ${office}`, out));
    list(o.prefixes).forEach((p, m) => checkPhone(p, [...at, 'offices', n, 'prefixes', m], `Prefix ${show(p)} of the ${office}`, 1, out));
    if (list(o.prefixes).length === 0 && list(o.regions).length === 0) {
      out(diag('B24R1058', [...at, 'offices', n], `The ${office} lists no phone prefixes or regions, so no client belongs to it.`,
        "Give the office `prefixes` (e.g. ['7495']) or `regions`."));
    } else if (list(o.regions).length > 0 && regionField === undefined) {
      out(diag('B24R1058', [...at, 'offices', n, 'regions'], `The ${office} lists regions, but the geography names no region field to read them from.`,
        "Set `regionField` to the contact field holding the region, e.g. 'UF_CRM_REGION'."));
    }
  }
}

/** B24R1065: a phone or prefix with too few or too many digits (spaces, dashes and a plus are allowed). */
function checkPhone(p: unknown, path: Path, what: string, min: number, out: Sink): void {
  const digits = typeof p === 'string' && /^[+0-9 ()-]+$/.test(p) ? p.replace(/[^0-9]/g, '') : '';
  if (digits.length >= min && digits.length <= 15) return;
  out(diag('B24R1065', path, `${what} is not ${min === 1 ? 'a phone prefix' : 'a phone number'}: it needs ${min === 1 ? '1' : '8'}–15 digits.`,
    min === 1 ? 'Write the prefix as digits with the country code, e.g. "7495".' : 'Write the number with the country code, e.g. "+7 495 100-00-01".'));
}

function checkField(v: unknown, path: Path, what: string, out: Sink): void {
  if (typeof v === 'string' && FIELD.test(v)) return;
  out(diag('B24R1063', path, `${what} is ${show(v)}, not a CRM field name.`, "Name the contact field as the portal does, e.g. 'UF_CRM_VIP' or 'TYPE_ID'."));
}

function checkUser(v: unknown, path: Path, what: string, out: Sink): void {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 1) return;
  out(diag('B24R1063', path, `${what} is not a user id.`, 'Give the portal user id, a whole number from 1.'));
}

