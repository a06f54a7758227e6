/**
 * Bag of character n-grams. Chinese has no spaces, and residents' messages are short and
 * full of typos, so unigrams + bigrams generalise better than a word segmenter trained on
 * news. Digits are folded to "0" so "3幢" and "17幢" share features.
 */
export type FeatureBag = Record<string, number>;

export function extractFeatures(text: string): FeatureBag {
  const folded = text.toLowerCase().replace(/\d+/g, '0').replace(/[a-z]+/g, 'a');
  const bag: FeatureBag = {};
  let prev = '';
  for (const ch of folded) {
    if (ch === ' ') {
      prev = '';
      continue;
    }
    bag[ch] = 1;
    if (prev) bag[prev + ch] = 1;
    prev = ch;
  }
  // Unit length: the perceptron's step is proportional to the squared input norm, and
  // a long message with 150 n-grams would otherwise overshoot and kill its ReLUs.
  const keys = Object.keys(bag);
  const weight = keys.length ? 1 / Math.sqrt(keys.length) : 0;
  for (const key of keys) bag[key] = weight;
  return bag;
}
