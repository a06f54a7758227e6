import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_NAME } from '../store/backup.js';

export interface RotationPolicy {
  /** The most recent daily backups kept. */
  keepDaily: number;
  /** Also keep the first backup of each of this many most recent months (0 = none). */
  keepMonthly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { keepDaily: 7, keepMonthly: 3 };

/**
 * Which backup files to keep and which to delete. "First of the month" means the earliest
 * backup that month, so a missed backup on the 1st does not leave the month without one.
 * Names that are not ours are neither kept nor removed: they are simply not listed.
 */
export function planRotation(names: string[], policy: RotationPolicy): { keep: string[]; remove: string[] } {
  const dated = names
    .map((name) => ({ name, date: BACKUP_NAME.exec(name)?.[1] }))
    .filter((b): b is { name: string; date: string } => b.date !== undefined)
    .sort((a, b) => b.date.localeCompare(a.date));
  const keep = new Set(dated.slice(0, Math.max(0, policy.keepDaily)).map((b) => b.name));
  const firstOfMonth = new Map<string, string>();
  for (const b of dated) firstOfMonth.set(b.date.slice(0, 7), b.name); // newest first, so the earliest wins
  [...firstOfMonth.values()].slice(0, Math.max(0, policy.keepMonthly)).forEach((name) => keep.add(name));
  return { keep: dated.filter((b) => keep.has(b.name)).map((b) => b.name), remove: dated.filter((b) => !keep.has(b.name)).map((b) => b.name) };
}

/** Deletes the backups the policy does not keep; returns the names removed. */
export function rotateBackups(dir: string, policy: RotationPolicy = DEFAULT_ROTATION): string[] {
  const { remove } = planRotation(readdirSync(dir), policy);
  for (const name of remove) rmSync(join(dir, name), { force: true });
  return remove;
}
