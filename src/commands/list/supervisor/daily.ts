import type { Command } from '../../command.js';
import { localDate } from '../../../clock/zoned-time.js';
import { addDays } from '../../../report/period.js';
import { parseReportDate } from './parse-report-date.js';
import { periodReply } from './period-reply.js';

export const daily: Command = {
  id: 'digest',
  names: ['日报', 'digest'],
  audience: ['supervisor'],
  usage: '日报 [日期]',
  summary: '某一天的工作日报（默认昨天），如「日报 11-20」',
  run(ctx, args) {
    const tz = ctx.config.community.timeZone;
    const now = ctx.clock.now();
    const date = args ? parseReportDate(args, now, tz) : addDays(localDate(now, tz), -1);
    if (!date) return { text: `看不懂日期「${args}」，请写成 2025-11-20、11-20 或 11月20日。` };
    return periodReply(ctx, 'day', date);
  },
};
