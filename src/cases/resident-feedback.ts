// What a resident answers to "问题解决了吗？": 满意 / 基本满意 / 不满意, or 1–3, or "没修好".
// Stored on a 5-point scale (5 满意, 3 基本满意, 1 不满意) so it compares with other surveys.

export type Feedback = { kind: 'rating'; score: 5 | 3 | 1 } | { kind: 'not_fixed' };

export function parseFeedback(text: string): Feedback | null {
  const t = text.replace(/\s+/g, '').replace(/[。！!~～.]+$/, '');
  if (t.length > 30) return null;
  if (/(没|未|还没|并没|根本没)(有)?(修|弄|解决|处理|好)|不满意|还是(坏|不亮|漏|没)|又坏了|没人来/.test(t)) {
    return /不满意/.test(t) ? { kind: 'rating', score: 1 } : { kind: 'not_fixed' };
  }
  if (/^(基本满意|还行|一般|凑合)/.test(t) || t === '2') return { kind: 'rating', score: 3 };
  if (/^(满意|非常满意|很满意|好的?谢谢|解决了|修好了|已经好了|好了|谢谢)/.test(t) || t === '1') return { kind: 'rating', score: 5 };
  if (t === '3') return { kind: 'rating', score: 1 };
  return null;
}

export function followUpQuestion(caseNo: string, note: string, names: string[]): string {
  const at = names.map((n) => `@${n}`).join(' ');
  return `${at} 您反映的问题 ${caseNo} 已办结：${note.slice(0, 60)}。问题解决了吗？请回复「满意」「基本满意」或「不满意」（也可回 1/2/3）。`;
}
