import { NeuralNetwork, type NeuralJson, type NeuralSettings } from '@nlpjs/neural';
import type { Example } from './corpus.js';
import { extractFeatures } from './features.js';
import { ALL_LABELS, type Label } from './labels.js';
import { normaliseText } from './normalise.js';

/**
 * node-nlp's NeuralNetwork: one leaky-ReLU perceptron per label over sparse features.
 * Its run() is synchronous and costs one dot product per label, which is what keeps
 * classify() well under a millisecond. The default 20,000 epochs are meant for tiny
 * intent sets; a few dozen converge on ours (unit-length inputs, see features.ts).
 */
export const TRAINING_SETTINGS: NeuralSettings = {
  iterations: 40,
  errorThresh: 0.00005,
  deltaErrorThresh: 0.0000001,
  learningRate: 0.6,
  momentum: 0.5,
  alpha: 0.07,
};

export type LabelScores = Record<Label, number>;

export class TextModel {
  private constructor(private readonly net: NeuralNetwork) {}

  static train(examples: readonly Example[], settings: NeuralSettings = TRAINING_SETTINGS): TextModel {
    const net = new NeuralNetwork({ ...settings, log: false });
    net.train(
      examples.map((e) => ({ input: extractFeatures(normaliseText(e.text)), output: { [e.label]: 1 } })),
    );
    return new TextModel(net);
  }

  static fromJSON(json: NeuralJson): TextModel {
    const intents = json.intents ?? [];
    if (!json.features?.length || !intents.every((i) => ALL_LABELS.includes(i as Label))) {
      throw new Error('model has no features or unknown labels');
    }
    if (json.perceptrons?.length !== intents.length) throw new Error('model is truncated');
    const net = new NeuralNetwork();
    net.fromJSON(json);
    return new TextModel(net);
  }

  toJSON(): NeuralJson {
    return this.net.toJSON();
  }

  /** Raw non-negative scores per label for already-normalised text. */
  score(normalisedText: string): LabelScores {
    const out = this.net.run(extractFeatures(normalisedText)) ?? {};
    const scores = {} as LabelScores;
    for (const label of ALL_LABELS) scores[label] = out[label] ?? 0;
    return scores;
  }
}
