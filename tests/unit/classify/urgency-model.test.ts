import { describe, expect, it } from 'vitest';
import { UrgencyModel } from '../../../src/classify/urgency-model.js';
import type { Example } from '../../../src/classify/corpus.js';

const examples: Example[] = [
  { text: '电梯困人了 快来', label: 'elevator', urgent: true },
  { text: '楼道里一股煤气味', label: 'safety', urgent: true },
  { text: '水灌进屋里了', label: 'water', urgent: true },
  { text: '电梯有点响', label: 'elevator', urgent: false },
  { text: '楼道灯坏了', label: 'lighting', urgent: false },
  { text: '今天天气真好', label: 'none' },
  { text: '谢谢物业', label: 'none' },
];

describe('urgency model', () => {
  it('trains the same networks from the same corpus, so the cache is reproducible', () => {
    expect(JSON.stringify(UrgencyModel.train(examples).toJSON())).toBe(JSON.stringify(UrgencyModel.train(examples).toJSON()));
  });

  it('round-trips through JSON and ranks an emergency above chat', () => {
    const model = UrgencyModel.fromJSON(UrgencyModel.train(examples).toJSON());
    expect(model.urgency('电梯困人了')).toBeGreaterThan(model.urgency('今天天气真好'));
  });

  it('refuses a payload without features', () => {
    expect(() => UrgencyModel.fromJSON({ settings: {} })).toThrow(/no features/);
  });
});

describe('averaged nets', () => {
  it('score like the average of the nets they come from', async () => {
    const { averageNets, runNet, trainNet } = await import('../../../src/classify/net.js');
    const samples = examples.map((e) => ({ text: e.text, output: e.urgent ? 'urgent' : 'calm' }));
    const a = trainNet(samples);
    const b = trainNet([...samples].reverse());
    const average = averageNets([a, b]);
    // Leaky ReLU is linear where it fires, so while both nets fire the outputs average exactly.
    const text = '电梯困人了';
    const [ra, rb, rm] = [a, b, average].map((net) => runNet(net, text));
    expect(ra!.urgent).toBeGreaterThan(0);
    expect(rb!.urgent).toBeGreaterThan(0);
    expect(rm!.urgent).toBeCloseTo((ra!.urgent! + rb!.urgent!) / 2, 5);
  });
});
