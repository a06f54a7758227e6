import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { openDatabase } from '../store/database.js';
import { checkBackup } from './check-backup.js';
import { isDatabaseInUse } from './database-in-use.js';

export class RestoreError extends Error {
  override name = 'RestoreError';
}

export interface RestoreResult {
  /** Schema version of the backup, and after migrations ran on the restored copy. */
  fromVersion: number;
  toVersion: number;
  /** Where the database that was replaced now lives (null when there was none). */
  previous: string | null;
}

/**
 * Puts a backup in place of the live database: checks it, refuses while a bot has the
 * database open (unless forced), keeps the replaced database beside it, removes the old
 * -wal/-shm (SQLite would otherwise replay the old log onto the restored file), then opens
 * the result once so migrations bring it up to date.
 */
export function restoreBackup(backupFile: string, dbFile: string, opts: { force?: boolean; at?: number } = {}): RestoreResult {
  const check = checkBackup(backupFile);
  if (!check.ok) throw new RestoreError(`backup refused: ${check.reason}`);
  if (!opts.force && isDatabaseInUse(dbFile)) {
    throw new RestoreError(`${dbFile} is open in another process (is the bot running?); stop the bot first, or pass --force`);
  }

  const staging = `${dbFile}.restoring`;
  copyFileSync(backupFile, staging);
  let previous: string | null = null;
  if (existsSync(dbFile)) {
    foldWal(dbFile);
    previous = `${dbFile}.before-restore-${new Date(opts.at ?? Date.now()).toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dbFile, previous);
  }
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${dbFile}${suffix}`, { force: true });
  renameSync(staging, dbFile);

  const db = openDatabase(dbFile);
  try {
    const toVersion = db.pragma('user_version', { simple: true }) as number;
    const quick = db.pragma('quick_check', { simple: true });
    if (quick !== 'ok') throw new RestoreError(`restored database failed quick_check: ${String(quick)}`);
    return { fromVersion: check.userVersion, toVersion, previous };
  } finally {
    db.close();
  }
}

/** Writes the old database's log into its main file so the kept copy is complete; best effort. */
function foldWal(dbFile: string): void {
  try {
    const db = new Database(dbFile, { fileMustExist: true, timeout: 0 });
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  } catch {
    // A corrupt or locked old database is exactly what a restore is for; keep it as it is.
  }
}
