import Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './database.js';
import { localDate } from '../clock/zoned-time.js';

/** Daily backups are named by the community's local date, so one day has one file. */
export const BACKUP_NAME = /^yimi-(\d{4}-\d{2}-\d{2})\.db$/;

export function backupFileName(at: number, timeZone: string): string {
  return `yimi-${localDate(at, timeZone)}.db`;
}

/**
 * An online copy of the live database with SQLite's backup API: the bot keeps writing while
 * pages are copied a step at a time (writes made through the same connection are folded
 * into the copy). The copy is written under a temporary name and renamed at the end, so a
 * crash never leaves a half-written file that looks like a backup. Returns the file.
 */
export async function backupDatabase(db: Db, dir: string, at: number, timeZone: string, opts: { pagesPerStep?: number } = {}): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, backupFileName(at, timeZone));
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  try {
    // Small steps let the bot's event loop breathe; a CLI copying another process's database
    // asks for everything in one step, so that copy is one consistent snapshot.
    const pages = opts.pagesPerStep ?? 100;
    await db.backup(partial, { progress: () => pages });
    selfContained(partial);
    renameSync(partial, file);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
  return file;
}

/**
 * The copy inherits WAL mode from the live database, and a WAL file grows -wal/-shm companions
 * whenever it is opened; rollback mode keeps a backup one file that can be copied anywhere.
 */
function selfContained(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}
