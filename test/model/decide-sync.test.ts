/**
 * `sync.batch`: contacts follow their deals' responsible, in batches. Tables for one batch, and
 * properties over whole runs: every contact ends with its latest deal's responsible whatever the batch
 * size, a second run changes nothing, and a run resumed after a lost batch ends the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoutingIR } from '../../generator/ir/types.ts';
import { decide } from '../../generator/model/decide.ts';
import type { DecideResult, World, WorldContact, WorldDeal } from '../../generator/model/types.ts';
import { contact, deal, irWith, world } from '../fixtures/ir.ts';

const ir = (batchSize = 3, notify: number[] = [10]): RoutingIR =>
  irWith({ responsibleSync: { iterator: { batchSize, notify, text: '{deals} deals, {changed} changed' } } });

const crm = (deals: WorldDeal[], contacts: WorldContact[], cursor = 0, totals = { deals: 0, changed: 0 }): World =>
  world({ deals, contacts, sync: { cursor, ...totals } });

const table: { name: string; ir?: RoutingIR; w: World; want: DecideResult }[] = [
  {
    name: 'a full batch: contacts get their deal’s responsible; the cursor moves to the last deal',
    w: crm([deal(1, { contactIds: [7], responsibleId: 11 }), deal(2, { contactIds: [8, 9], responsibleId: 12 }), deal(3, { contactIds: [9], responsibleId: 13 }), deal(4)],
      [contact(7, { responsibleId: 11 }), contact(8, { responsibleId: 10 }), contact(9, { responsibleId: 10 })]),
    want: {
      decision: { kind: 'sync', deals: 3, changed: 2, done: false },
      effects: [
        { type: 'contact.setResponsible', contactId: 8, userId: 12 },
        { type: 'contact.setResponsible', contactId: 9, userId: 13 },
        { type: 'sync.progress', cursor: 3, deals: 3, changed: 2, done: false },
      ],
      trace: { decidedBy: 'responsibleSync.iterator', reasons: ['ALREADY_ALIGNED', 'CONTACT_ALIGNED'], candidates: [], rules: [] },
    },
  },
  {
    name: 'the last, short batch: totals and the summary; a deleted contact is skipped',
    w: crm([deal(5, { contactIds: [7, 99], responsibleId: 12 }), deal(2, { contactIds: [7] })], [contact(7, { responsibleId: 11 })], 4, { deals: 3, changed: 2 }),
    want: {
      decision: { kind: 'sync', deals: 1, changed: 1, done: true },
      effects: [
        { type: 'contact.setResponsible', contactId: 7, userId: 12 },
        { type: 'sync.progress', cursor: 5, deals: 4, changed: 3, done: true },
        { type: 'notify', userId: 10, text: '4 deals, 3 changed' },
      ],
      trace: { decidedBy: 'responsibleSync.iterator', reasons: ['CONTACT_ALIGNED', 'CONTACT_UNKNOWN', 'SYNC_DONE'], candidates: [], rules: [] },
    },
  },
  {
    name: 'no deals left: done at once',
    w: crm([], [], 9, { deals: 9, changed: 0 }),
    want: {
      decision: { kind: 'sync', deals: 0, changed: 0, done: true },
      effects: [{ type: 'sync.progress', cursor: 9, deals: 9, changed: 0, done: true }, { type: 'notify', userId: 10, text: '9 deals, 0 changed' }],
      trace: { decidedBy: 'responsibleSync.iterator', reasons: ['SYNC_DONE'], candidates: [], rules: [] },
    },
  },
  {
    name: 'a contact with a later deal waits for that deal’s batch',
    w: crm([deal(1, { contactIds: [7, 8], responsibleId: 12 })], [contact(7, { responsibleId: 11, dealIds: [1, 6] }), contact(8, { responsibleId: 11, dealIds: [1] })]),
    want: {
      decision: { kind: 'sync', deals: 1, changed: 1, done: true },
      effects: [
        { type: 'contact.setResponsible', contactId: 8, userId: 12 },
        { type: 'sync.progress', cursor: 1, deals: 1, changed: 1, done: true },
        { type: 'notify', userId: 10, text: '1 deals, 1 changed' },
      ],
      trace: { decidedBy: 'responsibleSync.iterator', reasons: ['LATER_DEAL', 'CONTACT_ALIGNED', 'SYNC_DONE'], candidates: [], rules: [] },
    },
  },
  {
    name: 'a deal without contactIds stands for its one contact',
    w: crm([deal(1, { contactId: 7, responsibleId: 12 })], [contact(7, { responsibleId: 11 })]),
    want: {
      decision: { kind: 'sync', deals: 1, changed: 1, done: true },
      effects: [
        { type: 'contact.setResponsible', contactId: 7, userId: 12 },
        { type: 'sync.progress', cursor: 1, deals: 1, changed: 1, done: true },
        { type: 'notify', userId: 10, text: '1 deals, 1 changed' },
      ],
      trace: { decidedBy: 'responsibleSync.iterator', reasons: ['CONTACT_ALIGNED', 'SYNC_DONE'], candidates: [], rules: [] },
    },
  },
];

describe('decide sync.batch', () => {
  it.each(table)('$name', ({ ir: given, w, want }) => {
    expect(decide(given ?? ir(), w, { type: 'sync.batch' })).toEqual(want);
  });
  it('without responsibleSync in the spec it is ignored', () => {
    expect(decide(irWith({}), world(), { type: 'sync.batch' }).decision).toEqual({ kind: 'ignore', reason: 'NO_SYNC' });
  });
});

/** Runs the sync over a whole portal, applying effects as the gateway does; `lose` drops that batch's effects once. */
function runAll(spec: RoutingIR, deals: WorldDeal[], contacts: WorldContact[], lose = -1): { contacts: Map<number, number>; runs: number; changed: number } {
  const responsible = new Map(contacts.map((c) => [c.id, c.responsibleId]));
  let sync = { cursor: 0, deals: 0, changed: 0 };
  let runs = 0;
  for (let guard = 0; guard < 1000; guard++) {
    const page = deals.filter((d) => d.id > sync.cursor).sort((a, b) => a.id - b.id).slice(0, spec.responsibleSync!.batchSize);
    const dealIdsOf = (id: number): number[] => deals.filter((d) => d.contactIds!.includes(id)).map((d) => d.id);
    const w = world({ deals: page, contacts: [...responsible].map(([id, r]) => contact(id, { responsibleId: r, dealIds: dealIdsOf(id) })), sync });
    const r = decide(spec, w, { type: 'sync.batch' });
    runs++;
    if (runs - 1 === lose) continue; // the agent failed before applying anything: the cursor stays
    for (const e of r.effects) {
      if (e.type === 'contact.setResponsible') responsible.set(e.contactId, e.userId);
      if (e.type === 'sync.progress') sync = { cursor: e.cursor, deals: e.deals, changed: e.changed };
    }
    if (r.decision.kind === 'sync' && r.decision.done) return { contacts: responsible, runs, changed: sync.changed };
  }
  throw new Error('the sync never finished');
}

