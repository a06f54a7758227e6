import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';

/**
 * True when another connection (a running bot) has the database open. In WAL mode every
 * open connection holds a shared lock even while idle, so an exclusive lock cannot be
 * taken; a database nobody uses gives it at once. A stale lock cannot survive its process.
 */
export function isDatabaseInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const probe = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('COMMIT');
    return false;
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_BUSY' || /locked|busy/i.test((err as Error).message)) return true;
    throw err;
  } finally {
    probe.close();
  }
}
