/**
 * The strategy of a line's queue in plain English, for `b24route explain`: how it hands out dialogs,
 * its limits, its availability setting, its hours (now) and personal hours.
 */
import type { LineIR, RoutingIR } from '../ir/types.ts';
import { lineHours } from './hours.ts';
import { irLine, irUser } from './lookup.ts';
import type { World } from './types.ts';

const MODE: Readonly<Record<LineIR['mode'], string>> = {
  evenly: 'evenly — the available operator idle the longest gets a new dialog, then goes to the end of the turn',
  strictly: 'strictly in list order — the first available operator not yet offered this dialog; after everyone, from the top again',
  all: 'to all — every available operator sees a new dialog until one takes it',
};

const COUNTED: Readonly<Record<LineIR['countUntil'], string>> = {
  answered: 'until the operator answers',
  'answered-new': 'until answered, and again when the client writes',
  closed: 'until it is closed',
};

export function queueLines(ir: RoutingIR, world: World, lineId: number): string[] {
  const line = irLine(ir, lineId);
  if (!line) return [];
  const who = (ids: number[]): string => ids.map((id) => irUser(ir, id)?.name ?? `#${id}`).join(', ');
  const ties = line.mode === 'evenly' ? 'to the one idle the longest' : 'by list order';
  const strategy = line.mode === 'all' ? null : line.strategy;
  const out = [strategy === null
    ? `Queue of “${line.name}”: ${MODE[line.mode]}.`
    : strategy.type === 'weighted'
      ? `Queue of “${line.name}”: weighted round robin — today’s dialogs shared by weight (${strategy.weights.map((w) => `${who([w.userId])} ${w.weight}`).join(', ')}; others 1); ties go ${ties}.`
      : `Queue of “${line.name}”: least loaded — the available operator with the fewest ${strategy.by === 'open-deals' ? 'deals in progress' : 'open dialogs in all lines'} gets a new dialog; ties go ${ties}.`];
  if (line.sticky) out.push('Sticky: a client who wrote before goes to the operator of their last dialog when he is available.');
  out.push(line.maxDialogs > 0
    ? `Limits: at most ${line.maxDialogs} dialog${line.maxDialogs === 1 ? '' : 's'} of this line per operator, each counted ${COUNTED[line.countUntil]}; and 1000 open-line chats in all.`
    : 'Limits: no line limit; 1000 open-line chats per operator in all.');
  out.push(line.checkAvailability
    ? 'Availability: checked — nobody dismissed, on vacation, with the workday not open (or offline without time tracking).'
    : 'Availability: not checked by the line — only dismissed operators are skipped.');
  if (line.schedule !== null) {
    const now = { working: 'working hours', break: 'a break', off: 'off hours' }[lineHours(ir, world, line)];
    const to = line.offHours?.to;
    const off = line.offHours === null
      ? 'off hours change nothing (the portal’s way)'
      : `off hours: ${line.offHours.reply ? 'the client gets a reply and ' : ''}the dialog ${to === 'queue' ? 'waits in the queue' : to === 'duty' ? `goes to the duty staff (${who(line.duty)})` : `goes to the queue of line ${to!.line}`}`;
    const breaks = line.duty.length > 0 ? `; breaks: the duty staff (${who(line.duty)})` : '';
    out.push(`Hours: schedule “${line.schedule}”, now ${now}; ${off}${breaks}.`);
  }
  if (line.personalHours) out.push('Personal hours: operators get dialogs only within their own working hours.');
  if (line.skills) {
    const need = line.skills.require.map((r) => `${r.skill} ≥ ${r.level}`).join(', ');
    const relax = line.skills.relaxAfterMinutes;
    out.push(`Skills: ${need}${relax === null ? '' : `; anyone may take a dialog ${relax} min after it came`}.`);
  }
  if (line.vip) {
    const vip = line.vip;
    const by = [
      ...(vip.phones.length > 0 ? [`${vip.phones.length} listed phone${vip.phones.length === 1 ? '' : 's'}`] : []),
      ...(vip.contactTypes.length > 0 ? [`contact type ${vip.contactTypes.join(' or ')}`] : []),
      ...(vip.field ? [`${vip.field.name} = ${vip.field.values.join(' or ')}`] : []),
    ].join(', ');
    const escalation = vip.watch.find((p) => p.kind === 'escalate');
    const usual = line.watch.find((p) => p.kind === 'escalate');
    out.push(`VIP: ${by}; ${vip.to.length > 0 ? `first the first available of ${who(vip.to)}, then as usual; ` : ''}`
      + 'never behind a client who is not a VIP in this queue'
      + `${escalation && usual && escalation.minutes !== usual.minutes ? `; passed on after ${escalation.minutes} min` : ''}.`);
  }
  if (line.geography) {
    const offices = line.geography.offices.map((o) => `${o.name} (${who(o.users)})`).join('; ');
    const region = line.geography.regionField;
    out.push(`Offices: ${offices} — the client’s office first, found by ${region ? `${region}, else ` : ''}the phone’s code; nobody there available, the rest of the queue.`);
  }
  if (line.watch.length > 0) {
    const said = line.watch.map((p) => {
      if (p.kind === 'kpi') {
        const to = p.notify.map((n) => (n === 'supervisor' ? 'the supervisor' : n === 'head-of-sales' ? 'the head of sales' : who([n]))).join(', ');
        return `after ${p.minutes} min ${to} ${p.notify.length === 1 ? 'is' : 'are'} told`;
      }
      const where = p.to === 'next' ? 'the next operator' : p.to === 'supervisor' ? 'the supervisor' : `the queue of line ${p.to.line}`;
      return `after ${p.minutes} min it goes to ${where}`;
    });
    out.push(`Answer watch, while the operator has not taken a new dialog: ${said.join('; ')}.`);
  }
  return out;
}
