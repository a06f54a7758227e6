import type { Command } from '../command.js';
import { resolveCaseRef, withNote } from '../case-ref.js';
import { formatCaseNo } from '../../cases/case.js';

export const claim: Command = {
  id: 'claim',
  names: ['接单', 'claim'],
  audience: ['grid_worker', 'mediator', 'safety_officer', 'supervisor'],
  usage: '接单 C12',
  summary: '接下案件，开始办理',
  run(ctx, args) {
    const ref = resolveCaseRef(ctx, args);
    if ('error' in ref) return { text: ref.error };
    const r = ctx.cases.claim(ref.caseId, ctx.worker!.id);
    if (!r.ok) return { text: r.reason };
    return { text: withNote(`已接单 ${formatCaseNo(r.value.id)}，请在 ${ctx.config.sla.closureHours} 小时内办结，办好后回复「办结 ${formatCaseNo(r.value.id)} 处理说明」。`, ref) };
  },
};
