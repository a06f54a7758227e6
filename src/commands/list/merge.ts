import type { Command } from '../command.js';
import { formatCaseNo } from '../../cases/case.js';

export const merge: Command = {
  id: 'merge',
  names: ['合并', 'merge'],
  audience: ['grid_worker', 'mediator', 'safety_officer', 'supervisor'],
  usage: '合并 C13 C12',
  summary: '把重复的案件（前）并入另一个（后），反映人一并带过去',
  run(ctx, args) {
    const ids = [...args.matchAll(/[Cc#](\d{1,9})/g)].map((m) => Number(m[1]));
    if (ids.length !== 2) return { text: '请写两个案件号：「合并 C13 C12」把 C13 并入 C12。' };
    const [from, into] = ids as [number, number];
    const r = ctx.cases.merge(from, into, ctx.worker!.id);
    if (!r.ok) return { text: r.reason };
    return { text: `${formatCaseNo(from)} 已并入 ${formatCaseNo(into)}。` };
  },
};
