// npm run -s eval -- FILE.jsonl   (see ../shared/contracts.md: metrics JSON is the last stdout line)
import { parseArgs } from 'node:util';
import type { Classification } from '../classify/classifier.js';
import { readConfigPlaces } from '../classify/config-places.js';
import { loadClassifier } from '../classify/index.js';
import { type InputRecord, isBad, parseRecords, readInput } from '../classify/jsonl-records.js';
import { type Gold, scorePredictions } from '../classify/metrics.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    config: { type: 'string', default: 'bot-config' },
    'model-dir': { type: 'string' },
    errors: { type: 'boolean', default: false },
  },
});
const file = positionals[0];
if (!file) {
  process.stderr.write('usage: npm run -s eval -- FILE.jsonl|- [--config DIR] [--errors]\n');
  process.exit(2);
}

const classifier = await loadClassifier({
  places: readConfigPlaces(values.config),
  modelDir: values['model-dir'],
  log: (message) => process.stderr.write(`${message}\n`),
});
const records: (InputRecord & { gold: Gold })[] = [];
for (const record of parseRecords(readInput(file))) {
  if (isBad(record)) process.stderr.write(`line ${record.line}: ${record.error}\n`);
  else if (!record.gold) process.stderr.write(`line ${record.line}: no gold label, skipped\n`);
  else records.push(record as InputRecord & { gold: Gold });
}

const started = process.hrtime.bigint();
const predictions: Classification[] = records.map((r) => classifier.classify(r.text, { group: r.group, sender: r.sender }));
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const pairs = records.map((r, i) => ({ gold: r.gold, predicted: predictions[i]! }));
const { metrics, perLabel, confusions } = scorePredictions(pairs, records.length / Math.max(seconds, 1e-9));

const pad = (s: string | number, n: number): string => String(s).padEnd(n);
process.stderr.write(`${pad('label', 16)}${pad('precision', 11)}${pad('recall', 9)}${pad('f1', 8)}support\n`);
for (const row of perLabel) {
  process.stderr.write(`${pad(row.label, 16)}${pad(row.precision.toFixed(3), 11)}${pad(row.recall.toFixed(3), 9)}${pad(row.f1.toFixed(3), 8)}${row.support}\n`);
}
process.stderr.write('top confusions (gold → predicted):\n');
for (const c of confusions.slice(0, 10)) process.stderr.write(`  ${c.gold} → ${c.predicted}: ${c.count}\n`);
if (values.errors) {
  records.forEach((r, i) => {
    const p = predictions[i]!;
    if (p.label !== r.gold.label || p.urgent !== r.gold.urgent || (r.gold.label !== 'none' && r.gold.location && p.location !== r.gold.location)) {
      process.stderr.write(`  ${r.id}: gold ${r.gold.label}/${r.gold.urgent}/${r.gold.location} got ${p.label}/${p.urgent}/${p.location} ${r.text.slice(0, 50)}\n`);
    }
  });
}
process.stdout.write(`${JSON.stringify(metrics)}\n`);
