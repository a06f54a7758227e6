import { startOfLocalDay, localDate } from '../clock/zoned-time.js';

export type PeriodKind = 'day' | 'week' | 'month';

/** Local calendar days [from, to) in the community's time zone. */
export interface Span {
  /** First local day, YYYY-MM-DD. */
  start: string;
  /** Last local day (inclusive), YYYY-MM-DD. */
  end: string;
  from: number;
  to: number;
}

/** A reporting period: a day, a Monday–Sunday week or a calendar month. */
export interface Period extends Span {
  kind: PeriodKind;
}

const DAY_MS = 86_400_000;

// Calendar arithmetic on YYYY-MM-DD strings goes through UTC so no local offset leaks in.
function toUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}
function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, n: number): string {
  return fromUtc(toUtc(date) + n * DAY_MS);
}

export function addMonths(date: string, n: number): string {
  const d = new Date(toUtc(date));
  return fromUtc(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
}

/** 0 = Monday .. 6 = Sunday. */
export function weekdayOf(date: string): number {
  return (new Date(toUtc(date)).getUTCDay() + 6) % 7;
}

export function isValidDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && fromUtc(toUtc(date)) === date;
}

function make(kind: PeriodKind, start: string, endExclusive: string, tz: string): Period {
  return { kind, start, end: addDays(endExclusive, -1), from: startOfLocalDay(start, tz), to: startOfLocalDay(endExclusive, tz) };
}

/** The period of the given kind that contains the local date (weeks start on Monday). */
export function periodContaining(kind: PeriodKind, date: string, tz: string): Period {
  if (kind === 'day') return make('day', date, addDays(date, 1), tz);
  if (kind === 'week') {
    const start = addDays(date, -weekdayOf(date));
    return make('week', start, addDays(start, 7), tz);
  }
  const start = `${date.slice(0, 7)}-01`;
  return make('month', start, addMonths(start, 1), tz);
}

/** The last complete period before the instant: yesterday, last Monday–Sunday, last month. */
export function lastCompletePeriod(kind: PeriodKind, at: number, tz: string): Period {
  const current = periodContaining(kind, localDate(at, tz), tz);
  return shiftPeriod(current, -1, tz);
}

/** The period n steps later (negative: earlier). */
export function shiftPeriod(p: Period, n: number, tz: string): Period {
  if (p.kind === 'day') return periodContaining('day', addDays(p.start, n), tz);
  if (p.kind === 'week') return periodContaining('week', addDays(p.start, 7 * n), tz);
  return periodContaining('month', addMonths(p.start, n), tz);
}

/** Consecutive periods of the same kind ending with `p` (oldest first). */
export function periodsEndingWith(p: Period, count: number, tz: string): Period[] {
  return Array.from({ length: count }, (_, i) => shiftPeriod(p, i - count + 1, tz));
}

/** The n local days ending with `end` (inclusive). */
export function lastDays(end: string, n: number, tz: string): Span {
  const start = addDays(end, 1 - n);
  return { start, end, from: startOfLocalDay(start, tz), to: startOfLocalDay(addDays(end, 1), tz) };
}

/** Local days [start, end] as day periods. */
export function daysOf(p: Period, tz: string): Period[] {
  const out: Period[] = [];
  for (let d = p.start; d <= p.end; d = addDays(d, 1)) out.push(periodContaining('day', d, tz));
  return out;
}

const WEEKDAY_ZH = ['一', '二', '三', '四', '五', '六', '日'];
const md = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/** 11月20日（周四）, 11月17日—11月23日, 2025年11月. */
export function periodLabel(p: Period): string {
  if (p.kind === 'day') return `${md(p.start)}（周${WEEKDAY_ZH[weekdayOf(p.start)]}）`;
  if (p.kind === 'week') return `${md(p.start)}—${md(p.end)}`;
  return `${p.start.slice(0, 4)}年${Number(p.start.slice(5, 7))}月`;
}

export const PERIOD_ZH: Record<PeriodKind, string> = { day: '日报', week: '周报', month: '月报' };
