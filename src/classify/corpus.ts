import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ALL_LABELS, type Label } from './labels.js';

/** One training utterance. Gold location and urgency are optional (used for checks). */
export interface Example {
  text: string;
  label: Label;
  location?: string | null;
  urgent?: boolean;
  /** Base name of the corpus file the example came from (cross-validation picks by it). */
  source?: string;
}

export const DEFAULT_CORPUS_DIR = 'data/corpus';

/** The corpus files in a stable order, so their hash does not depend on the file system. */
export function listCorpusFiles(dir: string = DEFAULT_CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(dir, name));
}

/** Parses JSON Lines; a bad line is a bug in the tracked corpus, so it throws with its place. */
export function parseExamples(content: string, source: string): Example[] {
  const examples: Example[] = [];
  content.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const row = JSON.parse(line) as Partial<Example>;
    if (typeof row.text !== 'string' || !ALL_LABELS.includes(row.label as Label)) {
      throw new Error(`${source}:${index + 1}: needs "text" and a known "label"`);
    }
    examples.push({ text: row.text, label: row.label as Label, location: row.location, urgent: row.urgent, source: basename(source) });
  });
  return examples;
}

export function readExamples(files: readonly string[]): Example[] {
  return files.flatMap((file) => parseExamples(readFileSync(file, 'utf8'), file));
}
