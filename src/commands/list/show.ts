import type { Command } from '../command.js';
import { resolveCaseRef } from '../case-ref.js';
import { formatCaseNo } from '../../cases/case.js';
import { statusLine } from '../../cases/chat-text.js';
import { toChatTime } from '../../clock/zoned-time.js';

const EVENT_ZH: Record<string, string> = {
  opened: '登记', reported_again: '再次反映', assigned: '派单', claimed: '接单', resolved: '办结', closed: '关闭',
  reopened: '重新打开', dismissed: '不是案件', merged: '合并', transferred: '转派', noted: '备注', recategorised: '改类',
  reminded: '提醒', escalated: '上报', breached: '超时', follow_up_asked: '回访', rated: '评价',
};

export const show: Command = {
  id: 'show',
  names: ['查', 'show'],
  audience: ['grid_worker', 'mediator', 'safety_officer', 'supervisor'],
  usage: '查 C12',
  summary: '看案件详情和办理记录',
  run(ctx, args) {
    const ref = resolveCaseRef(ctx, args);
    if ('error' in ref) return { text: ref.error };
    const c = ctx.repos.cases.get(ref.caseId);
    if (!c) return { text: `没有 ${formatCaseNo(ref.caseId)} 这个案件。` };
    const tz = ctx.config.community.timeZone;
    const events = ctx.repos.cases.events(c.id).slice(-8);
    const reporters = ctx.repos.cases.reports(c.id);
    return {
      text: [
        statusLine(c, tz, ctx.cases.workerName(c.assigneeId)),
        `原话：${c.summary.slice(0, 80)}`,
        `反映人：${[...new Set(reporters.map((r) => r.reporterName))].join('、')}`,
        ...events.map((e) => `· ${toChatTime(e.at, tz)} ${EVENT_ZH[e.type] ?? e.type} ${ctx.cases.workerName(e.actorId === 'system' ? null : e.actorId) ?? '系统'}${e.detail && e.type !== 'opened' ? `：${e.detail.slice(0, 40)}` : ''}`),
      ].join('\n'),
    };
  },
};
