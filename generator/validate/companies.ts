/**
 * Companies, their pipelines, lines (limits, off hours, duty staff) and phones, and who the head of sales
 * is (B24R1050–B24R1057, B24R1064, B24R1065, B24R1080, B24R1081).
 */
import { capital, diag, list, rec, records, show, type Sink } from './diag.ts';
import { forEachAction, ownerOf } from './conditions.ts';

/** E.164: a plus, a country code not starting with 0, 8–15 digits in all. */
export const E164 = /^\+[1-9][0-9]{7,14}$/;

export function checkCompanies(spec: Record<string, unknown>, out: Sink): void {
  const companies = records(spec.companies);
  if (companies.length === 0) {
    out(diag('B24R1052', ['companies'], 'The spec declares no company, so nothing would be routed.',
      "Add a company with its open lines and deal pipeline, e.g. { id: 'north', name: 'North', lines: [{ id: 3 }], pipeline: { categoryId: 0 } }."));
  }

  for (const { item: c, index: i } of companies) {
    const company = `Company ${show(c.id)}`;
    const pipeline = rec(c.pipeline);
    if (!pipeline) {
      out(diag('B24R1050', ['companies', i], `${company} has no deal pipeline.`,
        `Add \`pipeline: { categoryId: … }\` to company ${show(c.id)}: the id of its deal category, 0 for the general pipeline.`));
    } else if (!(typeof pipeline.categoryId === 'number' && Number.isSafeInteger(pipeline.categoryId) && pipeline.categoryId >= 0)) {
      out(diag('B24R1050', ['companies', i, 'pipeline', 'categoryId'],
        `The pipeline of company ${show(c.id)} has category id ${show(pipeline.categoryId)}, not a deal category id (a whole number from 0).`,
        'Set `categoryId` to the id of the deal category in the portal, 0 for the general pipeline.'));
    }
    if (list(c.lines).length === 0) {
      out(diag('B24R1051', Array.isArray(c.lines) ? ['companies', i, 'lines'] : ['companies', i],
        `${company} has no open lines, so no dialog is routed for it.`,
        `List the open lines of company ${show(c.id)} in \`lines\`, e.g. [{ id: 3 }], or remove the company.`));
    }
    records(c.lines).forEach(({ item: line, index: k }) => {
      const at = ['companies', i, 'lines', k];
      const off = rec(line.offHours);
      if (line.schedule === undefined && (off || list(line.duty).length > 0)) {
        out(diag('B24R1053', [...at, off ? 'offHours' : 'duty'],
          `Line ${show(line.id)} has ${off ? 'off-hours handling' : 'duty staff'} but no schedule, so ${off ? 'it never applies' : 'they are never asked'}.`,
          `Give line ${show(line.id)} a \`schedule\` (its working hours and breaks), or remove \`${off ? 'offHours' : 'duty'}\`.`));
      }
      if (off?.to === 'duty' && list(line.duty).length === 0) {
        out(diag('B24R1054', [...at, 'offHours', 'to'], `Line ${show(line.id)} sends off-hours dialogs to its duty staff, but lists none.`,
          `List the duty staff of line ${show(line.id)} in \`duty\` (user ids), or send off-hours dialogs to 'queue' or another line.`));
      }
      if (line.mode === 'all' && rec(line.strategy)) {
        out(diag('B24R1055', [...at, 'strategy'],
          `Line ${show(line.id)} offers each dialog to all its operators, so the portal shows it to everyone; the strategy cannot choose one.`,
          `Use mode 'evenly' or 'strictly' on line ${show(line.id)}, or remove \`strategy\`.`));
      }
      if (line.mode === 'all' && line.personalHours === true) {
        out(diag('B24R1055', [...at, 'personalHours'],
          `Line ${show(line.id)} offers each dialog to all its operators, so the portal shows it to those outside their own hours too; personal hours cannot hold there.`,
          `Use mode 'evenly' or 'strictly' on line ${show(line.id)}, or remove \`personalHours\`.`));
      }
      const minutes = (v: unknown, path: (string | number)[], what: string): void => {
        if (!(typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1440)) {
          out(diag('B24R1064', path, `${what} of line ${show(line.id)} comes after ${show(v)} minutes, not a whole number from 1 to 1440.`,
            'Give `afterMinutes` as whole minutes after the dialog was given, 1 to 1440.'));
        }
      };
      const escalation = rec(line.escalation);
      if (escalation) minutes(escalation.afterMinutes, [...at, 'escalation', 'afterMinutes'], 'The escalation');
      records(line.kpi).forEach(({ item: k, index: n }) => {
        minutes(k.afterMinutes, [...at, 'kpi', n, 'afterMinutes'], `KPI threshold ${n + 1}`);
        if (escalation && typeof k.afterMinutes === 'number' && typeof escalation.afterMinutes === 'number' && k.afterMinutes > escalation.afterMinutes) {
          out(diag('B24R1056', [...at, 'kpi', n, 'afterMinutes'],
            `KPI threshold ${n + 1} of line ${show(line.id)} comes after ${k.afterMinutes} minutes, but the dialog is passed on after ${escalation.afterMinutes}; nobody is ever told.`,
            `Make the threshold ${escalation.afterMinutes} minutes or less, or escalate later.`));
        }
      });
      const weights = rec(rec(line.strategy)?.weights);
      for (const [user, weight] of Object.entries(weights ?? {})) {
        if (!/^[1-9][0-9]*$/.test(user)) {
          out(diag('B24R1063', [...at, 'strategy', 'weights', user], `Weight key ${show(user)} of line ${show(line.id)} is not a user id.`, 'Key the weights by user id, e.g. { 31: 2 }.'));
        }
        if (!(typeof weight === 'number' && Number.isInteger(weight) && weight >= 1 && weight <= 100)) {
          out(diag('B24R1064', [...at, 'strategy', 'weights', user], `User ${user} of line ${show(line.id)} has weight ${show(weight)}, not a whole number from 1 to 100.`,
            'Give weights from 1 to 100: someone with weight 2 gets twice the dialogs of someone with 1.'));
        }
      }
      const skills = rec(line.skills);
      if (skills) {
        const relax = skills.relaxAfterMinutes;
        if (relax !== undefined && !(typeof relax === 'number' && Number.isInteger(relax) && relax >= 0 && relax <= 1440)) {
          out(diag('B24R1064', [...at, 'skills', 'relaxAfterMinutes'], `Line ${show(line.id)} drops its skills after ${show(relax)} minutes, not a whole number from 0 to 1440.`,
            'Give `relaxAfterMinutes` as whole minutes after the dialog came, 0 to 1440, or leave it out to never drop them.'));
        }
        const users = records(rec(spec.people)?.users).map(({ item }) => rec(item.skills) ?? {});
        for (const [skill, level] of Object.entries(rec(skills.require) ?? {})) {
          checkLevel(level, [...at, 'skills', 'require', skill], `Skill "${skill}" of line ${show(line.id)}`, out);
          if (typeof level === 'number' && !users.some((u) => typeof u[skill] === 'number' && (u[skill] as number) >= level)) {
            out(diag('B24R1057', [...at, 'skills', 'require', skill],
              `Line ${show(line.id)} needs "${skill}" at level ${level}, but no person in the spec has it${relax === undefined ? '; its dialogs would wait for ever' : ''}.`,
              `Give "${skill}" to the people who have it (\`people.users[].skills\`), lower the level, or set \`relaxAfterMinutes\`.`));
          }
        }
      }
      const max = rec(line.capacity)?.maxDialogs;
      if (max !== undefined && !(typeof max === 'number' && Number.isInteger(max) && max >= 0 && max <= 1000)) {
        out(diag('B24R1064', [...at, 'capacity', 'maxDialogs'],
          `Line ${show(line.id)} allows ${show(max)} dialogs per operator, not a whole number from 0 to 1000.`,
          'Set `maxDialogs` to the line\'s "max dialogs per operator", 1 to 1000, or 0 for no per-line limit (the portal caps every operator at 1000 anyway).'));
      }
    });
    list(c.phones).forEach((p, k) => {
      if (typeof p === 'string' && E164.test(p)) return;
      out(diag('B24R1065', ['companies', i, 'phones', k], `Phone ${show(p)} of company ${show(c.id)} is not in E.164 form.`,
        `Write the number as + and 8–15 digits with the country code, without spaces or dashes, e.g. "+74951234567"${e164Hint(p)}.`));
    });
  }

  checkOffHoursLoops(companies, out);

  const withoutHead = companies.filter(({ item }) => item.headOfSales === undefined);
  const jobs = records(spec.jobs);
  for (const { item: j, index: i } of jobs) {
    if (rec(j.action)?.type !== 'add-head-of-sales') continue;
    const job = `Job ${show(j.id)}`;
    if (Array.isArray(j.companies)) {
      list(j.companies).forEach((id, k) => {
        if (!withoutHead.some(({ item }) => item.id === id)) return;
        out(diag('B24R1080', ['jobs', i, 'companies', k], `${job} adds the head of sales, but company ${show(id)} has none.`,
          `Set \`headOfSales\` of company ${show(id)}, or remove it from the job's companies.`));
      });
    } else {
      for (const { item: c } of withoutHead) {
        out(diag('B24R1080', ['jobs', i, 'action'], `${job} adds the head of sales of every company, but company ${show(c.id)} has none.`,
          `Set \`headOfSales\` of company ${show(c.id)}, or list in the job's \`companies\` only those that have one.`));
      }
    }
  }

  if (withoutHead.length > 0) {
    const names = withoutHead.map(({ item }) => show(item.id)).join(', ');
    forEachAction(spec, (a, path) => {
      const owner = ownerOf(spec, path);
      list(rec(a.notify)?.to).forEach((t, k) => {
        if (t !== 'head-of-sales') return;
        out(diag('B24R1081', [...path, 'notify', 'to', k],
          `${capital(owner)} notifies the head of sales, but ${withoutHead.length === 1 ? 'company' : 'companies'} ${names} ${withoutHead.length === 1 ? 'has' : 'have'} none; for ${withoutHead.length === 1 ? 'its' : 'their'} dialogs nobody is notified.`,
          `Set \`headOfSales\` of ${names}, or notify a person by user id instead.`));
      });
    });
  }
}

