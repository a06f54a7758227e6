// The report room's bench: a year of one community (> 100,000 cases), then a daily digest
// (target < 1 s) and a month's export (target < 5 s). Run by src/cli/bench.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../config/load-config.js';
import { openDatabase } from '../../store/database.js';
import { localDate } from '../../clock/zoned-time.js';
import { generateHistory } from '../../report/seed/generate-history.js';
import { makeDigest } from '../../report/digest.js';
import { renderDigestChart } from '../../report/digest-chart.js';
import { exportCases } from '../../report/export-cases.js';
import { addDays } from '../../report/period.js';

async function timed<T>(fn: () => T | Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const v = await fn();
  return [v, Math.round(performance.now() - t)];
}

/** Flat named numbers: counts and milliseconds. */
export async function benchReport(opts: { configDir?: string; days?: number } = {}): Promise<Record<string, number>> {
  const config = loadConfig(opts.configDir ?? 'bot-config');
  const tz = config.community.timeZone;
  const dir = mkdtempSync(join(tmpdir(), 'yimi-bench-report-'));
  const db = openDatabase(join(dir, 'bench.db'));
  try {
    // Fixed end and seed: every run measures the same year.
    const end = Date.parse('2025-11-20T10:00:00+08:00');
    const [stats, seedMs] = await timed(() => generateHistory(db, config, { days: opts.days ?? 365, end, seed: 7 }));
    const yesterday = addDays(localDate(end, tz), -1);
    const [daily, dailyDigestMs] = await timed(() => makeDigest(db, config, 'day', yesterday, end));
    const [, dailyChartMs] = await timed(() => renderDigestChart(daily.data));
    const [, weeklyDigestMs] = await timed(() => makeDigest(db, config, 'week', addDays(yesterday, -7), end));
    const [, monthlyDigestMs] = await timed(() => makeDigest(db, config, 'month', '2025-10-01', end));
    const [exported, exportMonthXlsxMs] = await timed(() => exportCases(db, config, '2025-10-01', '2025-10-31', join(dir, 'month.xlsx'), end));
    const [, exportMonthCsvMs] = await timed(() => exportCases(db, config, '2025-10-01', '2025-10-31', join(dir, 'month.csv'), end));
    return {
      report_seed_cases: stats.cases,
      report_seed_events: stats.events,
      report_seed_ms: seedMs,
      report_daily_digest_ms: dailyDigestMs,
      report_daily_chart_ms: dailyChartMs,
      report_daily_digest_with_chart_ms: dailyDigestMs + dailyChartMs,
      report_weekly_digest_ms: weeklyDigestMs,
      report_monthly_digest_ms: monthlyDigestMs,
      report_export_month_cases: exported,
      report_export_month_xlsx_ms: exportMonthXlsxMs,
      report_export_month_csv_ms: exportMonthCsvMs,
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
