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

/** The same for several nets over one text: the features are extracted once. */
export function runNets(nets: readonly NeuralNetwork[], normalisedText: string): Record<string, number>[] {
  const features = extractFeatures(normalisedText);
  return nets.map((net) => net.run(features) ?? {});
}
