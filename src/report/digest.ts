import type { Db } from '../store/database.js';
import type { Config } from '../config/schema.js';
import { buildDigest, defaultAsOf, type DigestData } from './digest-data.js';
import { digestText } from './digest-text.js';
import { SqliteReportSource } from './sqlite-report-source.js';
import { periodContaining, type Period, type PeriodKind } from './period.js';
import type { Metrics } from './metrics.js';

export interface Digest {
  data: DigestData;
  text: string;
}

/** The digest of the period containing `date`, as of `asOf` (default: when it would have gone out). */
export function makeDigest(db: Db, config: Config, kind: PeriodKind, date: string, now: number, asOf?: number): Digest {
  const period = periodContaining(kind, date, config.community.timeZone);
  const data = buildDigest(new SqliteReportSource(db), config, period, asOf ?? defaultAsOf(period, now));
  return { data, text: digestText(data) };
}

/** One flat-ish JSON object for scripts: the period, the instant, the numbers and their baseline. */
export function digestJson(d: DigestData): { period: Pick<Period, 'kind' | 'start' | 'end'>; asOf: string; metrics: Metrics; baseline: Metrics & { periods: number } } {
  return {
    period: { kind: d.period.kind, start: d.period.start, end: d.period.end },
    asOf: new Date(d.asOf).toISOString(),
    metrics: d.metrics,
    baseline: d.baseline,
  };
}
