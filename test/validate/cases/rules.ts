import { withChange } from '../../fixtures/valid-spec.ts';
import type { Row } from '../table.ts';

const check = ['availabilityCheck'];
const rule = (i: number, ...rest: (string | number)[]) => ['availabilityCheck', 'rules', i, ...rest];
/** The fixture with one more rule, added last (as rule 6, index 5). */
const plusRule = (when: unknown) => withChange((s) => { s.availabilityCheck.rules.push({ name: 'Added', when, then: { action: 'queue' } }); });

export const rows: Row[] = [
  // B24R1033, B24R1031
  { name: 'an availability check without rules', given: withChange((s) => { s.availabilityCheck.rules = []; }), want: [{ code: 'B24R1033', path: [...check, 'rules'] }] },
  { name: 'an availability check with the rules left out', given: withChange((s) => { delete s.availabilityCheck.rules; }), want: [{ code: 'B24R1033', path: [...check, 'rules'] }] },
  { name: 'no availability check at all', given: withChange((s) => { delete s.availabilityCheck; }), want: [] },
  { name: 'no fallback', given: withChange((s) => { delete s.availabilityCheck.fallback; }), want: [{ code: 'B24R1031', path: check }] },

  // B24R1064: numbers in range
  { name: 'a delay of 0 minutes', given: withChange((s) => { s.availabilityCheck.delayMinutes = 0; }), want: [{ code: 'B24R1064', path: [...check, 'delayMinutes'], says: '0' }] },
  { name: 'an iterator batch of 0 deals', given: withChange((s) => { s.responsibleSync = { iterator: { batchSize: 0 } }; }), want: [{ code: 'B24R1064', path: ['responsibleSync', 'iterator', 'batchSize'], says: 'from 1 to 500' }] },
  { name: 'an iterator pause over a day', given: withChange((s) => { s.responsibleSync = { iterator: { everyMinutes: 2000 } }; }), want: [{ code: 'B24R1064', path: ['responsibleSync', 'iterator', 'everyMinutes'] }] },
  { name: 'a fractional delay', given: withChange((s) => { s.availabilityCheck.delayMinutes = 2.5; }), want: [{ code: 'B24R1064', path: [...check, 'delayMinutes'] }] },
  { name: 'a delay over a day', given: withChange((s) => { s.availabilityCheck.delayMinutes = 1441; }), want: [{ code: 'B24R1064', path: [...check, 'delayMinutes'] }] },
  { name: 'a delay of a whole day', given: withChange((s) => { s.availabilityCheck.delayMinutes = 1440; }), want: [] },
  { name: 'a negative dialog count', given: withChange((s) => { s.availabilityCheck.rules[2].when.openDialogs.atLeast = -1; }), want: [{ code: 'B24R1064', path: rule(2, 'when', 'openDialogs', 'atLeast') }] },
  { name: 'a fractional dialog count', given: withChange((s) => { s.availabilityCheck.rules[2].when.openDialogs.atMost = 12.5; }), want: [{ code: 'B24R1064', path: rule(2, 'when', 'openDialogs', 'atMost') }] },

  // B24R1032: conditions that can never hold
  { name: 'an empty list of workday states', given: withChange((s) => { s.availabilityCheck.rules[4].when.any[0].workday = []; }), want: [{ code: 'B24R1032', path: rule(4, 'when', 'any', 0, 'workday') }] },
  { name: 'an empty list of departments', given: withChange((s) => { s.availabilityCheck.rules[3].when.department = []; }), want: [{ code: 'B24R1032', path: rule(3, 'when', 'department') }] },
  { name: 'an empty list of roles', given: withChange((s) => { s.availabilityCheck.rules[1].when.role = []; }), want: [{ code: 'B24R1032', path: rule(1, 'when', 'role') }] },
  { name: 'an empty any', given: withChange((s) => { s.availabilityCheck.rules[4].when.any = []; }), want: [{ code: 'B24R1032', path: rule(4, 'when', 'any') }] },
  { name: 'an empty all (always holds)', given: withChange((s) => { s.availabilityCheck.rules[2].when.all = []; }), want: [] },
  { name: 'at least 5 and at most 2 open dialogs', given: withChange((s) => { s.availabilityCheck.rules[2].when.openDialogs = { atLeast: 5, atMost: 2 }; }),
    want: [{ code: 'B24R1032', path: rule(2, 'when', 'openDialogs'), says: 'atLeast: 5, atMost: 2' }] },
  { name: 'the negation of a condition that always holds', given: withChange((s) => { s.availabilityCheck.rules[0].when.not = {}; }), want: [{ code: 'B24R1032', path: rule(0, 'when', 'not') }] },
  { name: 'parts that contradict each other', given: withChange((s) => { s.availabilityCheck.rules[1].when.all = [{ schedule: 'inside' }]; }),
    want: [{ code: 'B24R1032', path: rule(1, 'when'), says: 'rule 2 "Senior manager off hours → keep"' }] },
  { name: 'a condition and its negation', given: plusRule({ online: true, not: { online: true } }), want: [{ code: 'B24R1032', path: rule(5, 'when') }] },

  // B24R1030: a rule implied by an earlier one never decides
  { name: 'a narrower vacation rule after the vacation rule', given: plusRule({ vacation: true, online: false }),
    want: [{ code: 'B24R1030', path: rule(5, 'when'), says: 'rule 1 "On vacation → supervisor" comes first' }] },
  { name: 'a rule after one that always holds', given: withChange((s) => {
    s.availabilityCheck.rules.splice(2, 0, { name: 'Always', when: {}, then: { action: 'keep' } });
  }), want: [3, 4, 5].map((i) => ({ code: 'B24R1030' as const, path: rule(i, 'when'), says: 'rule 3 "Always"' })) },
  { name: 'a rule repeated', given: withChange((s) => { s.availabilityCheck.rules.push(structuredClone(s.availabilityCheck.rules[1])); }),
    want: [{ code: 'B24R1030', path: rule(5, 'when'), says: 'rule 2' }] },
  { name: 'a dialog range inside an earlier range', given: plusRule({ openDialogs: { atLeast: 15, atMost: 20 } }), want: [{ code: 'B24R1030', path: rule(5, 'when'), says: 'rule 3' }] },
  { name: 'a dialog range reaching below an earlier range', given: plusRule({ openDialogs: { atLeast: 5 } }), want: [] },
  { name: 'a time window inside an earlier one', given: plusRule({ department: 3, time: { days: ['mon'], from: '19:00', to: '23:00' } }),
    want: [{ code: 'B24R1030', path: rule(5, 'when'), says: 'rule 4' }] },
  { name: 'a time window inside an earlier one, the spec zone written out', given: plusRule({ department: 3, time: { days: ['mon'], from: '19:00', to: '23:00', timeZone: 'Europe/Moscow' } }),
    want: [{ code: 'B24R1030', path: rule(5, 'when') }] },
  { name: 'a time window in another zone', given: plusRule({ department: 3, time: { days: ['mon'], from: '19:00', to: '23:00', timeZone: 'Asia/Yekaterinburg' } }), want: [] },
  { name: 'a time window reaching past an earlier one', given: plusRule({ department: 3, time: { days: ['mon'], from: '17:00', to: '23:00' } }), want: [] },
  { name: 'one alternative of an earlier any', given: plusRule({ workday: 'not-started', online: true }), want: [{ code: 'B24R1030', path: rule(5, 'when'), says: 'rule 5' }] },
  { name: 'an earlier condition inside all', given: plusRule({ all: [{ vacation: true }], role: 'senior-manager' }), want: [{ code: 'B24R1030', path: rule(5, 'when'), says: 'rule 1' }] },
  { name: 'fewer departments than an earlier rule, with its time', given: withChange((s) => {
    s.availabilityCheck.rules[3].when.department = [1, 3];
    s.availabilityCheck.rules.push({ name: 'Added', when: { department: [3], time: { days: 'weekdays', from: '18:00', to: '24:00' } }, then: { action: 'queue' } });
  }), want: [{ code: 'B24R1030', path: rule(5, 'when') }] },
  { name: 'a rule an earlier one does not cover', given: plusRule({ role: 'senior-manager', online: true }), want: [] },
  { name: 'a broader rule after a narrower one', given: plusRule({ workday: ['not-started', 'opened'] }), want: [] },
  { name: 'a negated condition narrower than an earlier negation', given: withChange((s) => {
    s.availabilityCheck.rules.push(
      { name: 'Not online', when: { not: { online: true } }, then: { action: 'queue' } },
      { name: 'Not online and not on vacation', when: { not: { any: [{ online: true }, { vacation: true }] } }, then: { action: 'queue' } },
    );
  }), want: [{ code: 'B24R1030', path: rule(6, 'when'), says: 'rule 6 "Not online" comes first' }] },
  { name: 'a negation is not taken as the opposite value', given: withChange((s) => {
    s.availabilityCheck.rules.push(
      { name: 'Offline', when: { online: false }, then: { action: 'queue' } },
      { name: 'Not online', when: { not: { online: true } }, then: { action: 'queue' } },
    );
  }), want: [] },
];
