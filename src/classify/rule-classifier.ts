import type { Classification, Classifier, ClassifyContext } from './classifier.js';
import { decide } from './decide.js';
import { createLocationExtractor } from './location.js';
import type { LabelScores } from './model.js';
import { normalise } from './normalise.js';
import { isUrgent } from './urgency.js';

// A reply shorter than this ("还没修好", "都三天了") is read together with the message it
// quotes: the quote names the problem the follow-up is about.
const SHORT_REPLY = 12;

/** Glue: normalise → model scores → taxonomy rules → urgency and location. */
export function createClassifier(score: (text: string) => LabelScores, places: readonly string[]): Classifier {
  const findLocation = createLocationExtractor(places);
  return {
    classify(raw: string, _context?: ClassifyContext): Classification {
      const { text, offsets, quote } = normalise(raw);
      const modelText = quote && text.length < SHORT_REPLY ? `${quote} ${text}` : text;
      const { label, confidence } = decide(modelText, score(modelText));
      const span = findLocation(text);
      const location = span ? raw.slice(offsets[span.start], offsets[span.end - 1]! + 1) : null;
      return { label, urgent: label !== 'none' && isUrgent(modelText, label), location, confidence };
    },
  };
}
