import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NeuralJson } from '@nlpjs/neural';

const FORMAT = 'yimi-classifier/3';
export const MODEL_FILE = 'classifier-model.json';

/** What a trained classifier needs besides code: the networks and the learned place names. */
export interface ModelPayload {
  net: NeuralJson;
  urgencyNet: NeuralJson;
  gazetteer: string[];
}

interface CacheFile {
  format: string;
  key: string;
  checksum: string;
  payload: string;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Returns the cached payload only when it was trained from exactly these inputs (key)
 * and its bytes are intact (checksum); anything else is a reason to retrain, given
 * back as a string for the log.
 */
export function readModelCache(dir: string, key: string): { payload: ModelPayload } | { reason: string } {
  let file: CacheFile;
  try {
    file = JSON.parse(readFileSync(join(dir, MODEL_FILE), 'utf8')) as CacheFile;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: code === 'ENOENT' ? 'no cached model' : 'cached model is unreadable' };
  }
  if (file?.format !== FORMAT || typeof file.payload !== 'string') return { reason: 'cached model has an unknown format' };
  if (file.key !== key) return { reason: 'cached model is stale (corpus or options changed)' };
  if (sha256(file.payload) !== file.checksum) return { reason: 'cached model is corrupted (checksum mismatch)' };
  try {
    return { payload: JSON.parse(file.payload) as ModelPayload };
  } catch {
    return { reason: 'cached model payload is unreadable' };
  }
}

/** Written to a temporary name and renamed, so a crash never leaves half a model. */
export function writeModelCache(dir: string, key: string, payload: ModelPayload): void {
  mkdirSync(dir, { recursive: true });
  const body = JSON.stringify(payload);
  const file: CacheFile = { format: FORMAT, key, checksum: sha256(body), payload: body };
  const target = join(dir, MODEL_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(file));
  renameSync(temporary, target);
}
