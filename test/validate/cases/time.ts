import { withChange } from '../../fixtures/valid-spec.ts';
import type { Row } from '../table.ts';

const office = (...rest: (string | number)[]) => ['schedules', 0, ...rest];
const support = (...rest: (string | number)[]) => ['schedules', 1, ...rest];
const rule = (i: number, ...rest: (string | number)[]) => ['availabilityCheck', 'rules', i, ...rest];

/** The office window starts at `from`. */
const officeFrom = (from: string) => withChange((s) => { s.schedules[0].windows[0].from = from; });

export const rows: Row[] = [
  // B24R1020: times are HH:MM, 00:00–23:59; 24:00 only as an end.
  { name: 'hour 25', given: officeFrom('25:00'), want: [{ code: 'B24R1020', path: office('windows', 0, 'from'), says: '"25:00"' }] },
  { name: 'a dot instead of a colon', given: officeFrom('9.30'), want: [{ code: 'B24R1020', path: office('windows', 0, 'from') }] },
  { name: 'a one-digit hour', given: officeFrom('9:30'), want: [{ code: 'B24R1020', path: office('windows', 0, 'from') }] },
  { name: 'minute 60', given: officeFrom('12:60'), want: [{ code: 'B24R1020', path: office('windows', 0, 'from') }] },
  { name: '24:00 as a start', given: officeFrom('24:00'), want: [{ code: 'B24R1020', path: office('windows', 0, 'from') }] },
  { name: '24:00 as an end', given: withChange((s) => { s.schedules[0].windows[0].to = '24:00'; }), want: [] },
  { name: 'an end after 24:00', given: withChange((s) => { s.schedules[0].windows[0].to = '24:01'; }), want: [{ code: 'B24R1020', path: office('windows', 0, 'to'), says: '"24:01"' }] },
  { name: 'a number instead of a time', given: withChange((s) => { s.schedules[0].breaks[0].to = 14; }), want: [{ code: 'B24R1020', path: office('breaks', 0, 'to') }] },
  { name: 'a job at 24:00', given: withChange((s) => { s.jobs[0].at = '24:00'; }), want: [{ code: 'B24R1020', path: ['jobs', 0, 'at'] }] },
  { name: 'a one-digit hour on an extra working day', given: withChange((s) => { s.schedules[1].extraWorkingDays[0].from = '7:00'; }), want: [{ code: 'B24R1020', path: support('extraWorkingDays', 0, 'from') }] },
  { name: 'a malformed end of a time condition', given: withChange((s) => { s.availabilityCheck.rules[3].when.time.to = '19.00'; }), want: [{ code: 'B24R1020', path: rule(3, 'when', 'time', 'to') }] },

  // B24R1021: a window covers some time.
  { name: 'a whole day from 00:00 to 24:00', given: withChange((s) => { s.schedules[0].windows[0] = { days: 'weekdays', from: '00:00', to: '24:00' }; }), want: [] },
  { name: 'a window from 09:00 to 09:00', given: withChange((s) => { s.schedules[0].windows[0].to = '09:00'; }), want: [{ code: 'B24R1021', path: office('windows', 0, 'to'), says: '"09:00" to "09:00"' }] },
  { name: 'a window from 00:00 to 00:00', given: withChange((s) => { s.schedules[0].windows[0] = { from: '00:00', to: '00:00' }; }), want: [{ code: 'B24R1021', path: office('windows', 0, 'to') }] },
  { name: 'a window on no days', given: withChange((s) => { s.schedules[0].windows[0].days = []; }), want: [{ code: 'B24R1021', path: office('windows', 0, 'days') }] },
  { name: 'a break on no days', given: withChange((s) => { s.schedules[0].breaks[0].days = []; }), want: [{ code: 'B24R1021', path: office('breaks', 0, 'days') }] },
  { name: 'an extra working day from 10:00 to 10:00', given: withChange((s) => { s.schedules[1].extraWorkingDays[0].to = '10:00'; }), want: [{ code: 'B24R1021', path: support('extraWorkingDays', 0, 'to') }] },
  { name: 'a job on no days', given: withChange((s) => { s.jobs[0].days = []; }), want: [{ code: 'B24R1021', path: ['jobs', 0, 'days'] }] },
  { name: 'a time condition covering no time', given: withChange((s) => { s.availabilityCheck.rules[3].when.time.to = '18:00'; }),
    want: [{ code: 'B24R1021', path: rule(3, 'when', 'time', 'to') }] },

  // B24R1022: dates are real calendar dates.
  { name: 'February 30', given: withChange((s) => { s.schedules[0].holidays[1] = '2027-02-30'; }), want: [{ code: 'B24R1022', path: office('holidays', 1), says: '"2027-02-30"' }] },
  { name: 'February 29 of a common year', given: withChange((s) => { s.schedules[0].holidays[1] = '2026-02-29'; }), want: [{ code: 'B24R1022', path: office('holidays', 1) }] },
  { name: 'February 29 of 1900 (not a leap year)', given: withChange((s) => { s.schedules[0].holidays[1] = '1900-02-29'; }), want: [{ code: 'B24R1022', path: office('holidays', 1) }] },
  { name: 'February 29 of 2000 (a leap year)', given: withChange((s) => { s.schedules[0].holidays[1] = '2000-02-29'; }), want: [] },
  { name: 'month 13', given: withChange((s) => { s.schedules[0].holidays[1] = '2027-13-01'; }), want: [{ code: 'B24R1022', path: office('holidays', 1) }] },
  { name: 'a date without leading zeros', given: withChange((s) => { s.schedules[0].holidays[1] = '2027-1-7'; }), want: [{ code: 'B24R1022', path: office('holidays', 1) }] },
  { name: 'a date and time', given: withChange((s) => { s.schedules[0].holidays[1] = '2027-01-07T00:00'; }), want: [{ code: 'B24R1022', path: office('holidays', 1) }] },
  { name: 'an extra working day on December 32', given: withChange((s) => { s.schedules[1].extraWorkingDays[0].date = '2026-12-32'; }), want: [{ code: 'B24R1022', path: support('extraWorkingDays', 0, 'date') }] },

  // B24R1023: time zones are IANA zones.
  { name: 'a city name as the spec zone', given: withChange((s) => { s.timeZone = 'Moscow'; }), want: [{ code: 'B24R1023', path: ['timeZone'], says: '"Moscow"' }] },
  { name: 'a misspelt schedule zone', given: withChange((s) => { s.schedules[1].timeZone = 'Europe/Moskow'; }), want: [{ code: 'B24R1023', path: support('timeZone') }] },
  { name: 'an offset as a user zone', given: withChange((s) => { s.people.users[2].timeZone = 'UTC+3'; }), want: [{ code: 'B24R1023', path: ['people', 'users', 2, 'timeZone'] }] },
  { name: 'an abbreviation as a job zone', given: withChange((s) => { s.jobs[1].timeZone = 'MSK'; }), want: [{ code: 'B24R1023', path: ['jobs', 1, 'timeZone'] }] },
  { name: 'an unknown zone in a time condition', given: withChange((s) => { s.availabilityCheck.rules[3].when.time.timeZone = 'Mars/Olympus'; }), want: [{ code: 'B24R1023', path: rule(3, 'when', 'time', 'timeZone') }] },
  { name: 'UTC', given: withChange((s) => { s.timeZone = 'UTC'; }), want: [] },

  // B24R1024: a date is a holiday or a working day, not both.
  { name: 'a holiday that is also an extra working day', given: withChange((s) => { s.schedules[1].holidays.push('2026-12-27'); }),
    want: [{ code: 'B24R1024', path: support('extraWorkingDays', 0, 'date'), says: '2026-12-27' }] },

  // B24R1026: zones whose rules changed recently.
  { name: 'a zone that changed its rules in 2024', given: withChange((s) => { s.people.users[2].timeZone = 'Asia/Almaty'; }), want: [{ code: 'B24R1026', path: ['people', 'users', 2, 'timeZone'], says: 'tzdata 2024a' }] },
  { name: 'the new name of Kiev', given: withChange((s) => { s.schedules[1].timeZone = 'Europe/Kyiv'; }), want: [{ code: 'B24R1026', path: support('timeZone'), says: 'Europe/Kiev' }] },
  // B24R1025: breaks lie inside windows.
  { name: 'a break on a day without a window', given: withChange((s) => { s.schedules[1].breaks.push({ days: ['sun'], from: '12:00', to: '13:00' }); }),
    want: [{ code: 'B24R1025', path: support('breaks', 1), says: 'on sun' }] },
  { name: 'a break running past the end of the window', given: withChange((s) => { s.schedules[0].breaks[0] = { days: 'weekdays', from: '17:30', to: '18:30' }; }),
    want: [{ code: 'B24R1025', path: office('breaks', 0), says: 'mon, tue, wed, thu, fri' }] },
  { name: 'a break on every day of a weekday schedule', given: withChange((s) => { s.schedules[0].breaks[0].days = 'daily'; }),
    want: [{ code: 'B24R1025', path: office('breaks', 0), says: 'on sat, sun' }] },
  { name: 'a break early on Sunday, inside Saturday’s night window', given: withChange((s) => { s.schedules[1].breaks[0].days = ['sun']; }), want: [] },
  { name: 'a break early on Monday, after no night window', given: withChange((s) => { s.schedules[1].breaks[0].days = ['mon']; }),
    want: [{ code: 'B24R1025', path: support('breaks', 0), says: 'on mon' }] },
  { name: 'a break crossing midnight inside a night window', given: withChange((s) => { s.schedules[1].breaks[0] = { days: ['fri'], from: '23:30', to: '00:30' }; }), want: [] },
  { name: 'a break spanning two adjacent windows', given: withChange((s) => {
    s.schedules[0].windows = [{ days: 'weekdays', from: '09:00', to: '13:30' }, { days: 'weekdays', from: '13:30', to: '18:00' }];
  }), want: [] },
];
