import type { Config } from '../config/schema.js';
import { LABEL_INFO, isCaseLabel } from '../classify/labels.js';
import type { ActiveCase, CaseFact, ReportSource } from './case-facts.js';
import { computeMetrics, isOverdue, type Metrics, type Rate, cohortMetrics, HOUR } from './metrics.js';
import { metricsBy, dimensionLabel, type BreakdownRow } from './metrics-breakdown.js';
import { repeatPlaces, REPEAT_WINDOW_DAYS, type RepeatPlace } from './repeats.js';
import { lastDays, periodsEndingWith, shiftPeriod, type Period, type PeriodKind, type Span } from './period.js';

/** How many earlier periods the "average" compares with, and how long the trend runs. */
const BASELINE: Record<PeriodKind, number> = { day: 7, week: 4, month: 3 };
const TREND: Record<PeriodKind, number> = { day: 14, week: 8, month: 6 };
/** Grids with fewer measured cases than this are not ranked (one late case is not a trend). */
export const GRID_MIN_CASES = 3;
/** Reports asked for after the fact are "as of" the time the digest would have gone out. */
export const REPORT_LAG_MS = 8 * HOUR;

export interface OverdueItem {
  id: number;
  category: string;
  location: string | null;
  grid: string | null;
  gridName: string;
  workerName: string;
  overdueHours: number;
}

export interface GridRank {
  key: string;
  label: string;
  closure: Rate;
  cases: number;
}

export interface TrendPoint {
  start: string;
  cases: number;
  closure24h: Rate;
}

export interface DigestData {
  community: string;
  period: Period;
  asOf: number;
  metrics: Metrics;
  /** Pooled over the earlier periods; `cases` there is the average per period. */
  baseline: Metrics & { periods: number };
  byCategory: BreakdownRow[];
  overdue: OverdueItem[];
  grids: { window: Span; ranked: GridRank[] };
  repeats: RepeatPlace[];
  trend: TrendPoint[];
}

/** The instant a report of this period is "as of" when asked for now. */
export function defaultAsOf(period: Period, now: number): number {
  return Math.min(now, period.to + REPORT_LAG_MS);
}

const within = (facts: readonly CaseFact[], p: { from: number; to: number }) => facts.filter((c) => c.createdAt >= p.from && c.createdAt < p.to);

/** Everything a digest says, computed from one read of the rows it needs. */
export function buildDigest(source: ReportSource, config: Config, period: Period, asOf: number): DigestData {
  const tz = config.community.timeZone;
  const trendPeriods = periodsEndingWith(period, TREND[period.kind], tz);
  const baselinePeriods = periodsEndingWith(shiftPeriod(period, -1, tz), BASELINE[period.kind], tz);
  const repeatFrom = lastDays(period.end, REPEAT_WINDOW_DAYS, tz).from;
  // One day is too few cases per grid to rank fairly: the daily digest ranks the last 7 days.
  const gridWindow: Span = period.kind === 'day' ? lastDays(period.end, 7, tz) : period;
  const loadFrom = Math.min(trendPeriods[0]!.from, baselinePeriods[0]!.from, repeatFrom, gridWindow.from);
  const facts = source.cohort(loadFrom, period.to, asOf);
  const active = source.active(asOf);

  const own = within(facts, period);
  const households = config.community.households;
  const metrics = computeMetrics(own, active, asOf, households);
  const pooled = cohortMetrics(baselinePeriods.flatMap((p) => within(facts, p)), asOf, households);
  const n = baselinePeriods.length;
  const baseline = {
    ...pooled,
    cases: pooled.cases / n,
    dismissed: pooled.dismissed / n,
    merged: pooled.merged / n,
    per1000Households: pooled.per1000Households === null ? null : pooled.per1000Households / n,
    backlog: metrics.backlog,
    overdue: metrics.overdue,
    periods: n,
  };

  return {
    community: config.community.name,
    period,
    asOf,
    metrics,
    baseline,
    byCategory: metricsBy('category', own, [], asOf, config),
    overdue: overdueList(active, asOf, config),
    grids: { window: gridWindow, ranked: rankGrids(within(facts, gridWindow), asOf, config) },
    repeats: repeatPlaces(facts, repeatFrom, period.to),
    trend: trendPeriods.map((p) => {
      const m = cohortMetrics(within(facts, p), asOf, null);
      return { start: p.start, cases: m.cases, closure24h: m.closure24h };
    }),
  };
}

export function overdueList(active: readonly ActiveCase[], asOf: number, config: Config): OverdueItem[] {
  return active
    .filter((c) => isOverdue(c, asOf))
    .sort((a, b) => a.closureDueAt - b.closureDueAt || a.id - b.id)
    .map((c) => ({
      id: c.id,
      category: isCaseLabel(c.category) ? LABEL_INFO[c.category].zh : c.category,
      location: c.location,
      grid: c.grid,
      gridName: c.grid ? dimensionLabel('grid', c.grid, config) : '未知网格',
      workerName: dimensionLabel('worker', c.assigneeId ?? '-', config),
      overdueHours: (asOf - c.closureDueAt) / HOUR,
    }));
}

/** Grids by 24-hour closure rate, worst first; only grids with enough measured cases. */
export function rankGrids(facts: readonly CaseFact[], asOf: number, config: Config): GridRank[] {
  return metricsBy('grid', facts, [], asOf, config)
    .filter((r) => r.key !== '-' && r.metrics.closure24h.total >= GRID_MIN_CASES)
    .map((r) => ({ key: r.key, label: r.label, closure: r.metrics.closure24h, cases: r.metrics.cases }))
    .sort((a, b) => a.closure.rate! - b.closure.rate! || b.cases - a.cases || a.key.localeCompare(b.key));
}
