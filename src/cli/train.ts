// npm run train [-- --db FILE] [-- --cv K]
// Retrains the classifier and rewrites the model cache. --db adds workers' corrections
// from classifier_corrections(text, label); --cv K prints a k-fold estimate instead.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { readConfigPlaces } from '../classify/config-places.js';
import { listCorpusFiles, readExamples, type Example } from '../classify/corpus.js';
import { crossValidate } from '../classify/cross-validate.js';
import { loadClassifier } from '../classify/index.js';
import { isCaseLabel } from '../classify/labels.js';
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

// Workers' corrections, if the bot's database has them; absent file or table is normal.
function readCorrections(file: string): Pick<Example, 'text' | 'label'>[] {
  if (!existsSync(file)) return [];
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name='classifier_corrections'").get();
    if (!table) return [];
    const rows = db.prepare('SELECT text, label FROM classifier_corrections').all() as { text: unknown; label: unknown }[];
    return rows
      .filter((r): r is { text: string; label: string } => typeof r.text === 'string' && typeof r.label === 'string')
      .filter((r) => r.label === 'none' || isCaseLabel(r.label))
      .map((r) => ({ text: r.text, label: r.label as Example['label'] }));
  } finally {
    db.close();
  }
}
