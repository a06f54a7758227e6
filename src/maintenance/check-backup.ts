import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { listMigrations } from '../store/migrate.js';

export type BackupCheck = { ok: true; userVersion: number } | { ok: false; reason: string };

/**
 * Whether a file is a sound Yimi database we can run on: SQLite says it is intact, it has
 * our tables, and it was not written by a newer Yimi whose schema we do not know.
 */
export function checkBackup(file: string): BackupCheck {
  if (!existsSync(file)) return { ok: false, reason: `${file}: no such file` };
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (integrity.join() !== 'ok') return { ok: false, reason: `${file}: integrity_check failed: ${integrity.slice(0, 3).join('; ')}` };
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    const latest = listMigrations().at(-1)?.version ?? 0;
    if (userVersion > latest) return { ok: false, reason: `${file}: schema version ${userVersion} is newer than this Yimi knows (${latest}); upgrade Yimi first` };
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
    if (userVersion < 1 || !tables.has('messages') || !tables.has('cases')) return { ok: false, reason: `${file}: not a Yimi database (no schema)` };
    return { ok: true, userVersion };
  } catch (err) {
    // "file is not a database", "database disk image is malformed" ...
    return { ok: false, reason: `${file}: ${(err as Error).message}` };
  } finally {
    db?.close();
  }
}
