import type { Command } from '../../command.js';
import { localDate } from '../../../clock/zoned-time.js';
import { addDays } from '../../../report/period.js';
import { parseReportDate } from './parse-report-date.js';
import { periodReply } from './period-reply.js';

export const weekly: Command = {
  id: 'weekly',
  names: ['周报', 'weekly'],
  audience: ['supervisor'],
  usage: '周报 [日期]',
  summary: '一周（周一至周日）的工作周报，默认上周；给日期则为该日所在的一周',
  run(ctx, args) {
    const tz = ctx.config.community.timeZone;
    const now = ctx.clock.now();
    const date = args ? parseReportDate(args, now, tz) : addDays(localDate(now, tz), -7);
    if (!date) return { text: `看不懂日期「${args}」，请写成 2025-11-20、11-20 或 11月20日。` };
    return periodReply(ctx, 'week', date);
  },
};
