/**
 * `b24route explain` on the scenario 003 and 004 examples: the strategy of each line's queue, then the
 * reasons per candidate, the owner and the effects.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';

const root = fileURLToPath(new URL('../../examples/', import.meta.url));

async function explain(example: string, event: string, at?: string): Promise<string[]> {
  const dir = path.join(root, example);
  const r = await cli(['explain', path.join(dir, 'routing.ts'), '--world', path.join(dir, 'world.json'), '--event', event,
    ...(at ? ['--at', at] : []), '--no-typecheck'], dir);
  expect(r.code).toBe(0);
  return r.stdout.trim().split('\n');
}

describe('explain on scenario 003 (contact center)', () => {
  it('evenly with a limit of 5: the busy operator and the one on vacation are skipped, with their reasons', async () => {
    const lines = await explain('003-contact-center', 'dialog.started:501');
    expect(lines.slice(1, 6)).toEqual([
      'Queue of “Website chat”: evenly — the available operator idle the longest gets a new dialog, then goes to the end of the turn.',
      'Sticky: a client who wrote before goes to the operator of their last dialog when he is available.',
      'Limits: at most 5 dialogs of this line per operator, each counted until the operator answers; and 1000 open-line chats in all.',
      'Availability: checked — nobody dismissed, on vacation, with the workday not open (or offline without time tracking).',
      'Hours: schedule “center-hours”, now working hours; off hours: the client gets a reply and the dialog waits in the queue.',
    ]);
    expect(lines.filter((l) => l.startsWith('Candidate') || l.startsWith('Owner'))).toEqual([
      'Candidate Oleg Ivanov (#31): excluded — holds as many of the line’s dialogs as its limit allows.',
      'Candidate Nina Pavlova (#32): excluded — on vacation.',
      'Candidate Artem Kozlov (#33): chosen — idle the longest in the queue.',
      'Owner: Artem Kozlov (#33) — idle the longest in the queue.',
    ]);
  });
  it('Telegram, least loaded: the one holding the fewest open dialogs, ties in list order', async () => {
    const lines = await explain('003-contact-center', 'dialog.started:503');
    expect(lines[1]).toBe('Queue of “Telegram”: least loaded — the available operator with the fewest open dialogs in all lines gets a new dialog; ties go by list order.');
    expect(lines.filter((l) => l.startsWith('Candidate'))).toEqual([
      'Candidate Oleg Ivanov (#31): passed over — holds more than the one chosen.',
      'Candidate Artem Kozlov (#33): chosen — the least loaded of those available.',
    ]);
  });
  it('to all, availability not checked: the one on vacation is offered it too', async () => {
    const lines = await explain('003-contact-center', 'dialog.started:502');
    expect(lines).toContain('Availability: not checked by the line — only dismissed operators are skipped.');
    expect(lines).toContain('Candidate Nina Pavlova (#32): chosen — the line offers the dialog to every available operator.');
  });
  it('at 21:00 the website chat is closed: the client gets the reply and the dialog waits', async () => {
    const lines = await explain('003-contact-center', 'dialog.started:501', '2026-11-23T21:00');
    expect(lines).toContain('Owner: the queue of “Website chat” (line 11) — the line is outside its working hours, so its off-hours handling applies.');
    expect(lines).toContain('Effect: reply to the client in chat #9501: “Мы работаем с 9:00 до 20:00 по Москве и ответим утром.”');
  });
});

describe('explain on scenario 003: the client’s office', () => {
  it('a Saint Petersburg number: the office’s operator gets it, and the line’s offices are named', async () => {
    const lines = await explain('003-contact-center', 'dialog.started:504');
    expect(lines).toContain('Offices: Moscow (Oleg Ivanov, Nina Pavlova); Saint Petersburg (Artem Kozlov) — the client’s office first, found by UF_CRM_REGION, else the phone’s code; nobody there available, the rest of the queue.');
    expect(lines).toContain('Candidate Artem Kozlov (#33): chosen — idle the longest in the queue; in the client’s office.');
  });
});

describe('explain on scenario 004 (open lines of a shop)', () => {
  it('at lunch the known client goes to the duty manager, not to their responsible', async () => {
    const lines = await explain('004-open-lines', 'dialog.started:601');
    expect(lines).toContain('Hours: schedule “shop-hours”, now a break; off hours: the client gets a reply and the dialog goes to the duty staff (Vera Mironova, Kirill Sokolov); breaks: the duty staff (Vera Mironova, Kirill Sokolov).');
    expect(lines.filter((l) => l.startsWith('Candidate') || l.startsWith('Owner'))).toEqual([
      'Candidate Vera Mironova (#45): chosen — the first available of the line’s duty staff.',
      'Candidate Kirill Sokolov (#44) (on duty): passed over — later in queue order.',
      'Owner: Vera Mironova (#45) — the first available of the line’s duty staff.',
    ]);
  });
  it('at 12:30 the responsible has paused his day: the queue, where only those in their own hours count', async () => {
    const lines = await explain('004-open-lines', 'dialog.started:601', '2026-11-23T12:30');
    expect(lines.filter((l) => l.startsWith('Candidate'))).toEqual([
      'Candidate Maxim Orlov (#41) (the contact’s responsible): excluded — the workday is not open in time tracking.',
      'Candidate Maxim Orlov (#41): excluded — the workday is not open in time tracking.',
      'Candidate Sofia Lebedeva (#42): passed over — was given a dialog more recently.',
      'Candidate Denis Popov (#43): chosen — idle the longest in the queue.',
    ]);
  });
  it('at 10:30 Sofia’s late shift has not begun: she is outside her own hours', async () => {
    const lines = await explain('004-open-lines', 'dialog.started:601', '2026-11-23T10:30');
    expect(lines).toContain('Candidate Sofia Lebedeva (#42): excluded — outside their own working hours.');
  });
  it('after hours Telegram moves to the WhatsApp queue, and the client is told', async () => {
    const lines = await explain('004-open-lines', 'dialog.started:602', '2026-11-23T19:30');
    expect(lines).toContain('Owner: the queue of “WhatsApp” (line 21) — the line is outside its working hours, so its off-hours handling applies.');
    expect(lines).toContain('Effect: reply to the client in chat #9602: “Сейчас мы не работаем: ваш вопрос передан дежурному менеджеру.”');
  });
  it('a pinned dialog is not moved when the portal’s queue would pass it on', async () => {
    expect(await explain('004-open-lines', 'queue.redistributing:603')).toEqual([
      'The line’s queue moves dialog #603 on “WhatsApp” (line 21) of Online shop on from Denis Popov (#43).',
      'Ignored: the dialog is pinned to its operator, so it stays.',
    ]);
  });
  it('a VIP’s phone: Maxim first (his day is not open), then the queue; the watch comes at 2 minutes, not 5', async () => {
    const lines = await explain('004-open-lines', 'dialog.started:604');
    expect(lines).toContain('VIP: 1 listed phone, contact type VIP; first the first available of Maxim Orlov, then as usual; never behind a client who is not a VIP in this queue; passed on after 2 min.');
    expect(lines).toContain('Client: the client is a VIP; their dialog goes first.');
    expect(lines).toContain('Candidate Maxim Orlov (#41) (takes VIP clients): excluded — the workday is not open in time tracking.');
    expect(lines).toContain('Effect: look again at 2026-11-23T13:32:00+03:00 whether Denis Popov (#43) has taken dialog #604 (watch point 1).');
  });
  it('while the VIP waits, a Telegram dialog of another client stays in the queue', async () => {
    const lines = await explain('004-open-lines', 'dialog.started:602', '2026-11-23T15:00');
    expect(lines).toContain('Owner: the queue of “Telegram” (line 22) — a VIP’s dialog waits in this line’s queue, and goes first.');
  });
});
