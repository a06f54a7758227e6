import type { Command } from '../command.js';
import { statusLine } from '../../cases/chat-text.js';

export const mine: Command = {
  id: 'mine',
  names: ['我的', 'mine'],
  audience: ['grid_worker', 'mediator', 'safety_officer', 'supervisor'],
  usage: '我的',
  summary: '列出我手上没办完的案件',
  run(ctx) {
    const list = ctx.repos.cases.byAssignee(ctx.worker!.id, ['open', 'acknowledged', 'reopened']);
    if (list.length === 0) return { text: '您手上没有待办案件。' };
    const tz = ctx.config.community.timeZone;
    const lines = list.slice(0, 15).map((c) => statusLine(c, tz, null));
    if (list.length > 15) lines.push(`……共 ${list.length} 件`);
    return { text: `您有 ${list.length} 件待办：\n${lines.join('\n')}` };
  },
};
