import type { Classification, Classifier, ClassifyContext } from './classifier.js';
import { decide } from './decide.js';
import { createLocationExtractor } from './location.js';
import type { LabelScores } from './model.js';
import { normalise } from './normalise.js';
import { isUrgent } from './urgency.js';
import type { Label } from './labels.js';
import { NOT_HERE, PAST } from './signals.js';

// A reply shorter than this ("还没修好", "都三天了") is read together with the message it
// quotes: the quote names the problem the follow-up is about.
const SHORT_REPLY = 12;
// A longer reply to a staff message ("都晚上十点了还是黑的，师傅到底来过没") is a follow-up
// on the quoted problem when it complains that nothing has happened.
const FOLLOW_UP_REPLY = 40;
const UNSURE = 0.6;
// The urgency network adds urgency when it finds urgent more likely than calm, and only
// for categories the taxonomy lets be urgent: a missed emergency costs more than a false
// alarm (figures for 0.45–0.7 in docs/classifier.md).
const URGENCY_MODEL_THRESHOLD = 0.5;
const CAN_BE_URGENT: ReadonlySet<Label> = new Set(['water', 'elevator', 'facility', 'parking', 'dispute', 'safety', 'missing_person']);
const COMPLAINT = /还|又|没|到底|怎么|什么时候|依然|仍然|照样|也说|说好|天了|一周了|[?？]/;

/** Glue: normalise → model scores → taxonomy rules → urgency and location. */
export function createClassifier(
  score: (text: string) => LabelScores,
  places: readonly string[],
  urgency: (text: string) => number = () => 0,
): Classifier {
  const findLocation = createLocationExtractor(places);
  return {
    classify(raw: string, _context?: ClassifyContext): Classification {
      const { text, offsets, quote } = normalise(raw);
      let modelText = quote && text.length < SHORT_REPLY ? `${quote} ${text}` : text;
      let { label, confidence } = decide(modelText, score(modelText));
      if (quote && (label === 'none' || confidence < UNSURE) && modelText === text && text.length < FOLLOW_UP_REPLY && COMPLAINT.test(text)) {
        const joined = `${quote} ${text}`;
        const withQuote = decide(joined, score(joined));
        if (withQuote.label !== 'none') ({ label, confidence, modelText } = { ...withQuote, modelText: joined });
      }
      const span = findLocation(text);
      let location = span ? raw.slice(offsets[span.start], offsets[span.end - 1]! + 1) : null;
      // The place may be named only in the quoted message ("5座楼梯灯已报修").
      if (!location && quote && modelText !== text) {
        const quoted = findLocation(quote);
        const name = quoted ? quote.slice(quoted.start, quoted.end) : null;
        if (name && raw.includes(name)) location = name;
      }
      const urgent =
        label !== 'none' &&
        (isUrgent(modelText, label) ||
          (CAN_BE_URGENT.has(label) && urgency(modelText) > URGENCY_MODEL_THRESHOLD && !NOT_HERE.test(modelText) && !PAST.test(modelText)));
      return { label, urgent, location, confidence };
    },
  };
}
