import { localDate } from '../../../clock/zoned-time.js';
import { addDays, isValidDate } from '../../../report/period.js';

/** 2025-11-20, 2025/11/20, 11-20, 11月20日, 20日, 昨天, 今天, 前天 → YYYY-MM-DD (local), or null. */
export function parseReportDate(text: string, now: number, tz: string): string | null {
  const t = text.trim().replace(/[号]$/, '日');
  const today = localDate(now, tz);
  const words: Record<string, number> = { 今天: 0, 昨天: -1, 前天: -2 };
  if (t in words) return addDays(today, words[t]!);
  const pad = (n: string) => n.padStart(2, '0');
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
  let date: string | null = null;
  if (m) date = `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
  else if ((m = /^(\d{1,2})[-/.月](\d{1,2})日?$/.exec(t))) {
    date = `${today.slice(0, 4)}-${pad(m[1]!)}-${pad(m[2]!)}`;
    // "12-30" asked in January means last December.
    if (date > today) date = `${Number(today.slice(0, 4)) - 1}${date.slice(4)}`;
  } else if ((m = /^(\d{1,2})日$/.exec(t))) date = `${today.slice(0, 8)}${pad(m[1]!)}`;
  return date && isValidDate(date) ? date : null;
}

/** 2025-11 or 2025年11月 or 11月 → the first day of that month. */
export function parseReportMonth(text: string, now: number, tz: string): string | null {
  const t = text.trim();
  const today = localDate(now, tz);
  let m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(t);
  if (m) return isValidDate(`${m[1]}-${m[2]!.padStart(2, '0')}-01`) ? `${m[1]}-${m[2]!.padStart(2, '0')}-01` : null;
  if ((m = /^(\d{1,2})月$/.exec(t))) {
    let date = `${today.slice(0, 4)}-${m[1]!.padStart(2, '0')}-01`;
    if (date > today) date = `${Number(today.slice(0, 4)) - 1}${date.slice(4)}`;
    return isValidDate(date) ? date : null;
  }
  return parseReportDate(t, now, tz);
}
