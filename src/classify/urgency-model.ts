import { NeuralNetwork, type NeuralJson } from '@nlpjs/neural';
import type { Example } from './corpus.js';
import { extractFeatures } from './features.js';
import { TRAINING_SETTINGS } from './model.js';
import { normaliseText } from './normalise.js';

/**
 * A second node-nlp network that reads a message only for how pressing it sounds
 * ("里边好像有个送外卖的在喊", "闻着像液化气"). The urgency rules stay the first word,
 * because every trigger they name must be explainable; this catches the wordings no
 * rule foresaw. Trained on examples whose urgency is known: `none` counts as calm.
 */
export class UrgencyModel {
  private constructor(private readonly net: NeuralNetwork) {}

  static train(examples: readonly Example[]): UrgencyModel {
    const net = new NeuralNetwork({ ...TRAINING_SETTINGS, log: false });
    const known = examples.filter((e) => e.urgent !== undefined || e.label === 'none');
    net.train(
      known.map((e) => ({ input: extractFeatures(normaliseText(e.text)), output: { [e.urgent === true ? 'urgent' : 'calm']: 1 } })),
    );
    return new UrgencyModel(net);
  }

  static fromJSON(json: NeuralJson): UrgencyModel {
    const intents = json.intents ?? [];
    // A corpus without a single urgent example trains a net with only "calm": valid, if useless.
    if (!json.features?.length || !intents.every((i) => i === 'urgent' || i === 'calm') || json.perceptrons?.length !== intents.length) {
      throw new Error('urgency model is missing or truncated');
    }
    const net = new NeuralNetwork();
    net.fromJSON(json);
    return new UrgencyModel(net);
  }

  toJSON(): NeuralJson {
    return this.net.toJSON();
  }

  /** 0..1: the urgent output's share, for already-normalised text. */
  urgency(normalisedText: string): number {
    const out = this.net.run(extractFeatures(normalisedText)) ?? {};
    const urgent = out.urgent ?? 0;
    const total = urgent + (out.calm ?? 0);
    return total > 0 ? urgent / total : 0;
  }
}
