/**
 * Schedules as short human text for the settings page: "Mon–Fri 09:00–18:00".
 */
import type { IsoWeekday, ScheduleIR, WindowIR } from '../../ir/types.ts';
import type { Language } from './messages.ts';

const DAY: Record<Language, readonly string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  ru: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'],
};

export function clock(minute: number): string {
  const m = minute % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Days as runs: [1,2,3,4,5,7] → "Mon–Fri, Sun". */
export function daysText(days: readonly IsoWeekday[], lang: Language): string {
  const names = DAY[lang];
  const runs: string[] = [];
  let i = 0;
  while (i < days.length) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    const a = names[days[i]! - 1]!;
    const b = names[days[j]! - 1]!;
    runs.push(j - i >= 2 ? `${a}–${b}` : j > i ? `${a}, ${b}` : a);
    i = j + 1;
  }
  return runs.join(', ');
}

export function windowText(w: WindowIR, lang: Language): string {
  const nextDay = w.to !== 0 && w.to <= w.from ? (lang === 'ru' ? ' (до следующего дня)' : ' (into the next day)') : '';
  return `${daysText(w.days, lang)} ${clock(w.from)}–${w.to === 0 ? '24:00' : clock(w.to)}${nextDay}`;
}

export function scheduleRow(s: ScheduleIR, lang: Language): { hours: string; breaks: string; holidays: string; extraDays: string } {
  return {
    hours: s.windows.map((w) => windowText(w, lang)).join('; '),
    breaks: s.breaks.map((w) => windowText(w, lang)).join('; ') || '—',
    holidays: s.holidays.join(', ') || '—',
    extraDays: s.extraWorkingDays.map((d) => `${d.date} ${clock(d.from)}–${clock(d.to)}`).join(', ') || '—',
  };
}
