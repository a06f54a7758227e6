// npm run train [-- --db FILE] [-- --cv K]
// Retrains the classifier and rewrites the model cache. --db adds workers' corrections
// from classifier_corrections(text, label); --cv K prints a k-fold estimate instead.
import { parseArgs } from 'node:util';
import { readConfigPlaces } from '../classify/config-places.js';
import { listCorpusFiles, readExamples, type Example } from '../classify/corpus.js';
import { crossValidate } from '../classify/cross-validate.js';
import { loadClassifier } from '../classify/index.js';
import { readCorrections } from '../classify/corrections.js';
import { scorePredictions } from '../classify/metrics.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    config: { type: 'string', default: 'bot-config' },
    'model-dir': { type: 'string' },
    cv: { type: 'string' },
    errors: { type: 'boolean', default: false },
  },
});
const log = (message: string): void => void process.stderr.write(`${message}\n`);
const places = readConfigPlaces(values.config);

if (values.cv) {
  const results = crossValidate(readExamples(listCorpusFiles()), Number(values.cv), places, log);
  const pairs = results.map((r) => ({
    gold: { label: r.example.label, urgent: r.example.urgent === true, location: r.example.location ?? null },
    predicted: r.predicted,
  }));
  if (values.errors) {
    for (const { gold, predicted } of pairs.filter((p) => p.gold.label !== p.predicted.label || p.gold.urgent !== p.predicted.urgent)) {
      const text = results.find((r) => r.predicted === predicted)!.example.text;
      log(`  gold ${gold.label}/${gold.urgent} got ${predicted.label}/${predicted.urgent} ${text}`);
    }
  }
  process.stdout.write(`${JSON.stringify(scorePredictions(pairs, 0).metrics)}\n`);
} else {
  const extraExamples = values.db ? readCorrections(values.db) : [];
  await loadClassifier({ places, modelDir: values['model-dir'], extraExamples, forceTrain: true, log });
  log(`model written (${extraExamples.length} corrections included)`);
}
