import type { Classification } from './classifier.js';
import { ALL_LABELS, type Label } from './labels.js';

export interface Gold {
  label: Label;
  urgent: boolean;
  location: string | null;
}

/** The keys of the eval contract, in its order. */
export interface EvalMetrics {
  n: number;
  case_precision: number;
  case_recall: number;
  case_f1: number;
  category_accuracy: number;
  macro_f1: number;
  urgent_precision: number;
  urgent_recall: number;
  location_exact: number;
  msgs_per_s: number;
}

export interface LabelRow {
  label: Label;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

// An empty denominator means nothing could go wrong: score it 1, like sklearn's zero_division=1.
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const round = (x: number): number => Math.round(x * 10000) / 10000;

export function scorePredictions(
  pairs: readonly { gold: Gold; predicted: Classification }[],
  msgsPerSecond: number,
): { metrics: EvalMetrics; perLabel: LabelRow[]; confusions: { gold: Label; predicted: Label; count: number }[] } {
  let caseTp = 0, caseFp = 0, caseFn = 0, correct = 0, urgentTp = 0, urgentFp = 0, urgentFn = 0;
  let locationTotal = 0, locationExact = 0;
  const confusion = new Map<string, number>();
  for (const { gold, predicted } of pairs) {
    const goldCase = gold.label !== 'none';
    const predCase = predicted.label !== 'none';
    if (predCase && goldCase) caseTp += 1;
    if (predCase && !goldCase) caseFp += 1;
    if (!predCase && goldCase) caseFn += 1;
    if (predicted.label === gold.label) correct += 1;
    else confusion.set(`${gold.label}>${predicted.label}`, (confusion.get(`${gold.label}>${predicted.label}`) ?? 0) + 1);
    if (predicted.urgent && gold.urgent) urgentTp += 1;
    if (predicted.urgent && !gold.urgent) urgentFp += 1;
    if (!predicted.urgent && gold.urgent) urgentFn += 1;
    if (goldCase && gold.location) {
      locationTotal += 1;
      if (predicted.location === gold.location) locationExact += 1;
    }
  }
  const perLabel = ALL_LABELS.map((label): LabelRow => {
    const tp = pairs.filter((p) => p.gold.label === label && p.predicted.label === label).length;
    const predictedCount = pairs.filter((p) => p.predicted.label === label).length;
    const support = pairs.filter((p) => p.gold.label === label).length;
    const precision = ratio(tp, predictedCount);
    const recall = ratio(tp, support);
    return { label, precision: round(precision), recall: round(recall), f1: round(f1(precision, recall)), support };
  });
  const caseP = ratio(caseTp, caseTp + caseFp);
  const caseR = ratio(caseTp, caseTp + caseFn);
  const metrics: EvalMetrics = {
    n: pairs.length,
    case_precision: round(caseP),
    case_recall: round(caseR),
    case_f1: round(f1(caseP, caseR)),
    category_accuracy: round(ratio(correct, pairs.length)),
    macro_f1: round(perLabel.reduce((sum, row) => sum + row.f1, 0) / perLabel.length),
    urgent_precision: round(ratio(urgentTp, urgentTp + urgentFp)),
    urgent_recall: round(ratio(urgentTp, urgentTp + urgentFn)),
    location_exact: round(ratio(locationExact, locationTotal)),
    msgs_per_s: Math.round(msgsPerSecond),
  };
  const confusions = [...confusion.entries()]
    .map(([key, count]) => {
      const [gold, predicted] = key.split('>') as [Label, Label];
      return { gold, predicted, count };
    })
    .sort((a, b) => b.count - a.count);
  return { metrics, perLabel, confusions };
}
