import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import type { Repositories } from '../store/repositories.js';
import { CronJob } from '../scheduler/cron-job.js';
import { buildDigest } from './digest-data.js';
import { digestText } from './digest-text.js';
import { renderDigestChart } from './digest-chart.js';
import { SqliteReportSource } from './sqlite-report-source.js';
import { lastCompletePeriod, periodLabel, PERIOD_ZH, type PeriodKind } from './period.js';
import { reportDir } from './report-files.js';

export interface DigestJobDeps {
  config: Config;
  repos: Pick<Repositories, 'db' | 'outbox' | 'kv'>;
  /** Where chart PNGs are written; default data/reports/charts beside the database. */
  chartDir?: string;
  log?: Pick<Logger, 'warn' | 'info'>;
  /** Charts can be switched off (tests of the text alone, transports without files). */
  charts?: boolean;
}

/** Sends a digest to every supervisor: the text, then the chart as a file message. */
export function sendDigest(deps: DigestJobDeps, kind: PeriodKind, at: number): number {
  const { config, repos } = deps;
  const period = lastCompletePeriod(kind, at, config.community.timeZone);
  const data = buildDigest(new SqliteReportSource(repos.db), config, period, at);
  const text = digestText(data);
  let chart: string | null = null;
  if (deps.charts !== false) {
    // A chart that fails to render must not keep the numbers from going out.
    try {
      chart = join(deps.chartDir ?? reportDir(repos.db, 'charts'), `digest-${kind}-${period.start}.png`);
      writeFileSync(chart, renderDigestChart(data));
    } catch (err) {
      deps.log?.warn({ err, kind, period: period.start }, 'digest chart failed; sending text only');
      chart = null;
    }
  }
  let queued = 0;
  for (const w of config.workers.filter((x) => x.roles.includes('supervisor'))) {
    const key = `digest:${kind}:${period.start}:${w.id}`;
    if (repos.outbox.enqueue({ toId: w.id, text, kind: 'digest', dedupeKey: key }, at) !== null) queued++;
    if (chart) {
      const caption = `【${PERIOD_ZH[kind]}图表】${periodLabel(period)}（图片发送失败时显示此文字）`;
      repos.outbox.enqueue({ toId: w.id, text: caption, kind: 'digest', dedupeKey: `${key}:chart`, filePath: chart }, at);
    }
  }
  deps.log?.info({ kind, period: period.start, supervisors: queued }, 'digest queued');
  return queued;
}

/** The daily, weekly and monthly digest jobs at config.schedules times, for the scheduler. */
export function digestJobs(deps: DigestJobDeps): CronJob[] {
  const { schedules, community } = deps.config;
  const job = (name: string, expression: string, kind: PeriodKind) =>
    new CronJob(name, expression, community.timeZone, (at) => void sendDigest(deps, kind, at), deps.repos.kv);
  return [
    job('digest-daily', schedules.dailyDigest, 'day'),
    job('digest-weekly', schedules.weeklyDigest, 'week'),
    job('digest-monthly', schedules.monthlyDigest, 'month'),
  ];
}
