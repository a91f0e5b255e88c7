/**
 * Times, windows, dates and time zones (B24R1020–B24R1025).
 */
import { capital, diag, list, notA, rec, records, show, type Path, type Sink } from './diag.ts';
import {
  MINUTES_PER_DAY, MINUTES_PER_WEEK, WEEKDAYS, cover, formatClock, isIsoDate, isTimeZone, parseClock, parseWindow,
  windowLength,
} from './clock.ts';
import { forEachCondition } from './conditions.ts';

export function checkTime(spec: Record<string, unknown>, out: Sink): void {
  checkZone(spec.timeZone, ['timeZone'], 'The spec time zone', out);

  for (const { item: s, index: i } of records(spec.schedules)) {
    const where = `schedule ${show(s.id)}`;
    const at: Path = ['schedules', i];
    if (s.timeZone !== undefined) checkZone(s.timeZone, [...at, 'timeZone'], `The time zone of ${where}`, out);
    for (const { item: w, index: k } of records(s.windows)) checkWindow(w, [...at, 'windows', k], `window ${k + 1} of ${where}`, out);
    for (const { item: w, index: k } of records(s.breaks)) checkWindow(w, [...at, 'breaks', k], `break ${k + 1} of ${where}`, out);
    checkDates(s, at, where, out);
    checkBreaks(s, at, where, out);
  }

  const people = rec(spec.people);
  for (const { item: u, index: i } of records(people?.users)) {
    if (u.timeZone !== undefined) {
      checkZone(u.timeZone, ['people', 'users', i, 'timeZone'], `The time zone of user ${show(u.id)}`, out);
    }
  }

  for (const { item: j, index: i } of records(spec.jobs)) {
    const where = `job ${show(j.id)}`;
    if (j.timeZone !== undefined) checkZone(j.timeZone, ['jobs', i, 'timeZone'], `The time zone of ${where}`, out);
    if (parseClock(j.at) === undefined) {
      out(diag('B24R1020', ['jobs', i, 'at'], notA('The start time', j.at, 'a time HH:MM between 00:00 and 23:59', ` of ${where}`),
        'Write the time as two-digit hours and minutes, e.g. "23:00" or "07:30".'));
    }
    checkDaysNotEmpty(j.days, ['jobs', i, 'days'], where, 'The job never runs.', out);
  }

  forEachCondition(spec, (cond, path) => {
    const time = rec(cond.time);
    if (!time) return;
    if (time.timeZone !== undefined) checkZone(time.timeZone, [...path, 'time', 'timeZone'], 'The time zone of the time condition', out);
    checkWindow(time, [...path, 'time'], 'the time condition', out);
  });
}

function checkZone(zone: unknown, path: Path, what: string, out: Sink): void {
  if (!isTimeZone(zone)) {
    out(diag('B24R1023', path, notA(what, zone, 'a known IANA time zone'),
      'Write a zone name from the IANA database, e.g. "Europe/Moscow" or "Asia/Yekaterinburg".'));
    return;
  }
  const change = RECENT_ZONE_RULES[zone as string];
  if (change) {
    out(diag('B24R1026', path,
      `${what} "${zone as string}" changed its rules in ${change.year} (${change.what}); the time-zone database of tzdata ${change.tzdata} `
      + 'is the first to know it, and a portal whose PHP carries older data reads local time there differently.',
      `Run the portal on PHP whose time-zone database is ${change.tzdata} or later (the module's settings page shows the version).`));
  }
}

/**
 * Zones whose UTC offsets changed since 2022, with the IANA tzdata release that first carries the change.
 * PHP bundles its own copy of tzdata, so PHP builds older than that release compute these zones wrongly.
 */
const RECENT_ZONE_RULES: Readonly<Record<string, { year: number; tzdata: string; what: string }>> = {
  'Europe/Kyiv': { year: 2022, tzdata: '2022b', what: 'the new name of Europe/Kiev' },
  'America/Mexico_City': { year: 2022, tzdata: '2022f', what: 'Mexico ended daylight saving time' },
  'America/Merida': { year: 2022, tzdata: '2022f', what: 'Mexico ended daylight saving time' },
  'America/Monterrey': { year: 2022, tzdata: '2022f', what: 'Mexico ended daylight saving time' },
  'America/Chihuahua': { year: 2022, tzdata: '2022f', what: 'Mexico ended daylight saving time' },
  'America/Mazatlan': { year: 2022, tzdata: '2022f', what: 'Mexico ended daylight saving time' },
  'America/Bahia_Banderas': { year: 2022, tzdata: '2022f', what: 'Mexico ended daylight saving time' },
  'America/Nuuk': { year: 2023, tzdata: '2022g', what: 'Greenland moved its standard time to UTC−2' },
  'Africa/Cairo': { year: 2023, tzdata: '2023c', what: 'Egypt brought back daylight saving time' },
  'Asia/Almaty': { year: 2024, tzdata: '2024a', what: 'Kazakhstan moved to a single zone, UTC+5' },
  'Asia/Qostanay': { year: 2024, tzdata: '2024a', what: 'Kazakhstan moved to a single zone, UTC+5' },
  'America/Asuncion': { year: 2024, tzdata: '2024b', what: 'Paraguay kept summer time all year, UTC−3' },
};

