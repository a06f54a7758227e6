import { join } from 'node:path';
import type { Command } from '../../command.js';
import { localDate } from '../../../clock/zoned-time.js';
import { exportCases } from '../../../report/export-cases.js';
import { reportDir } from '../../../report/report-files.js';
import { parseReportDate } from './parse-report-date.js';

const MAX_DAYS = 366;

export const exportCommand: Command = {
  id: 'export',
  names: ['导出', 'export'],
  audience: ['supervisor'],
  usage: '导出 [开始日期] [结束日期]',
  summary: '把案件明细导出成表格（默认本月），文件私聊发给您',
  async run(ctx, args) {
    const tz = ctx.config.community.timeZone;
    const now = ctx.clock.now();
    const today = localDate(now, tz);
    const parts = args.split(/\s+|至|到|~|～/).filter(Boolean);
    const from = parts[0] ? parseReportDate(parts[0], now, tz) : `${today.slice(0, 8)}01`;
    const to = parts[1] ? parseReportDate(parts[1], now, tz) : today;
    if (!from || !to) return { text: '看不懂日期，请写成「导出 2025-11-01 2025-11-20」。' };
    if (to < from) return { text: '结束日期早于开始日期。' };
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 >= MAX_DAYS) return { text: `一次最多导出 ${MAX_DAYS} 天。` };
    const file = join(reportDir(ctx.repos.db, 'exports'), `yimi-cases-${from}-${to}-${now}.xlsx`);
    const n = await exportCases(ctx.repos.db, ctx.config, from, to, file, now);
    // Exports hold residents' words: they go to the supervisor privately, never to a group.
    ctx.repos.outbox.enqueue(
      { toId: ctx.message.senderId, text: `【案件明细】${from} 至 ${to}，共 ${n} 件`, kind: 'reply', filePath: file, dedupeKey: `export:${ctx.message.id}` },
      now,
    );
    return { text: `已导出 ${from} 至 ${to} 的案件明细，共 ${n} 件；表格文件已私聊发给您（手机号、身份证号已脱敏）。` };
  },
};
