import type { Command } from '../../command.js';
import { localDate } from '../../../clock/zoned-time.js';
import { addMonths } from '../../../report/period.js';
import { parseReportMonth } from './parse-report-date.js';
import { periodReply } from './period-reply.js';

export const monthly: Command = {
  id: 'monthly',
  names: ['月报', 'monthly'],
  audience: ['supervisor'],
  usage: '月报 [月份]',
  summary: '一个月的工作月报，默认上个月，如「月报 2025-10」',
  run(ctx, args) {
    const tz = ctx.config.community.timeZone;
    const now = ctx.clock.now();
    const date = args ? parseReportMonth(args, now, tz) : addMonths(localDate(now, tz), -1);
    if (!date) return { text: `看不懂月份「${args}」，请写成 2025-10 或 10月。` };
    return periodReply(ctx, 'month', date);
  },
};
