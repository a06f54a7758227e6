import type { Example } from './corpus.js';
import { TextModel } from './model.js';
import { createClassifier } from './rule-classifier.js';
import { UrgencyModel } from './urgency-model.js';
import type { Classification } from './classifier.js';
import { sha256 } from './model-cache.js';
import { learnPlaceNames } from './gazetteer.js';
import type { Classifier } from './classifier.js';
import { seededRandom } from '../random/seeded-random.js';

export interface FoldResult {
  example: Example;
  predicted: Classification;
}

/** The independently annotated messages; our own writing would flatter the estimate. */
export const ANNOTATED_SOURCE = 'shared-train.jsonl';

/**
 * k-fold estimate on the gold-labelled examples of the shared annotated corpus
 * (`shared-train.jsonl`; when no example carries a source, those with `urgent` set): each
 * fold is predicted by a model trained on everything else, so the figures say how the
 * classifier does on messages it has not seen.
 */
export function crossValidate(
  examples: readonly Example[],
  folds: number,
  places: readonly string[],
  log: (message: string) => void,
): FoldResult[] {
  const fromAnnotated = examples.filter((e) => e.source === ANNOTATED_SOURCE);
  const gold = fromAnnotated.length ? fromAnnotated : examples.filter((e) => e.urgent !== undefined);
  const foldOf = (e: Example): number => parseInt(sha256(e.text).slice(0, 8), 16) % folds;
  const results: FoldResult[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const test = gold.filter((e) => foldOf(e) === fold);
    const testTexts = new Set(test.map((e) => e.text));
    const train = examples.filter((e) => !testTexts.has(e.text));
    const classifier = trainClassifier(train, places);
    for (const example of test) results.push({ example, predicted: classifier.classify(example.text) });
    log(`fold ${fold + 1}/${folds}: ${test.length} held out`);
  }
  return results;
}

/**
 * How steady the classifier is: a classifier trained without a seeded random share of the
 * corpus (2% by default). Scoring a set with several seeds shows how far its figures move
 * when a few training lines change.
 */
export function trainWithout(examples: readonly Example[], seed: number, places: readonly string[], share = 0.02): Classifier {
  const random = seededRandom(seed);
  return trainClassifier(examples.filter(() => random() >= share), places);
}

/** Both networks trained on these examples, uncached, behind the usual rules. */
function trainClassifier(examples: readonly Example[], places: readonly string[]): Classifier {
  const model = TextModel.train(examples);
  const urgencyModel = UrgencyModel.train(examples);
  return createClassifier((text) => model.score(text), [...places, ...learnPlaceNames(examples)], (text) => urgencyModel.urgency(text));
}
