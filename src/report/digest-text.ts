import { LABEL_INFO, isCaseLabel } from '../classify/labels.js';
import { formatCaseNo } from '../cases/case.js';
import type { DigestData } from './digest-data.js';
import { periodLabel, PERIOD_ZH, type PeriodKind } from './period.js';
import { count, hours, minutes, pct } from './format.js';

/** How many list lines fit on one phone screen next to the numbers. */
const MAX_OVERDUE = 5;
const MAX_REPEATS = 3;

const BASELINE_ZH: Record<PeriodKind, { avg: string; short: string }> = {
  day: { avg: '近7日日均', short: '近7日' },
  week: { avg: '前4周周均', short: '前4周' },
  month: { avg: '前3月月均', short: '前3月' },
};

const categoryZh = (c: string) => (isCaseLabel(c) ? LABEL_INFO[c].zh : c);

/** The digest as one chat message that fits a phone screen. */
export function digestText(d: DigestData): string {
  const { metrics: m, baseline: b, period } = d;
  const base = BASELINE_ZH[period.kind];
  const lines = [`【${d.community}·${PERIOD_ZH[period.kind]}】${periodLabel(period)}`];

  if (m.cases === 0) {
    lines.push(`本期没有新增案件（${base.avg} ${count(round1(b.cases))} 件）。`);
  } else {
    const per1000 = m.per1000Households === null ? '' : `，每千户 ${m.per1000Households.toFixed(1)} 件`;
    lines.push(`新增案件 ${m.cases} 件${trendArrow(m.cases, b.cases)}，${base.avg} ${count(round1(b.cases))} 件${per1000}`);
    lines.push(`24小时办结率 ${pct(m.closure24h)}（${m.closure24h.hits}/${m.closure24h.total}）｜${base.short} ${pct(b.closure24h)}`);
    if (m.closure24hPending > 0) lines.push(`  另有 ${m.closure24hPending} 件未满24小时，暂不计入`);
    lines.push(`30分钟响应率 ${pct(m.response30m)}｜${base.short} ${pct(b.response30m)}`);
    lines.push(`响应用时 中位${minutes(m.responseMedianMin)} P90 ${minutes(m.responseP90Min)}`);
    lines.push(`办结用时 中位${hours(m.resolutionMedianHours)} P90 ${hours(m.resolutionP90Hours)}`);
    lines.push(`满意率 ${pct(m.satisfaction)}（${m.satisfaction.total}条回访）｜重开率 ${pct(m.reopen)}`);
  }

  lines.push(m.backlog === 0 ? '当前没有积压案件。' : `当前积压 ${m.backlog} 件，其中超时 ${m.overdue} 件${m.overdue > 0 ? '：' : '。'}`);
  for (const o of d.overdue.slice(0, MAX_OVERDUE)) {
    lines.push(`· ${formatCaseNo(o.id)} ${o.category}${o.location ? `（${o.location}）` : ''} ${o.grid ?? ''} ${o.workerName} 超时${hours(o.overdueHours)}`);
  }
  if (d.overdue.length > MAX_OVERDUE) lines.push(`…另有 ${d.overdue.length - MAX_OVERDUE} 件，回复「超时」查看全部`);

  const ranked = d.grids.ranked;
  const gridScope = period.kind === 'day' ? '近7天' : '本期';
  if (ranked.length >= 2) {
    const worst = ranked[0]!;
    const best = ranked[ranked.length - 1]!;
    lines.push(`网格（${gridScope}24小时办结率）：最好 ${best.label} ${pct(best.closure)}｜最差 ${worst.label} ${pct(worst.closure)}`);
  } else {
    lines.push(`网格（${gridScope}）：案件太少，暂不排名`);
  }

  if (d.repeats.length > 0) {
    lines.push('反复出现（14天内≥3次）：');
    for (const r of d.repeats.slice(0, MAX_REPEATS)) lines.push(`· ${r.location} ${categoryZh(r.category)} ${r.count}次${r.grid ? `（${r.grid}）` : ''}`);
    if (d.repeats.length > MAX_REPEATS) lines.push(`…另有 ${d.repeats.length - MAX_REPEATS} 处`);
  }
  return lines.join('\n');
}

const round1 = (v: number) => Math.round(v * 10) / 10;

function trendArrow(value: number, avg: number): string {
  if (avg === 0) return '';
  const change = (value - avg) / avg;
  if (Math.abs(change) < 0.1) return '';
  return change > 0 ? `（↑${Math.round(change * 100)}%）` : `（↓${Math.round(-change * 100)}%）`;
}
