import type { NeuralJson, NeuralNetwork } from '@nlpjs/neural';
import type { Example } from './corpus.js';
import { restoreNet, runNet, trainNet } from './net.js';

/**
 * A second network that reads a message only for how pressing it sounds
 * ("里边好像有个送外卖的在喊", "闻着像液化气"). The urgency rules stay the first word,
 * because every trigger they name must be explainable; this catches the wordings no
 * rule foresaw. Trained on examples whose urgency is known: `none` counts as calm.
 */
export class UrgencyModel {
  private constructor(private readonly net: NeuralNetwork) {}

  static train(examples: readonly Example[]): UrgencyModel {
    const known = examples.filter((e) => e.urgent !== undefined || e.label === 'none');
    return new UrgencyModel(trainNet(known.map((e) => ({ text: e.text, output: e.urgent === true ? 'urgent' : 'calm' }))));
  }

  // A corpus without a single urgent example trains a net with only "calm": valid, if useless.
  static fromJSON(json: NeuralJson): UrgencyModel {
    return new UrgencyModel(restoreNet(json, ['urgent', 'calm'], 'urgency model'));
  }

  toJSON(): NeuralJson {
    return this.net.toJSON();
  }

  /** 0..1: the urgent output's share, for already-normalised text. */
  urgency(normalisedText: string): number {
    const out = runNet(this.net, normalisedText);
    const urgent = out.urgent ?? 0;
    const total = urgent + (out.calm ?? 0);
    return total > 0 ? urgent / total : 0;
  }
}
