import type { Command } from '../../command.js';
import { formatCaseNo } from '../../../cases/case.js';
import { SqliteReportSource } from '../../../report/sqlite-report-source.js';
import { overdueList } from '../../../report/digest-data.js';
import { hours } from '../../../report/format.js';

const MAX_LINES = 30;

export const overdue: Command = {
  id: 'overdue',
  names: ['超时', 'overdue'],
  audience: ['supervisor'],
  usage: '超时',
  summary: '现在超过办结时限还没办完的案件，以及谁在办',
  run(ctx) {
    const now = ctx.clock.now();
    const list = overdueList(new SqliteReportSource(ctx.repos.db).active(now), now, ctx.config);
    if (list.length === 0) return { text: '目前没有超时案件。' };
    const lines = list.slice(0, MAX_LINES).map((o) => `· ${formatCaseNo(o.id)} ${o.category}${o.location ? `（${o.location}）` : ''} ${o.gridName} ${o.workerName} 超时${hours(o.overdueHours)}`);
    if (list.length > MAX_LINES) lines.push(`…另有 ${list.length - MAX_LINES} 件，请用「导出」查看全部`);
    return { text: `超时未办结 ${list.length} 件（最久的在前）：\n${lines.join('\n')}` };
  },
};
