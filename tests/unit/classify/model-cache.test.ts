import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadClassifier } from '../../../src/classify/index.js';
import { MODEL_FILE } from '../../../src/classify/model-cache.js';

// A tiny corpus keeps training to a fraction of a second.
const CORPUS = [
  { text: '3幢路灯坏了', label: 'lighting' },
  { text: '楼道灯不亮了', label: 'lighting' },
  { text: '电梯停了', label: 'elevator' },
  { text: '电梯门关不上', label: 'elevator' },
  { text: '谢谢大家', label: 'none' },
  { text: '早上好', label: 'none' },
];

describe('model cache', () => {
  let dir: string;
  let corpusDir: string;
  let modelDir: string;
  let logs: string[];
  const load = () => loadClassifier({ corpusDir, modelDir, log: (m) => logs.push(m) });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'yimi-classify-'));
    corpusDir = join(dir, 'corpus');
    modelDir = join(dir, 'model');
    mkdirSync(corpusDir);
    writeFileSync(join(corpusDir, 'a.jsonl'), CORPUS.map((r) => JSON.stringify(r)).join('\n'));
    logs = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('trains once, then loads the cache', async () => {
    await load();
    expect(logs.some((m) => m.includes('trained'))).toBe(true);
    logs = [];
    const classifier = await load();
    expect(logs).toEqual([]);
    expect(classifier.classify('5号楼电梯停了').label).toBe('elevator');
  });

  it('rebuilds a corrupted cache instead of trusting it', async () => {
    await load();
    const file = join(modelDir, MODEL_FILE);
    const cache = JSON.parse(readFileSync(file, 'utf8')) as { payload: string };
    cache.payload = cache.payload.replace(/\d\.\d/, '9.9'); // one flipped weight
    writeFileSync(file, JSON.stringify(cache));
    logs = [];
    await load();
    expect(logs.join('\n')).toMatch(/corrupted/);
    expect(logs.join('\n')).toMatch(/trained/);

    writeFileSync(file, '{"format":'); // truncated write
    logs = [];
    await load();
    expect(logs.join('\n')).toMatch(/unreadable/);
  });

  it('rebuilds a stale cache when the corpus, corrections or places change', async () => {
    await load();
    writeFileSync(join(corpusDir, 'b.jsonl'), JSON.stringify({ text: '垃圾没人收', label: 'sanitation' }));
    logs = [];
    await load();
    expect(logs.join('\n')).toMatch(/stale/);

    logs = [];
    await loadClassifier({ corpusDir, modelDir, log: (m) => logs.push(m), extraExamples: [{ text: '水管爆了', label: 'water' }] });
    expect(logs.join('\n')).toMatch(/stale/);

    logs = [];
    await loadClassifier({ corpusDir, modelDir, log: (m) => logs.push(m), places: ['中心花园'] });
    expect(logs.join('\n')).toMatch(/stale/);
  });
});
