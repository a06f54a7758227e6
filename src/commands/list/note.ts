import type { Command } from '../command.js';
import { resolveCaseRef, withNote } from '../case-ref.js';
import { formatCaseNo } from '../../cases/case.js';

export const note: Command = {
  id: 'note',
  names: ['备注', 'note'],
  audience: ['grid_worker', 'mediator', 'safety_officer', 'supervisor'],
  usage: '备注 C12 内容',
  summary: '给案件加一条办理记录',
  run(ctx, args) {
    const ref = resolveCaseRef(ctx, args);
    if ('error' in ref) return { text: ref.error };
    if (!ref.rest) return { text: '请写上备注内容。' };
    const r = ctx.cases.note(ref.caseId, ctx.worker!.id, ref.rest.slice(0, 500));
    if (!r.ok) return { text: r.reason };
    return { text: withNote(`已记在 ${formatCaseNo(r.value.id)} 上。`, ref) };
  },
};
