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

describe('normalise: dialect words read as Mandarin', () => {
  it.each([
    ['我个仔头先跑咗出去，而家搵唔到佢', '我儿子刚才跑了出去,现在找不到他'],
    ['楼上漏水冇人管', '楼上漏水没人管'],
    ['电梯入面有个阿伯出唔到嚟', '电梯里面有个大爷出不来'],
    ['这个事么样搞', '这个事怎么样搞'],
    ['怎么样了', '怎么样了'], // Mandarin 怎么样 is left alone
    ['仲裁委员会', '仲裁委员会'], // only 仲有/仲系/... are Cantonese
    ['边个嘅车停喺度', '谁的车停在这里'],
    // Mandarin words that contain a dialect word are left alone:
    ['旁边家的狗一直叫', '旁边家的狗一直叫'],
    ['打电话要物业来', '打电话要物业来'],
    ['收入来源', '收入来源'],
    ['请物业出面协调', '请物业出面协调'],
    ['不打紧 在度假', '不打紧 在度假'],
  ])('%s → %s', (raw, text) => {
    expect(normalise(raw).text).toBe(text);
  });

  it('keeps spans mapped to the text as written around a replaced phrase', () => {
    const raw = '头先5座2303漏水';
    const { text, offsets } = normalise(raw);
    expect(text).toBe('刚才5座2303漏水');
    const start = text.indexOf('5座');
    expect(raw.slice(offsets[start]!, offsets[start + 5]! + 1)).toBe('5座2303');
  });
});

describe('normalise: Shanghainese', () => {
  it('reads the common words as Mandarin and leaves Mandarin 请勿 alone', () => {
    expect(normalise('伊讲勿清爽屋里厢住啥地方').text).toBe('伊说不清楚家里住啥地方');
    expect(normalise('阿拉屋里厢水漫进来了').text).toBe('我们家里水漫进来了');
    expect(normalise('请勿高空抛物').text).toBe('请勿高空抛物');
  });
});

describe('normalise: Fuzhou and Minnan words', () => {
  it('reads 厝 as home and 依公 as grandfather', () => {
    expect(normalise('我厝依公不见了').text).toBe('我家爷爷不见了');
    expect(normalise('燃气味好重 不知是谁厝').text).toBe('燃气味好重 不知是谁家');
  });
});
