import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Db } from '../store/database.js';

/** Where generated charts and exports go: beside the database (data/reports), or tmp for :memory:. */
export function reportDir(db: Db, sub: 'charts' | 'exports'): string {
  const base = db.memory || db.name === ':memory:' || db.name === '' ? join(tmpdir(), 'yimi-reports') : join(dirname(resolve(db.name)), 'reports');
  const dir = join(base, sub);
  mkdirSync(dir, { recursive: true });
  return dir;
}
