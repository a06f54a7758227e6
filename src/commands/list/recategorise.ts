import type { Command } from '../command.js';
import { resolveCaseRef, withNote } from '../case-ref.js';
import { formatCaseNo } from '../../cases/case.js';
import { CASE_LABELS, LABEL_INFO, type CaseLabel } from '../../classify/labels.js';

export function parseCategory(word: string): CaseLabel | null {
  const w = word.trim().toLowerCase();
  return CASE_LABELS.find((l) => l === w || LABEL_INFO[l].zh === w || LABEL_INFO[l].zh.includes(w) && w.length >= 2) ?? null;
}

export const recategorise: Command = {
  id: 'recategorise',
  names: ['改类', 'recategorise', 'recategorize'],
  audience: ['grid_worker', 'mediator', 'safety_officer', 'supervisor'],
  usage: '改类 C12 类别',
  summary: '改正案件类别（系统会从中学习）',
  run(ctx, args) {
    const ref = resolveCaseRef(ctx, args);
    if ('error' in ref) return { text: ref.error };
    const category = parseCategory(ref.rest);
    if (!category) return { text: `请写上类别：${CASE_LABELS.map((l) => LABEL_INFO[l].zh).join('、')}。` };
    const r = ctx.cases.recategorise(ref.caseId, ctx.worker!.id, category);
    if (!r.ok) return { text: r.reason };
    return { text: withNote(`${formatCaseNo(r.value.id)} 已改为「${LABEL_INFO[category].zh}」。`, ref) };
  },
};
