/**
 * `sync.batch`: one run of the responsible sync. A contact follows its latest deal (the highest id):
 * the next deals after the cursor, by ascending id, give their contacts their responsible, unless a
 * contact has a later deal, which a later batch handles. So each contact is written at most once and
 * running the sync again writes nothing. A short batch is the last: the summary goes out.
 */
import type { RoutingIR } from '../ir/types.ts';
import { fillTemplate, userLabel } from './lookup.ts';
import { ignore } from './route.ts';
import type { DecideResult, Effect, ReasonCode, World, WorldContact } from './types.ts';

/**
 * What a contact does when deals up to `lastDealId` give it `userId`: it is gone, waits for a later
 * deal of its own, already has that responsible, or takes it.
 */
export function followVerdict(contact: WorldContact | undefined, lastDealId: number, userId: number): ReasonCode {
  if (!contact) return 'CONTACT_UNKNOWN';
  if ((contact.dealIds ?? []).some((id) => id > lastDealId)) return 'LATER_DEAL';
  return contact.responsibleId === userId ? 'ALREADY_ALIGNED' : 'CONTACT_ALIGNED';
}

export function syncBatch(ir: RoutingIR, world: World): DecideResult {
  const sync = ir.responsibleSync;
  if (sync === null) return ignore('NO_SYNC', 'responsibleSync');
  const state = world.sync ?? { cursor: 0, deals: 0, changed: 0 };
  const deals = world.deals.filter((d) => d.id > state.cursor).sort((a, b) => a.id - b.id).slice(0, sync.batchSize);
  const target = new Map<number, number>();
  for (const deal of deals) {
    for (const contactId of deal.contactIds ?? [deal.contactId]) target.set(contactId, deal.responsibleId);
  }
  const last = deals.length > 0 ? deals[deals.length - 1]!.id : state.cursor;
  const effects: Effect[] = [];
  const reasons: ReasonCode[] = [];
  const note = (r: ReasonCode): void => {
    if (!reasons.includes(r)) reasons.push(r);
  };
  for (const [contactId, userId] of [...target].sort((a, b) => a[0] - b[0])) {
    const verdict = followVerdict(world.contacts.find((c) => c.id === contactId), last, userId);
    note(verdict);
    if (verdict === 'CONTACT_ALIGNED') effects.push({ type: 'contact.setResponsible', contactId, userId });
  }
  const done = deals.length < sync.batchSize;
  const totals = { deals: state.deals + deals.length, changed: state.changed + effects.length };
  effects.push({ type: 'sync.progress', cursor: last, ...totals, done });
  if (done) {
    note('SYNC_DONE');
    const text = fillTemplate(sync.text, { deals: String(totals.deals), changed: String(totals.changed) });
    for (const userId of sync.notify) effects.push({ type: 'notify', userId, text });
  }
  return {
    decision: { kind: 'sync', deals: deals.length, changed: effects.filter((e) => e.type === 'contact.setResponsible').length, done },
    effects,
    trace: { decidedBy: 'responsibleSync.iterator', reasons, candidates: [], rules: [] },
  };
}

/**
 * `deal.responsibleChanged`: the deal's contacts whose latest deal it is take its responsible; the
 * people the spec lists are told, once each per contact (`previous-responsible` is the contact's former one).
 */
export function dealResponsibleChanged(ir: RoutingIR, world: World, dealId: number): DecideResult {
  const sync = ir.responsibleSync;
  if (sync === null) return ignore('NO_SYNC', 'responsibleSync');
  const deal = world.deals.find((d) => d.id === dealId);
  if (!deal) return ignore('DEAL_UNKNOWN', 'world');
  const effects: Effect[] = [];
  const reasons: ReasonCode[] = [];
  const note = (r: ReasonCode): void => {
    if (!reasons.includes(r)) reasons.push(r);
  };
  let changed = 0;
  for (const contactId of [...new Set(deal.contactIds ?? [deal.contactId])].sort((a, b) => a - b)) {
    const contact = world.contacts.find((c) => c.id === contactId);
    const verdict = followVerdict(contact, deal.id, deal.responsibleId);
    note(verdict);
    if (contact && verdict === 'CONTACT_ALIGNED') {
      changed++;
      effects.push({ type: 'contact.setResponsible', contactId, userId: deal.responsibleId });
      const text = fillTemplate(sync.onDealChange.text, {
        contact: String(contactId), deal: String(deal.id), responsible: userLabel(ir, deal.responsibleId),
      });
      const told = new Set<number>();
      for (const to of sync.onDealChange.notify) {
        const userId = to === 'deal-responsible' ? deal.responsibleId : to === 'previous-responsible' ? contact.responsibleId : to;
        if (userId > 0 && !told.has(userId)) {
          told.add(userId);
          effects.push({ type: 'notify', userId, text });
        }
      }
    }
  }
  return {
    decision: { kind: 'follow', dealId: deal.id, changed },
    effects,
    trace: { decidedBy: 'responsibleSync.onDealChange', reasons, candidates: [], rules: [] },
  };
}
