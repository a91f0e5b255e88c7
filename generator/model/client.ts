/**
 * Who the client is, for a line's queue (`lines[].vip`, `lines[].geography`): a VIP by phone, contact
 * type or a contact field; the office by the contact's region, else by the longest phone prefix. The
 * portal has neither: the module reads the client's phone and contact and decides here.
 */
import type { LineIR, OfficeIR, RoutingIR, WatchIR } from '../ir/types.ts';
import { offerable } from './hours.ts';
import { companyOfLine, findContact } from './lookup.ts';
import type { CandidateTrace, ReasonCode, World, WorldContact, WorldSession } from './types.ts';

/** A phone as its digits only, as the IR keeps the spec's phones and prefixes. */
function digits(phone: string): string {
  return phone.replace(/[^0-9]/g, '');
}

/** The session's client's contact in the line's company, if any. */
function contactOf(ir: RoutingIR, world: World, session: WorldSession): WorldContact | undefined {
  const company = companyOfLine(ir, session.lineId);
  return company ? findContact(world, session.clientId, company.id) : undefined;
}

/** The values of a contact field as strings (a multiple field gives several). */
function fieldValues(contact: WorldContact | undefined, name: string): string[] {
  const v = contact?.fields?.[name];
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/** Whether the session's client is a VIP of the line: a listed phone, contact type or field value. */
export function isVip(ir: RoutingIR, world: World, session: WorldSession, line: LineIR): boolean {
  const vip = line.vip;
  if (!vip) return false;
  const phone = session.phone === undefined ? '' : digits(session.phone);
  if (phone !== '' && vip.phones.includes(phone)) return true;
  const contact = contactOf(ir, world, session);
  if (contact?.typeId !== undefined && vip.contactTypes.includes(contact.typeId)) return true;
  const field = vip.field;
  return field !== null && fieldValues(contact, field.name).some((v) => field.values.includes(v));
}

/** The client's office: the first listing the contact's region, else the one with the longest prefix of the phone. */
export function officeOf(ir: RoutingIR, world: World, session: WorldSession, line: LineIR): OfficeIR | null {
  const geography = line.geography;
  if (!geography) return null;
  if (geography.regionField !== null) {
    const regions = fieldValues(contactOf(ir, world, session), geography.regionField);
    const byRegion = geography.offices.find((o) => o.regions.some((r) => regions.includes(r)));
    if (byRegion) return byRegion;
  }
  const phone = session.phone === undefined ? '' : digits(session.phone);
  let best: OfficeIR | null = null;
  let length = 0;
  for (const office of geography.offices) {
    for (const prefix of office.prefixes) {
      if (prefix.length > length && phone.startsWith(prefix)) {
        best = office;
        length = prefix.length;
      }
    }
  }
  return best;
}

/**
 * The other dialogs of the line waiting in its queue (open, nobody holds them, not pinned) whose client
 * is a VIP, in the world's order (a session id listed twice counts once, at the first place); a dialog
 * of a client who is not a VIP must not take an operator ahead of them.
 */
export function waitingVips(ir: RoutingIR, world: World, session: WorldSession, line: LineIR): WorldSession[] {
  if (!line.vip) return [];
  const seen = new Set<number>();
  return world.sessions.filter((s) => {
    if (seen.has(s.id)) return false;
    seen.add(s.id);
    return s.id !== session.id && s.lineId === line.id && s.status === 'open' && s.operatorId === 0 && !s.pinned && isVip(ir, world, s, line);
  });
}

/**
 * The first available of the people who take the line's VIP clients (`vip.to`), in their order,
 * counted as the queue counts (availability, free slots, personal hours); `leaving` is never one.
 */
export function vipTarget(
  ir: RoutingIR, world: World, line: LineIR, leaving = 0,
): { userId: number | null; candidates: CandidateTrace[] } {
  const candidates: CandidateTrace[] = [];
  const queue = world.lines.find((l) => l.id === line.id)?.queue ?? [];
  for (const userId of line.vip?.to ?? []) {
    if (candidates.some((c) => c.userId === userId)) continue;
    if (userId === leaving) {
      candidates.push({ userId, as: 'vip-target', verdict: 'excluded', reasons: ['SELF'] });
      continue;
    }
    const entry = queue.find((q) => q.userId === userId) ?? { userId, lastAssignedAt: null };
    const why = offerable(ir, world, line, entry);
    if (why === null) {
      candidates.push({ userId, as: 'vip-target', verdict: 'chosen', reasons: ['VIP_TARGET'] });
      return { userId, candidates };
    }
    candidates.push({ userId, as: 'vip-target', verdict: 'excluded', reasons: [why] });
  }
  return { userId: null, candidates };
}

/** The answer watch of the session's dialog: a VIP's has the VIP escalation minutes. */
export function watchOfSession(ir: RoutingIR, world: World, session: WorldSession, line: LineIR): WatchIR[] {
  return line.vip && isVip(ir, world, session, line) ? line.vip.watch : line.watch;
}

/** The reason naming the client's kind in a trace, if any. */
export function clientReasons(ir: RoutingIR, world: World, session: WorldSession, line: LineIR): ReasonCode[] {
  return isVip(ir, world, session, line) ? ['VIP_CLIENT'] : [];
}
