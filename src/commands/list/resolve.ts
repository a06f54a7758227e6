import type { Command } from '../command.js';
import { resolveCaseRef, withNote } from '../case-ref.js';
import { formatCaseNo } from '../../cases/case.js';

export const resolve: Command = {
  id: 'resolve',
  names: ['办结', 'resolve', 'done'],
  audience: ['grid_worker', 'mediator', 'safety_officer', 'supervisor'],
  usage: '办结 C12 处理说明',
  summary: '办结案件并写明怎么处理的，系统会请居民确认',
  run(ctx, args) {
    const ref = resolveCaseRef(ctx, args);
    if ('error' in ref) return { text: ref.error };
    if (!ref.rest) return { text: `请写上处理说明，例如「办结 ${formatCaseNo(ref.caseId)} 已更换灯泡」。` };
    const r = ctx.cases.resolve(ref.caseId, ctx.worker!.id, ref.rest.slice(0, 500));
    if (!r.ok) return { text: r.reason };
    return { text: withNote(`${formatCaseNo(r.value.id)} 已办结，已请居民确认是否解决。`, ref) };
  },
};
