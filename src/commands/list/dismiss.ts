import type { Command } from '../command.js';
import { resolveCaseRef, withNote } from '../case-ref.js';
import { formatCaseNo } from '../../cases/case.js';

export const dismiss: Command = {
  id: 'dismiss',
  names: ['不是案件', 'dismiss'],
  audience: ['grid_worker', 'mediator', 'safety_officer', 'supervisor'],
  usage: '不是案件 C12 [原因]',
  summary: '机器误判，撤销案件（系统会从中学习）',
  run(ctx, args) {
    const ref = resolveCaseRef(ctx, args);
    if ('error' in ref) return { text: ref.error };
    const r = ctx.cases.dismiss(ref.caseId, ctx.worker!.id, ref.rest.slice(0, 200));
    if (!r.ok) return { text: r.reason };
    return { text: withNote(`${formatCaseNo(r.value.id)} 已撤销，不计入统计。`, ref) };
  },
};
