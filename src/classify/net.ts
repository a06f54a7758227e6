import { NeuralNetwork, type NeuralJson, type NeuralSettings } from '@nlpjs/neural';
import { extractFeatures } from './features.js';
import { normaliseText } from './normalise.js';

/**
 * node-nlp's NeuralNetwork: one leaky-ReLU perceptron per output over sparse features.
 * Its run() is synchronous and costs one dot product per output, which is what keeps
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

/** Trains on raw texts, each with the one output it should fire. */
export function trainNet(samples: ReadonlyArray<{ text: string; output: string }>, settings = TRAINING_SETTINGS): NeuralNetwork {
  const net = new NeuralNetwork({ ...settings, log: false });
  net.train(samples.map((s) => ({ input: extractFeatures(normaliseText(s.text)), output: { [s.output]: 1 } })));
  return net;
}

/** Restores a cached net, refusing one with unknown outputs or missing perceptrons. */
export function restoreNet(json: NeuralJson, knownOutputs: readonly string[], what: string): NeuralNetwork {
  const outputs = json.intents ?? [];
  if (!json.features?.length || !outputs.every((o) => knownOutputs.includes(o))) throw new Error(`${what} has no features or unknown outputs`);
  if (json.perceptrons?.length !== outputs.length) throw new Error(`${what} is truncated`);
  const net = new NeuralNetwork();
  net.fromJSON(json);
  return net;
}

/** Raw non-negative output scores for already-normalised text. */
export function runNet(net: NeuralNetwork, normalisedText: string): Record<string, number> {
  return net.run(extractFeatures(normalisedText)) ?? {};
}

/**
 * One net whose weights are the average of several nets', feature by feature. The nets
 * are linear before their activation, so this scores like averaging their outputs (held-out
 * figures in docs/classifier.md) at the cost of running one.
 */
export function averageNets(nets: readonly NeuralNetwork[]): NeuralNetwork {
  const jsons = nets.map((net) => net.toJSON());
  if (!jsons[0]) throw new Error('no nets to average');
  const features = [...new Set(jsons.flatMap((json) => json.features ?? []))];
  const column = new Map(features.map((feature, i) => [feature, i]));
  const outputs = [...new Set(jsons.flatMap((json) => json.intents ?? []))];
  const perceptrons = outputs.map(() => new Array<number>(features.length + 1).fill(0));
  for (const json of jsons) {
    outputs.forEach((output, o) => {
      const source = json.perceptrons?.[json.intents?.indexOf(output) ?? -1];
      if (!source) return;
      const target = perceptrons[o]!;
      json.features?.forEach((feature, k) => (target[column.get(feature)!]! += source[k]! / jsons.length));
      target[features.length]! += source[source.length - 1]! / jsons.length; // the bias
    });
  }
  const average = new NeuralNetwork();
  average.fromJSON({ settings: jsons[0].settings, features, intents: outputs, perceptrons });
  return average;
}