/** B24R1064 for a skill level that is not a whole number from 1 to 5. */
export function checkLevel(level: unknown, path: (string | number)[], what: string, out: Sink): void {
  if (!(typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 5)) {
    out(diag('B24R1064', path, `${what} has level ${show(level)}, not a whole number from 1 to 5.`, 'Give skill levels from 1 (basic) to 5 (expert).'));
  }
}

/**
 * B24R1055: off-hours handling that sends dialogs from line to line in a circle. Each line's queue
 * passes the dialog on again when it arrives, so off hours it would move between the lines for ever.
 */
function checkOffHoursLoops(companies: { item: Record<string, unknown>; index: number }[], out: Sink): void {
  const next = new Map<number, { to: number; path: (string | number)[] }>();
  for (const { item: c, index: i } of companies) {
    for (const { item: l, index: k } of records(c.lines)) {
      const to = rec(rec(l.offHours)?.to);
      if (typeof l.id === 'number' && typeof to?.line === 'number') next.set(l.id, { to: to.line, path: ['companies', i, 'lines', k, 'offHours', 'to', 'line'] });
    }
  }
  const reported = new Set<number>();
  for (const start of next.keys()) {
    const seen: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && next.has(at) && !seen.includes(at)) {
      seen.push(at);
      at = next.get(at)!.to;
    }
    if (at !== start || reported.has(start)) continue;
    seen.forEach((id) => reported.add(id));
    out(diag('B24R1055', next.get(start)!.path,
      `Off hours, lines ${seen.map(show).join(' → ')} → ${show(start)} pass dialogs to each other in a circle; the portal would move them on for ever.`,
      'Let one of these lines keep its off-hours dialogs (`to: \'queue\'`) or give them to its duty staff.'));
  }
}

/** `; here "+74951234567"` when removing spaces, dashes and brackets is enough. */
function e164Hint(p: unknown): string {
  if (typeof p !== 'string') return '';
  const compact = p.replace(/[\s\-()]/g, '');
  return compact !== p && E164.test(compact) ? `; here "${compact}"` : '';
}
