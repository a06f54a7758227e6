import type { Label } from './labels.js';

/** What the classifier decides for one message. */
export interface Classification {
  label: Label;
  urgent: boolean;
  /** The exact span of the text naming the place, or null. */
  location: string | null;
  /** 0..1: how sure the classifier is of `label`. */
  confidence: number;
}

/** Optional context a message arrives with (group topic, sender display name). */
export interface ClassifyContext {
  group?: string;
  sender?: string;
}

/**
 * The pipeline depends on this interface only. Implementations must be synchronous
 * and cheap per call (the pipeline classifies every group message).
 */
export interface Classifier {
  classify(text: string, context?: ClassifyContext): Classification;
}