const portalArb = fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 40 }).chain((ids) => fc.tuple(
  fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), contactIds: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }), responsibleId: fc.integer({ min: 10, max: 14 }) }))),
  fc.tuple(...Array.from({ length: 12 }, (_, i) => fc.integer({ min: 10, max: 14 }).map((r) => contact(i + 1, { responsibleId: r })))),
  fc.integer({ min: 1, max: 7 }),
  fc.integer({ min: -1, max: 8 }),
));

describe('sync properties', () => {
  it('every contact ends with its latest deal’s responsible, for any batch size, even after a lost batch; a second run changes nothing', () => {
    fc.assert(fc.property(portalArb, ([rows, contacts, batchSize, lose]) => {
      const deals = rows.map((r) => deal(r.id, { contactId: r.contactIds[0]!, contactIds: r.contactIds, responsibleId: r.responsibleId }));
      const spec = ir(batchSize, []);
      const first = runAll(spec, deals, contacts, lose);
      for (const c of contacts) {
        const latest = [...deals].sort((a, b) => b.id - a.id).find((d) => d.contactIds!.includes(c.id));
        expect(first.contacts.get(c.id)).toBe(latest ? latest.responsibleId : c.responsibleId);
      }
      expect(first.runs).toBe(Math.floor(deals.length / batchSize) + 1 + (lose >= 0 && lose <= Math.floor(deals.length / batchSize) ? 1 : 0));
      const again = runAll(spec, deals, [...first.contacts].map(([id, r]) => contact(id, { responsibleId: r })));
      expect(again.changed).toBe(0);
      expect(first.changed).toBeLessThanOrEqual(contacts.length);
    }), { numRuns: 300 });
  });
});

describe('decide deal.responsibleChanged', () => {
  const spec = irWith({ responsibleSync: { onDealChange: { notify: ['deal-responsible', 'previous-responsible', 12], text: '#{contact} → {responsible} (deal {deal})' } } });
  const event = { type: 'deal.responsibleChanged' as const, dealId: 5 };
  it('contacts whose latest deal it is follow; each listed person is told once per contact', () => {
    const w = world({
      deals: [deal(5, { contactIds: [9, 7, 8, 6], responsibleId: 12 })],
      contacts: [contact(7, { responsibleId: 11 }), contact(8, { responsibleId: 12 }), contact(9, { responsibleId: 13, dealIds: [5, 6] })],
    });
    expect(decide(spec, w, event)).toEqual({
      decision: { kind: 'follow', dealId: 5, changed: 1 },
      effects: [
        { type: 'contact.setResponsible', contactId: 7, userId: 12 },
        { type: 'notify', userId: 12, text: '#7 → Maria Volkova (deal 5)' },
        { type: 'notify', userId: 11, text: '#7 → Maria Volkova (deal 5)' },
      ],
      trace: { decidedBy: 'responsibleSync.onDealChange', reasons: ['CONTACT_UNKNOWN', 'CONTACT_ALIGNED', 'ALREADY_ALIGNED', 'LATER_DEAL'], candidates: [], rules: [] },
    });
  });
  it('an unknown deal, or no sync in the spec, is ignored', () => {
    expect(decide(spec, world(), event).decision).toEqual({ kind: 'ignore', reason: 'DEAL_UNKNOWN' });
    expect(decide(irWith({}), world(), event).decision).toEqual({ kind: 'ignore', reason: 'NO_SYNC' });
  });
});
