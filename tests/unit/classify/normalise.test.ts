import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/classify/normalise.js';

describe('normalise', () => {
  it('folds full-width and traditional characters and drops stickers and mentions', () => {
    expect(normalise('@社区小裘\u2005３號樓的路燈壞了[捂脸][裂开]').text).toBe('3号楼的路灯坏了');
  });

  it('keeps the reply of a WeChat quote and returns the quote as context', () => {
    const raw = '「张三：3幢路灯坏了」\n- - - - - - - - - - - - - - -\n还没修好';
    expect(normalise(raw)).toMatchObject({ text: '还没修好', quote: '3幢路灯坏了' });
  });

  it('handles the reply-first quote layout of newer clients', () => {
    const raw = '都三天了\n「李四：电梯又停了」\n- - - - - - - - - - - - - - -';
    expect(normalise(raw)).toMatchObject({ text: '都三天了', quote: '电梯又停了' });
  });

  it('removes zero-width and control characters and collapses whitespace', () => {
    expect(normalise('电梯\u200b坏了\u0007  \n\n 快来').text).toBe('电梯坏了 快来');
  });

  it('maps every kept character back to its raw index', () => {
    const raw = '@物业 ５幢\u200b门口';
    const { text, offsets } = normalise(raw);
    expect(text).toBe('5幢门口');
    expect(raw[offsets[0]!]).toBe('５');
    expect(raw[offsets[2]!]).toBe('门');
  });

  it('caps the work on a huge message (speed itself is measured by npm run bench)', () => {
    const { text, offsets } = normalise('灯'.repeat(100_000));
    expect(text.length).toBe(500);
    expect(offsets.length).toBeLessThanOrEqual(501);
  });
});
