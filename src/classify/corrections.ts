import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Example } from './corpus.js';
import { isCaseLabel } from './labels.js';

/**
 * Workers' corrections (改类, 不是案件, 立案, 忽略) from the bot's database, if it has any;
 * an absent file or table is normal. The latest correction of a text wins.
 */
export function readCorrections(file: string): Pick<Example, 'text' | 'label'>[] {
  if (file === ':memory:' || !existsSync(file)) return [];
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name='classifier_corrections'").get();
    if (!table) return [];
    const rows = db.prepare('SELECT text, label FROM classifier_corrections ORDER BY id').all() as { text: unknown; label: unknown }[];
    const latest = new Map<string, Example['label']>();
    for (const r of rows) {
      if (typeof r.text !== 'string' || typeof r.label !== 'string') continue;
      if (r.label === 'none' || isCaseLabel(r.label)) latest.set(r.text, r.label as Example['label']);
    }
    return [...latest].map(([text, label]) => ({ text, label }));
  } finally {
    db.close();
  }
}