const TIME_FIX = 'Write the time as two-digit hours and minutes from "00:00" to "23:59", e.g. "09:30"; "24:00" is allowed only as `to`.';

/** `from`/`to` are times, `from` differs from `to`, and `days` is not empty. */
function checkWindow(w: Record<string, unknown>, path: Path, where: string, out: Sink): void {
  const from = parseClock(w.from);
  const to = parseClock(w.to, true);
  if (from === undefined) {
    out(diag('B24R1020', [...path, 'from'], notA('The start', w.from, 'a time HH:MM between 00:00 and 23:59', ` of ${where}`), TIME_FIX));
  }
  if (to === undefined) {
    out(diag('B24R1020', [...path, 'to'], notA('The end', w.to, 'a time HH:MM between 00:00 and 24:00', ` of ${where}`), TIME_FIX));
  }
  if (from !== undefined && to !== undefined && from === to) {
    out(diag('B24R1021', [...path, 'to'], `${capital(where)} runs from ${show(w.from)} to ${show(w.to)}, which covers no time.`,
      'Give the window an end different from its start; for a whole day write from "00:00" to "24:00".'));
  }
  checkDaysNotEmpty(w.days, [...path, 'days'], where, 'It covers no time.', out);
}

function checkDaysNotEmpty(days: unknown, path: Path, where: string, consequence: string, out: Sink): void {
  if (Array.isArray(days) && days.length === 0) {
    out(diag('B24R1021', path, `The days of ${where} are an empty list. ${consequence}`,
      "List at least one weekday, e.g. ['mon'], use 'weekdays', 'weekend' or 'daily', or remove the entry."));
  }
}

function checkDates(s: Record<string, unknown>, at: Path, where: string, out: Sink): void {
  const holidays = new Set<string>();
  list(s.holidays).forEach((date, k) => {
    if (isIsoDate(date)) holidays.add(date);
    else out(invalidDate(date, [...at, 'holidays', k], `holiday ${k + 1} of ${where}`));
  });
  for (const { item: d, index: k } of records(s.extraWorkingDays)) {
    const path: Path = [...at, 'extraWorkingDays', k];
    const day = `extra working day ${k + 1} of ${where}`;
    if (!isIsoDate(d.date)) out(invalidDate(d.date, [...path, 'date'], day));
    else if (holidays.has(d.date)) {
      out(diag('B24R1024', [...path, 'date'], `${d.date} is both a holiday and an extra working day of ${where}.`,
        `Remove ${d.date} from either \`holidays\` or \`extraWorkingDays\` of ${where}.`));
    }
    checkWindow({ from: d.from, to: d.to }, path, day, out);
  }
}

function invalidDate(date: unknown, path: Path, where: string) {
  return diag('B24R1022', path, notA('The date', date, 'a real calendar date YYYY-MM-DD', ` of ${where}`),
    'Write the date as four-digit year, two-digit month and day, e.g. "2027-01-07", and check the day exists in that month.');
}

/** B24R1025: a break must lie inside the working windows on each of its days. */
function checkBreaks(s: Record<string, unknown>, at: Path, where: string, out: Sink): void {
  const windows = records(s.windows).map(({ item }) => parseWindow(item));
  // A malformed or empty window is reported on its own; judging breaks against the rest would only add noise.
  if (windows.some((w) => w === undefined || w.from === w.to || w.days.length === 0)) return;
  const working = new Uint8Array(MINUTES_PER_WEEK);
  for (const w of windows) if (w) cover(w, working);

  for (const { item: b, index: k } of records(s.breaks)) {
    const br = parseWindow(b);
    if (!br || br.from === br.to) continue;
    const length = windowLength(br.from, br.to);
    const outside = br.days.filter((day) => {
      const start = day * MINUTES_PER_DAY + br.from;
      for (let k = 0; k < length; k++) if (working[(start + k) % MINUTES_PER_WEEK] !== 1) return true;
      return false;
    });
    if (outside.length === 0) continue;
    const names = outside.map((d) => WEEKDAYS[d]).join(', ');
    out(diag('B24R1025', [...at, 'breaks', k],
      `Break ${formatClock(br.from)}–${formatClock(br.to)} of ${where} is not inside a working window on ${names}.`,
      `Move the break inside a window of those days, or limit the break's \`days\` to days whose windows contain it.`));
  }
}
