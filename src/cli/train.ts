// npm run train [-- --db FILE] [-- --cv K] [-- --stability N --on FILE.jsonl]
// Retrains the classifier and rewrites the model cache. --db adds workers' corrections
// from classifier_corrections(text, label); --cv K prints a k-fold estimate instead;
// --stability N scores FILE with N classifiers, each trained without a random 2% of the corpus.
import { parseArgs } from 'node:util';
import { readConfigPlaces } from '../classify/config-places.js';
import { listCorpusFiles, readExamples, type Example } from '../classify/corpus.js';
import { crossValidate, trainWithout } from '../classify/cross-validate.js';
import { type InputRecord, isBad, parseRecords, readInput } from '../classify/jsonl-records.js';
import { type Gold } from '../classify/metrics.js';
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
    stability: { type: 'string' },
    on: { type: 'string' },
  },
});
const log = (message: string): void => void process.stderr.write(`${message}\n`);
const places = readConfigPlaces(values.config);

if (values.stability) {
  if (!values.on) {
    log('usage: npm run train -- --stability N --on FILE.jsonl');
    process.exit(2);
  }
  const records = parseRecords(readInput(values.on)).filter((r): r is InputRecord & { gold: Gold } => !isBad(r) && r.gold !== undefined);
  const examples = readExamples(listCorpusFiles());
  for (let seed = 1; seed <= Number(values.stability); seed += 1) {
    const classifier = trainWithout(examples, seed, places);
    const pairs = records.map((r) => ({ gold: r.gold, predicted: classifier.classify(r.text, { group: r.group, sender: r.sender }) }));
    process.stdout.write(`${JSON.stringify({ seed, ...scorePredictions(pairs, 0).metrics })}\n`);
  }
} else if (values.cv) {
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
