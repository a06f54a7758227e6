import type { NeuralJson, NeuralNetwork } from '@nlpjs/neural';
import type { Example } from './corpus.js';
import { averageNets, restoreNet, runNet, trainNet } from './net.js';
import { seededRandom } from '../random/seeded-random.js';

// node-nlp trains online, one example at a time, so the last files of the corpus pull a
// single net their way and a few changed lines moved scores by ±0.15. Nets trained on
// fixed shuffles of the corpus and averaged keep the estimate steady, and the cache
// reproducible: the seeds are fixed.
const ENSEMBLE_SEEDS = [101, 202, 303, 404, 505];

/**
 * A network that reads a message only for how pressing it sounds
 * ("里边好像有个送外卖的在喊", "闻着像液化气"). The urgency rules stay the first word,
 * because every trigger they name must be explainable; this catches the wordings no
 * rule foresaw. Trained on examples whose urgency is known: `none` counts as calm.
 */
export class UrgencyModel {
  private constructor(private readonly net: NeuralNetwork) {}

  static train(examples: readonly Example[]): UrgencyModel {
    const known = examples
      .filter((e) => e.urgent !== undefined || e.label === 'none')
      .map((e) => ({ text: e.text, output: e.urgent === true ? 'urgent' : 'calm' }));
    return new UrgencyModel(averageNets(ENSEMBLE_SEEDS.map((seed) => trainNet(shuffled(known, seed)))));
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

/** Fisher–Yates with a seeded generator: the same corpus always trains the same nets. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
