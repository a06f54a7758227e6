import type { NeuralJson, NeuralNetwork, NeuralSettings } from '@nlpjs/neural';
import type { Example } from './corpus.js';
import { ALL_LABELS, type Label } from './labels.js';
import { restoreNet, runNet, trainNet, TRAINING_SETTINGS } from './net.js';

export { TRAINING_SETTINGS } from './net.js';

export type LabelScores = Record<Label, number>;

/** The category network: one output per taxonomy label. */
export class TextModel {
  private constructor(private readonly net: NeuralNetwork) {}

  static train(examples: readonly Example[], settings: NeuralSettings = TRAINING_SETTINGS): TextModel {
    return new TextModel(trainNet(examples.map((e) => ({ text: e.text, output: e.label })), settings));
  }

  static fromJSON(json: NeuralJson): TextModel {
    return new TextModel(restoreNet(json, ALL_LABELS, 'model'));
  }

  toJSON(): NeuralJson {
    return this.net.toJSON();
  }

  /** Raw non-negative scores per label for already-normalised text. */
  score(normalisedText: string): LabelScores {
    const out = runNet(this.net, normalisedText);
    const scores = {} as LabelScores;
    for (const label of ALL_LABELS) scores[label] = out[label] ?? 0;
    return scores;
  }
}
