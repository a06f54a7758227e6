import { describe, expect, it } from 'vitest';
import { trainWithout } from '../../../src/classify/cross-validate.js';
import type { Example } from '../../../src/classify/corpus.js';

const examples: Example[] = [
  { text: '3栋路灯坏了', label: 'lighting', urgent: false },
  { text: '楼道灯不亮', label: 'lighting', urgent: false },
  { text: '电梯困人了', label: 'elevator', urgent: true },
  { text: '电梯又停了', label: 'elevator', urgent: false },
  { text: '今天天气真好', label: 'none' },
  { text: '谢谢物业', label: 'none' },
];

describe('trainWithout (npm run train -- --stability)', () => {
  it('is reproducible for a seed and leaves lines out', () => {
    const a = trainWithout(examples, 7, [], 0.3);
    const b = trainWithout(examples, 7, [], 0.3);
    const texts = ['5栋路灯不亮', '电梯停了 有人在里面', '天气不错'];
    expect(texts.map((t) => a.classify(t))).toEqual(texts.map((t) => b.classify(t)));
    // Leaving everything out trains nothing: the classifier then calls every message chat.
    expect(trainWithout(examples, 7, [], 1).classify('3栋路灯坏了').label).toBe('none');
  });
});
