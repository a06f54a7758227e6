/** The 12 case categories of ../shared/taxonomy.md plus `none`. */
export const CASE_LABELS = [
  'lighting',
  'water',
  'elevator',
  'facility',
  'sanitation',
  'inquiry',
  'lost_pet',
  'missing_person',
  'noise',
  'parking',
  'dispute',
  'safety',
] as const;

export type CaseLabel = (typeof CASE_LABELS)[number];
export type Label = CaseLabel | 'none';
export const ALL_LABELS: readonly Label[] = [...CASE_LABELS, 'none'];

export type MacroGroup = '基础设施' | '公共服务' | '矛盾调解' | '其他';

export const LABEL_INFO: Record<Label, { zh: string; macro: MacroGroup | null }> = {
  lighting: { zh: '路灯照明', macro: '基础设施' },
  water: { zh: '供排水', macro: '基础设施' },
  elevator: { zh: '电梯', macro: '基础设施' },
  facility: { zh: '公共设施', macro: '基础设施' },
  sanitation: { zh: '环境卫生', macro: '公共服务' },
  inquiry: { zh: '咨询求助', macro: '公共服务' },
  lost_pet: { zh: '宠物走失', macro: '公共服务' },
  missing_person: { zh: '人员走失', macro: '公共服务' },
  noise: { zh: '噪音扰民', macro: '矛盾调解' },
  parking: { zh: '停车纠纷', macro: '矛盾调解' },
  dispute: { zh: '邻里纠纷', macro: '矛盾调解' },
  safety: { zh: '安全隐患', macro: '其他' },
  none: { zh: '非案件', macro: null },
};

export function isCaseLabel(value: string): value is CaseLabel {
  return (CASE_LABELS as readonly string[]).includes(value);
}
