import type { Command } from '../command.js';
import { resolveCaseRef, withNote } from '../case-ref.js';
import { formatCaseNo } from '../../cases/case.js';

export const transfer: Command = {
  id: 'transfer',
  names: ['转派', 'transfer'],
  audience: ['grid_worker', 'mediator', 'safety_officer', 'supervisor'],
  usage: '转派 C12 姓名 [原因]',
  summary: '把案件转给另一位工作人员',
  run(ctx, args) {
    const ref = resolveCaseRef(ctx, args);
    if ('error' in ref) return { text: ref.error };
    const [who = '', ...why] = ref.rest.replace(/^给/, '').split(/\s+/);
    const target = ctx.config.workers.find((w) => w.name === who || w.id === who);
    if (!who) return { text: `请写上转给谁，例如「转派 ${formatCaseNo(ref.caseId)} 王晓燕」。` };
    if (!target) return { text: `找不到工作人员「${who.slice(0, 20)}」，请写全名。` };
    const r = ctx.cases.transfer(ref.caseId, ctx.worker!.id, target.id, why.join(' ').slice(0, 200));
    if (!r.ok) return { text: r.reason };
    return { text: withNote(`${formatCaseNo(r.value.id)} 已转派给 ${target.name}。`, ref) };
  },
};
