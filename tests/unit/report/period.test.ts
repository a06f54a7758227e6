import { describe, expect, it } from 'vitest';
import { lastCompletePeriod, periodContaining, periodLabel, shiftPeriod } from '../../../src/report/period.js';
import { cohortMetrics } from '../../../src/report/metrics.js';
import { fact } from './facts.js';

const TZ = 'Asia/Shanghai';

describe('periods in Asia/Shanghai', () => {
  it('a day runs from local midnight (16:00 UTC the day before)', () => {
    const p = periodContaining('day', '2025-11-20', TZ);
    expect(new Date(p.from).toISOString()).toBe('2025-11-19T16:00:00.000Z');
    expect(new Date(p.to).toISOString()).toBe('2025-11-20T16:00:00.000Z');
    expect(periodLabel(p)).toBe('11月20日（周四）');
  });

  it('a case at 23:59 local belongs to that day, one at 00:01 to the next', () => {
    const day = periodContaining('day', '2025-11-20', TZ);
    const late = fact(1, { createdAt: Date.parse('2025-11-20T23:59:00+08:00'), resolved: [3_600_000] });
    const early = fact(2, { createdAt: Date.parse('2025-11-21T00:01:00+08:00'), resolved: [3_600_000] });
    const inDay = [late, early].filter((c) => c.createdAt >= day.from && c.createdAt < day.to);
    expect(inDay.map((c) => c.id)).toEqual([1]);
    expect(cohortMetrics(inDay, day.to + 30 * 3_600_000, null).cases).toBe(1);
  });

  it('weeks start on Monday and months on the 1st', () => {
    expect(periodContaining('week', '2025-11-20', TZ)).toMatchObject({ start: '2025-11-17', end: '2025-11-23' });
    expect(periodContaining('month', '2025-02-14', TZ)).toMatchObject({ start: '2025-02-01', end: '2025-02-28' });
    expect(shiftPeriod(periodContaining('month', '2025-01-10', TZ), -1, TZ).start).toBe('2024-12-01');
  });

  it('the digest at 08:00 reports yesterday, last week and last month', () => {
    const at = Date.parse('2025-12-01T08:00:00+08:00');
    expect(lastCompletePeriod('day', at, TZ).start).toBe('2025-11-30');
    expect(lastCompletePeriod('week', at, TZ)).toMatchObject({ start: '2025-11-24', end: '2025-11-30' });
    expect(lastCompletePeriod('month', at, TZ)).toMatchObject({ start: '2025-11-01', end: '2025-11-30' });
    // 00:30 local is still the previous UTC day: yesterday is still 11-30.
    expect(lastCompletePeriod('day', Date.parse('2025-12-01T00:30:00+08:00'), TZ).start).toBe('2025-11-30');
  });
});
