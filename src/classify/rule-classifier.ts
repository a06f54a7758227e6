import type { Classification, Classifier, ClassifyContext } from './classifier.js';
import { type Decision, decide } from './decide.js';
import { createLocationExtractor } from './location.js';
import type { LabelScores } from './model.js';
import { normalise } from './normalise.js';
import { isUrgent } from './urgency.js';
import type { Label } from './labels.js';
import { NOT_HERE, PAST, WORRY } from './signals.js';

// A reply shorter than this ("还没修好", "都三天了") is read together with the message it
// quotes: the quote names the problem the follow-up is about.
const SHORT_REPLY = 12;
// A longer reply to a staff message ("都晚上十点了还是黑的，师傅到底来过没") is a follow-up
// on the quoted problem when it complains that nothing has happened.
const FOLLOW_UP_REPLY = 40;
const UNSURE = 0.6;
// The urgency network (five averaged nets) adds urgency, only for categories the taxonomy
// lets be urgent, when its share for urgent passes this. Chosen on 4-fold held-out messages the rules
// miss (docs/classifier.md): at 0.6 the averaged nets catch more than one net did at 0.5
// and flag about as many calm ones.
const URGENCY_MODEL_THRESHOLD = 0.6;
// Facility and parking urgency is left to the rules: a loose part over people and a blocked
// emergency vehicle are short, checkable phrases, and the network over-reached there.
const CAN_BE_URGENT: ReadonlySet<Label> = new Set(['water', 'elevator', 'dispute', 'safety', 'missing_person']);
// "有点滴水，不急": the resident says it can wait.
const CALM = /不急|不着急|慢慢来|有空(的时候)?(来|再)|放了个盆接着/;
// Staff answering a resident's question ("@小蔡 带身份证到社区办") use the same words as
// the question; the office does not ask itself, so from them it is not an inquiry. An
// emergency staff report (a guard with a crying child, a fire) stays a case.
const STAFF_SENDER = /物业|网格|社区|管家|客服|居委|工作人员|书记|主任|管理处|服务中心/;
// The office saying what it is doing about a problem ("马上安排人上去", "已通知燃气公司",
// "已经清理"): a reply on a case, not a new one.
const STAFF_ACTION = /马上(安排|过去|处理|派|到)|已(经)?(安排|通知|派|联系|报给|报修|清理|处理|疏通|抽干)|安排(人|师傅)|我们(会|马上|已经|这就)/;
const COMPLAINT = /还|又|没|到底|怎么|什么时候|依然|仍然|照样|也说|说好|天了|一周了|[?？]/;

/** Glue: normalise → model scores → taxonomy rules → urgency and location. */
export function createClassifier(
  score: (text: string) => LabelScores,
  places: readonly string[],
  urgency: (text: string) => number = () => 0,
): Classifier {
  const findLocation = createLocationExtractor(places);

  // The verdict on the reply alone, or on reply and quote together when the reply is a
  // follow-up that only makes sense with the problem it quotes.
  const read = (text: string, quote: string | null): Decision & { readText: string } => {
    const readText = quote && text.length < SHORT_REPLY ? `${quote} ${text}` : text;
    const verdict = decide(readText, score(readText));
    const complains = quote && readText === text && text.length < FOLLOW_UP_REPLY && COMPLAINT.test(text);
    if (complains && (verdict.label === 'none' || verdict.confidence < UNSURE)) {
      const joined = `${quote} ${text}`;
      const withQuote = decide(joined, score(joined));
      if (withQuote.label !== 'none') return { ...withQuote, readText: joined };
    }
    return { ...verdict, readText };
  };

  return {
    classify(raw: string, context?: ClassifyContext): Classification {
      const { text, offsets, quote } = normalise(raw);
      const verdict = read(text, quote);
      const { readText } = verdict;
      let { label, confidence } = verdict;
      const urgent = isPressing(readText, label, urgency);
      if (STAFF_SENDER.test(context?.sender ?? '') && !urgent && (label === 'inquiry' || STAFF_ACTION.test(text))) {
        label = 'none';
        confidence = 0.7;
      }
      const span = findLocation(text);
      let location = span ? raw.slice(offsets[span.start], offsets[span.end - 1]! + 1) : null;
      // The place may be named only in the quoted message ("5座楼梯灯已报修").
      if (!location && quote && readText !== text) {
        const quoted = findLocation(quote);
        const name = quoted ? quote.slice(quoted.start, quoted.end) : null;
        if (name && raw.includes(name)) location = name;
      }
      return { label, urgent, location, confidence };
    },
  };
}

/**
 * Urgent by the rules, or by the urgency network where the taxonomy allows it and nothing
 * says the event is elsewhere, over or imagined.
 */
function isPressing(readText: string, label: Label, urgency: (text: string) => number): boolean {
  if (label === 'none' || (label !== 'missing_person' && CALM.test(readText))) return false;
  if (isUrgent(readText, label)) return true;
  return CAN_BE_URGENT.has(label) && urgency(readText) > URGENCY_MODEL_THRESHOLD && !NOT_HERE.test(readText) && !PAST.test(readText) && !WORRY.test(readText);
}
