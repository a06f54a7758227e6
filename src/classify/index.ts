import type { Classifier } from './classifier.js';
import { DEFAULT_CORPUS_DIR, type Example, listCorpusFiles, readExamples } from './corpus.js';
import { readFileSync } from 'node:fs';
import { learnPlaceNames } from './gazetteer.js';
import { TextModel, TRAINING_SETTINGS } from './model.js';
import { type ModelPayload, readModelCache, sha256, writeModelCache } from './model-cache.js';
import { createClassifier } from './rule-classifier.js';
import { UrgencyModel } from './urgency-model.js';
import { DIALECT_CHARS, DIALECT_PHRASES, MANDARIN_CONTEXT } from './dialect.js';

export type { Classification, Classifier, ClassifyContext } from './classifier.js';

export interface LoadClassifierOptions {
  /** Named places from config; reported as locations. */
  places?: string[];
  /** Where the trained model is cached (default data/model). */
  modelDir?: string;
  /** Where the tracked training corpus lives (default data/corpus). */
  corpusDir?: string;
  /** Workers' corrections, trained on like the corpus. */
  extraExamples?: Pick<Example, 'text' | 'label'>[];
  /** Retrain even when the cache is valid. */
  forceTrain?: boolean;
  log?: (message: string) => void;
}

// Bump when features, normalisation (it shapes training text) or the payload layout change.
const MODEL_VERSION = 'char-1-2gram/v4-urgency-averaged';

/**
 * Loads the cached model when it was trained from exactly the current corpus, options,
 * corrections and places; otherwise trains (seconds) and rewrites the cache.
 */
export async function loadClassifier(options: LoadClassifierOptions = {}): Promise<Classifier> {
  const log = options.log ?? (() => {});
  const modelDir = options.modelDir ?? 'data/model';
  const places = options.places ?? [];
  const files = listCorpusFiles(options.corpusDir ?? DEFAULT_CORPUS_DIR);
  const contents = files.map((file) => readFileSync(file, 'utf8'));
  const extra = options.extraExamples ?? [];
  const key = sha256(
    // The dialect tables shape the text the model is trained on, so they key the cache too.
    JSON.stringify({ MODEL_VERSION, TRAINING_SETTINGS, contents, extra, places, dialect: [[...DIALECT_CHARS], DIALECT_PHRASES, MANDARIN_CONTEXT] }),
  );

  let payload: ModelPayload | null = null;
  if (!options.forceTrain) {
    const cached = readModelCache(modelDir, key);
    if ('payload' in cached) payload = cached.payload;
    else log(`classifier: ${cached.reason}; training`);
  }
  let models: { text: TextModel; urgency: UrgencyModel } | null = null;
  if (payload) {
    try {
      models = { text: TextModel.fromJSON(payload.net), urgency: UrgencyModel.fromJSON(payload.urgencyNet) };
    } catch (error) {
      log(`classifier: cached model is invalid (${(error as Error).message}); training`);
      payload = null;
    }
  }
  if (!models || !payload) {
    const examples = [...readExamples(files), ...extra];
    const started = Date.now();
    models = { text: TextModel.train(examples), urgency: UrgencyModel.train(examples) };
    payload = { net: models.text.toJSON(), urgencyNet: models.urgency.toJSON(), gazetteer: learnPlaceNames(examples) };
    writeModelCache(modelDir, key, payload);
    log(`classifier: trained on ${examples.length} examples in ${Date.now() - started} ms`);
  }
  const { text: textModel, urgency: urgencyModel } = models;
  return createClassifier((text) => textModel.score(text), [...places, ...payload.gazetteer], (text) => urgencyModel.urgency(text));
}
