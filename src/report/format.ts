// Number formats for chat text: short, and a missing value is "—", never a fake zero.
import type { Rate } from './metrics.js';

export const DASH = '—';

export function pct(r: Rate | number | null): string {
  const v = typeof r === 'number' || r === null ? r : r.rate;
  return v === null ? DASH : `${Math.round(v * 100)}%`;
}

export function minutes(v: number | null): string {
  if (v === null) return DASH;
  return v < 90 ? `${Math.round(v)}分钟` : hours(v / 60);
}

export function hours(v: number | null): string {
  if (v === null) return DASH;
  if (v >= 48) return `${(v / 24).toFixed(1)}天`;
  return `${v < 10 ? v.toFixed(1) : Math.round(v)}小时`;
}

export function count(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}
