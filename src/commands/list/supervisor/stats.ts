import type { Command } from '../../command.js';
import { SqliteReportSource } from '../../../report/sqlite-report-source.js';
import { metricsBy, type Dimension } from '../../../report/metrics-breakdown.js';
import { pct } from '../../../report/format.js';

const DAYS = 30;
const MAX_LINES = 20;
const DIMENSIONS: Record<string, { dim: Dimension; zh: string }> = {
  类别: { dim: 'category', zh: '类别' }, category: { dim: 'category', zh: '类别' },
  大类: { dim: 'macro', zh: '大类' }, macro: { dim: 'macro', zh: '大类' },
  网格: { dim: 'grid', zh: '网格' }, grid: { dim: 'grid', zh: '网格' },
  人员: { dim: 'worker', zh: '人员' }, worker: { dim: 'worker', zh: '人员' },
};

export const stats: Command = {
  id: 'stats',
  names: ['统计', 'stats'],
  audience: ['supervisor'],
  usage: '统计 [类别|网格|人员|大类]',
  summary: `近${DAYS}天按类别、网格或人员分开的办结率、响应率和积压`,
  run(ctx, args) {
    const choice = DIMENSIONS[args.trim().toLowerCase() || '大类'];
    if (!choice) return { text: '请写「统计 类别」「统计 网格」「统计 人员」或「统计 大类」。' };
    const now = ctx.clock.now();
    const source = new SqliteReportSource(ctx.repos.db);
    const rows = metricsBy(choice.dim, source.cohort(now - DAYS * 86_400_000, now, now), source.active(now), now, ctx.config);
    if (rows.length === 0) return { text: `近${DAYS}天没有案件。` };
    const lines = rows.slice(0, MAX_LINES).map((r) => {
      const m = r.metrics;
      return `${r.label}：${m.cases}件 24h办结${pct(m.closure24h)} 30分钟响应${pct(m.response30m)} 满意${pct(m.satisfaction)} 积压${m.backlog} 超时${m.overdue}`;
    });
    if (rows.length > MAX_LINES) lines.push(`…另有 ${rows.length - MAX_LINES} 项`);
    return { text: `【近${DAYS}天 按${choice.zh}】\n${lines.join('\n')}` };
  },
};
