import { describe, expect, it } from 'vitest';
import { decide } from '../../generator/model/decide.ts';
import { explainLines, REASON_TEXT } from '../../generator/model/explain.ts';
import type { RoutingEvent, World } from '../../generator/model/types.ts';
import { baseIr, contact, deal, session, user, VACATION, world, worldWithUsers } from '../fixtures/ir.ts';

const held = (operator: number, w: World, lineId = 1): World => ({ ...w, sessions: [session(1, { operatorId: operator, lineId })] });

const table: { name: string; w: World; event: RoutingEvent; want: string[] }[] = [
  {
    name: 'route: first contact, a queue candidate on vacation',
    w: worldWithUsers(user(11, { absences: [VACATION] })),
    event: { type: 'dialog.started', sessionId: 1 },
    want: [
      'Dialog #1 started on “Alfa WhatsApp” (line 1) of Alfa Trade, client “client-1”.',
      'Queue of “Alfa WhatsApp”: evenly — the available operator idle the longest gets a new dialog, then goes to the end of the turn.',
      'Limits: no line limit; 1000 open-line chats per operator in all.',
      'Availability: checked — nobody dismissed, on vacation, with the workday not open (or offline without time tracking).',
      'First contact: the client writes to this company for the first time; a contact is created.',
      'Deal: a new deal is opened in the company pipeline (category 1).',
      'Candidate Pavel Orlov (#11): excluded — on vacation.',
      'Candidate Ivan Petrov (#13): chosen — idle the longest in the queue.',
      'Owner: Ivan Petrov (#13) — idle the longest in the queue.',
      'Effect: create a contact for client “client-1” (responsible Ivan Petrov (#13)).',
      'Effect: create the deal “Alfa Trade: Alfa WhatsApp — client-1” in category 1 for the new contact (responsible Ivan Petrov (#13)).',
      'Effect: bind dialog #1 to the new deal.',
      'Effect: assign dialog #1 to Ivan Petrov (#13).',
      'Effect: move Ivan Petrov (#13) to the end of the evenly queue of “Alfa WhatsApp” (line 1).',
      'Effect: check the availability of Ivan Petrov (#13) at 2026-03-02T10:18:00+03:00.',
    ],
  },
  {
    name: 'route: repeat contact, reused deal',
    w: world({ contacts: [contact(7, { responsibleId: 13 })], deals: [deal(9)] }),
    event: { type: 'dialog.started', sessionId: 1 },
    want: [
      'Dialog #1 started on “Alfa WhatsApp” (line 1) of Alfa Trade, client “client-1”.',
      'Queue of “Alfa WhatsApp”: evenly — the available operator idle the longest gets a new dialog, then goes to the end of the turn.',
      'Limits: no line limit; 1000 open-line chats per operator in all.',
      'Availability: checked — nobody dismissed, on vacation, with the workday not open (or offline without time tracking).',
      'Repeat contact: the client already has a contact in this company (contact #7).',
      'Deal #9: the client’s open deal in the company pipeline is reused.',
      'Candidate Ivan Petrov (#13): chosen — responsible for the client’s contact.',
      'Owner: Ivan Petrov (#13) — responsible for the client’s contact.',
      'Effect: make Ivan Petrov (#13) responsible for deal #9.',
      'Effect: bind dialog #1 to deal #9.',
      'Effect: assign dialog #1 to Ivan Petrov (#13).',
      'Effect: check the availability of Ivan Petrov (#13) at 2026-03-02T10:18:00+03:00.',
    ],
  },
  {
    name: 'check: the vacation rule, the first head dismissed',
    w: held(11, worldWithUsers(user(11, { departments: [2], absences: [VACATION] }), user(10, { active: false }))),
    event: { type: 'check.due', sessionId: 1, operatorId: 11 },
    want: [
      'Availability check of Pavel Orlov (#11) in dialog #1 on “Alfa WhatsApp” (line 1) of Alfa Trade.',
      'Rule 1 “On vacation → supervisor” holds: Pavel Orlov (#11) is on vacation.',
      'Candidate Anna Sokolova (#10): excluded — head of a department above the operator; dismissed (the account is inactive).',
      'Candidate user #30: chosen — head of a department above the operator.',
      'Decision: the dialog goes to user #30.',
      'Effect: assign dialog #1 to user #30.',
      'Effect: post a hidden comment in chat #101: “Pavel Orlov is on vacation.”',
    ],
  },
  {
    name: 'check: a rule of three atoms holds',
    w: held(12, worldWithUsers(user(12, { departments: [2], workday: { state: 'OPENED', openedAt: '2026-03-01T09:00:00+03:00' } }))),
    event: { type: 'check.due', sessionId: 1, operatorId: 12 },
    want: [
      'Availability check of Maria Volkova (#12) in dialog #1 on “Alfa WhatsApp” (line 1) of Alfa Trade.',
      'Rule 1 “On vacation → supervisor” does not hold: Maria Volkova (#12) is not on vacation.',
      'Rule 2 “Senior manager off hours → stays” does not hold: now is inside the schedule “senior-hours” of Maria Volkova (#12).',
      'Rule 3 “Senior manager, day not started → supervisor” holds: the workday of Maria Volkova (#12) today is not started; '
        + 'Maria Volkova (#12) is a “Senior manager”; now (Mon 10:15 Europe/Moscow) is inside Mon–Fri 10:00–19:00.',
      'Candidate Anna Sokolova (#10): chosen — the supervisor named in the spec.',
      'Decision: the dialog goes to Anna Sokolova (#10).',
      'Effect: assign dialog #1 to Anna Sokolova (#10).',
      'Effect: post a hidden comment in chat #101: “Maria Volkova has not started the workday.”',
    ],
  },
  {
    name: 'check: fallback keep, blocked',
    w: held(11, worldWithUsers(user(11, { departments: [2], active: false }))),
    event: { type: 'check.due', sessionId: 1, operatorId: 11 },
    want: [
      'Availability check of Pavel Orlov (#11) in dialog #1 on “Alfa WhatsApp” (line 1) of Alfa Trade.',
      'Rule 1 “On vacation → supervisor” does not hold: Pavel Orlov (#11) is not on vacation.',
      'Rule 2 “Senior manager off hours → stays” does not hold: Pavel Orlov (#11) is not a “Senior manager”.',
      'Rule 3 “Senior manager, day not started → supervisor” does not hold: the workday of Pavel Orlov (#11) today is open.',
      'Rule 4 “Beta support off hours → queue” does not hold: Pavel Orlov (#11) is not in “Beta support” (department 3).',
      'Rule 5 “Workday not started → supervisor” does not hold: the workday of Pavel Orlov (#11) today is open.',
      'No rule holds; the fallback applies (keep).',
      'Candidate Pavel Orlov (#11): excluded — dismissed (the account is inactive).',
      'Decision: the dialog goes to the queue of “Alfa WhatsApp” (line 1) — the operator cannot keep the dialog (unknown, dismissed or on vacation), so it returns to the queue.',
      'Effect: return dialog #1 to the queue of “Alfa WhatsApp” (line 1).',
    ],
  },
  {
    name: 'job',
    w: world({ sessions: [session(2, { participants: [10] }), session(1, { operatorId: 11 }), session(3, { lineId: 3 })] }),
    event: { type: 'job.due', jobId: 'night-watch' },
    want: [
      'Job “night-watch” runs (23:00 Europe/Moscow, daily).',
      'Alfa Trade: Anna Sokolova (#10) joins dialog #1; already in the chat of #2.',
      'Beta Service: Dmitry Lebedev (#20) joins dialog #3.',
      'Decision: 2 additions to chats.',
      'Effect: keep Anna Sokolova (#10) in dialog #1 until it closes.',
      'Effect: add Anna Sokolova (#10) to chat #101.',
      'Effect: keep Anna Sokolova (#10) in dialog #2 until it closes.',
      'Effect: keep Dmitry Lebedev (#20) in dialog #3 until it closes.',
      'Effect: add Dmitry Lebedev (#20) to chat #103.',
    ],
  },
  {
    name: 'ignored',
    w: held(13, world()),
    event: { type: 'check.due', sessionId: 1, operatorId: 11 },
    want: [
      'Availability check of Pavel Orlov (#11) in dialog #1 on “Alfa WhatsApp” (line 1) of Alfa Trade.',
      'Ignored: the dialog has moved to someone else since the check was scheduled.',
    ],
  },
];

describe('explainLines', () => {
  it.each(table)('$name', ({ w, event, want }) => {
    const ir = baseIr();
    expect(explainLines(ir, w, event, decide(ir, w, event))).toEqual(want);
  });

  it('has a sentence for every reason code', () => {
    const missing = Object.entries(REASON_TEXT).filter(([, text]) => text.trim().length === 0).map(([code]) => code);
    expect({ count: Object.keys(REASON_TEXT).length, missing }).toEqual({ count: 72, missing: [] });
  });
});
