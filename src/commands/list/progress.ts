import type { Command } from '../command.js';
import { formatCaseNo } from '../../cases/case.js';
import { statusLine } from '../../cases/chat-text.js';

export const progress: Command = {
  id: 'progress',
  names: ['进度', 'progress'],
  audience: 'anyone',
  usage: '进度 C12',
  summary: '查询案件进度（居民也可以用）',
  run(ctx, args) {
    const tz = ctx.config.community.timeZone;
    const m = /[Cc#]?(\d{1,9})/.exec(args);
    if (m) {
      const c = ctx.repos.cases.get(Number(m[1]));
      if (!c) return { text: `没有 ${formatCaseNo(Number(m[1]))} 这个案件，请核对案件号。` };
      return { text: statusLine(c, tz, ctx.cases.workerName(c.assigneeId)) };
    }
    const mineList = ctx.repos.cases.reportedBy(ctx.message.senderId, 3);
    if (mineList.length === 0) return { text: '没有查到您反映的案件，请写上案件号，例如「进度 C12」。' };
    return { text: mineList.map((c) => statusLine(c, tz, ctx.cases.workerName(c.assigneeId))).join('\n') };
  },
};
