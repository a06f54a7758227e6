import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConfigPlaces } from '../../../src/classify/config-places.js';
import { loadClassifier } from '../../../src/classify/index.js';
import { isBad, parseRecords, type InputRecord } from '../../../src/classify/jsonl-records.js';
import { type Gold, scorePredictions } from '../../../src/classify/metrics.js';

// Messages written for this test only: none of them is in data/corpus or dev.jsonl.
// Floors sit a little under the measured figures so a real regression fails the test.
describe('shipped model on the held-out fixture', () => {
  it('stays above the floors', async () => {
    const classifier = await loadClassifier({ places: readConfigPlaces() });
    const records = parseRecords(readFileSync('tests/fixtures/classify/heldout.jsonl', 'utf8')).filter(
      (r): r is InputRecord & { gold: Gold } => !isBad(r) && r.gold !== undefined,
    );
    expect(records.length).toBeGreaterThanOrEqual(120);
    const pairs = records.map((r) => ({ gold: r.gold, predicted: classifier.classify(r.text) }));
    const { metrics } = scorePredictions(pairs, 0);
    expect(metrics.case_precision).toBeGreaterThanOrEqual(0.95);
    expect(metrics.case_recall).toBeGreaterThanOrEqual(0.93);
    expect(metrics.macro_f1).toBeGreaterThanOrEqual(0.9);
    expect(metrics.urgent_recall).toBeGreaterThanOrEqual(0.95);
    expect(metrics.urgent_precision).toBeGreaterThanOrEqual(0.85);
    expect(metrics.location_exact).toBeGreaterThanOrEqual(0.9);
  });
});
