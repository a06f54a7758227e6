import Database from 'better-sqlite3';
import { parseArgs } from 'node:util';
import { backupDatabase } from '../store/backup.js';
import { DEFAULT_ROTATION, rotateBackups } from '../maintenance/rotate-backups.js';

// npm run backup -- [--db data/yimi.db] [--dir data/backups] [--tz Asia/Shanghai]
// One backup now, safe while the bot runs (SQLite's online backup API), then rotation.
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/yimi.db' },
    dir: { type: 'string', default: 'data/backups' },
    tz: { type: 'string', default: 'Asia/Shanghai' },
  },
});

const db = new Database(values.db!, { fileMustExist: true, readonly: true });
try {
  // All pages in one step: a copy taken from outside the bot's process is one snapshot.
  const file = await backupDatabase(db, values.dir!, Date.now(), values.tz!, { pagesPerStep: 0x7fffffff });
  const removed = rotateBackups(values.dir!, DEFAULT_ROTATION);
  console.log(`backup written: ${file}${removed.length ? `; rotated out: ${removed.join(', ')}` : ''}`);
} catch (err) {
  console.error(`backup failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  db.close();
}
