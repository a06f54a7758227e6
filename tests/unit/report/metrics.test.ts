import { describe, expect, it } from 'vitest';
import { cohortMetrics, computeMetrics, closedWithin24h, snapshotMetrics } from '../../../src/report/metrics.js';
import { percentile, median } from '../../../src/report/percentile.js';
import { active, fact, H, M, T0 } from './facts.js';

const LATER = T0 + 10 * 24 * H;

describe('24-hour closure rate', () => {
  it('counts a case resolved at 23h59 and misses one resolved at 24h01', () => {
    const m = cohortMetrics([fact(1, { resolved: [23 * H + 59 * M] }), fact(2, { resolved: [24 * H + M] })], LATER, null);
    expect(m.closure24h).toEqual({ hits: 1, total: 2, rate: 0.5 });
  });

  it('counts exactly 24 h as within', () => {
    expect(closedWithin24h(fact(1, { resolved: [24 * H] }))).toBe(true);
  });

  it('counts an open overdue case as a miss', () => {
    const m = computeMetrics([fact(1, { status: 'acknowledged' }), fact(2, { resolved: [H] })], [active(1, T0, T0 + 24 * H)], LATER, null);
    expect(m.closure24h).toEqual({ hits: 1, total: 2, rate: 0.5 });
    expect(m.overdue).toBe(1);
    expect(m.backlog).toBe(1);
  });

  it('judges a reopened case by its state at the 24-hour mark', () => {
    const reopenedAndLeft = fact(1, { status: 'reopened', resolved: [5 * H], reopened: [10 * H] });
    const reopenedAndRedone = fact(2, { resolved: [5 * H, 20 * H], reopened: [10 * H] });
    const reopenedLater = fact(3, { resolved: [5 * H, 40 * H], reopened: [30 * H] });
    expect(closedWithin24h(reopenedAndLeft)).toBe(false);
    expect(closedWithin24h(reopenedAndRedone)).toBe(true);
    expect(closedWithin24h(reopenedLater)).toBe(true);
    const m = cohortMetrics([reopenedAndLeft, reopenedAndRedone, reopenedLater], LATER, null);
    expect(m.closure24h.hits).toBe(2);
    expect(m.reopen).toEqual({ hits: 3, total: 3, rate: 1 });
  });

  it('leaves dismissed and merged cases out', () => {
    const m = cohortMetrics([fact(1, { status: 'dismissed' }), fact(2, { status: 'merged' }), fact(3, { resolved: [H] })], LATER, 6000);
    expect(m.cases).toBe(1);
    expect(m.dismissed).toBe(1);
    expect(m.merged).toBe(1);
    expect(m.closure24h).toEqual({ hits: 1, total: 1, rate: 1 });
    expect(m.per1000Households).toBeCloseTo(1 / 6);
  });

  it('does not count cases whose 24-hour window is still running', () => {
    const asOf = T0 + 20 * H;
    const m = cohortMetrics([fact(1, { resolved: [H] }), fact(2, { createdAt: T0 - 30 * H })], asOf, null);
    expect(m.closure24h).toEqual({ hits: 0, total: 1, rate: 0 });
    expect(m.closure24hPending).toBe(1);
  });

  it('ignores history after the report instant', () => {
    const m = cohortMetrics([fact(1, { resolved: [20 * H] })], T0 + 10 * H, null);
    expect(m.resolutionMedianHours).toBeNull();
    expect(m.reopen.total).toBe(0);
  });

  it('says null, not 0%, when nothing could be measured', () => {
    const m = computeMetrics([], [], LATER, 6000);
    expect(m.closure24h.rate).toBeNull();
    expect(m.satisfaction.rate).toBeNull();
    expect(m.responseMedianMin).toBeNull();
    expect(m.cases).toBe(0);
  });
});

describe('response, resolution, satisfaction', () => {
  it('measures the 30-minute response rate and response times', () => {
    const cases = [10, 20, 30, 31, 45].map((min, i) => fact(i + 1, { firstResponseAt: T0 + min * M, resolved: [2 * H] }));
    cases.push(fact(9, { status: 'open' }));
    const m = cohortMetrics(cases, LATER, null);
    expect(m.response30m).toEqual({ hits: 3, total: 6, rate: 0.5 });
    expect(m.responseMedianMin).toBe(30);
    expect(m.responseP90Min).toBe(45);
  });

  it('times resolution to the resolution that stood (after a reopen)', () => {
    const m = cohortMetrics([fact(1, { resolved: [2 * H, 50 * H], reopened: [10 * H] })], LATER, null);
    expect(m.resolutionMedianHours).toBe(50);
  });

  it('counts 满意 and 基本满意 over every answered follow-up', () => {
    const m = cohortMetrics(
      [
        fact(1, { ratings: [{ at: T0 + 3 * H, satisfied: true }] }),
        fact(2, { ratings: [{ at: T0 + 3 * H, satisfied: false }, { at: T0 + 30 * H, satisfied: true }] }),
        fact(3),
      ],
      LATER,
      null,
    );
    expect(m.satisfaction).toEqual({ hits: 2, total: 3, rate: 2 / 3 });
  });
});

describe('snapshot and percentiles', () => {
  it('counts backlog and overdue at the instant', () => {
    const s = snapshotMetrics([active(1, T0, T0 + 24 * H), active(2, T0, T0 + 48 * H), active(3, T0 + 40 * H, T0 + 64 * H)], T0 + 30 * H);
    expect(s).toEqual({ backlog: 2, overdue: 1 });
  });

  it('uses nearest-rank percentiles', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(percentile([], 50)).toBeNull();
  });
});
