import { parseArgs } from 'node:util';
import { restoreBackup, RestoreError } from '../maintenance/restore-backup.js';

// npm run restore -- FILE [--db data/yimi.db] [--force]
// Stop the bot first; --force only when you are sure nothing has the database open.
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    db: { type: 'string', default: 'data/yimi.db' },
    force: { type: 'boolean', default: false },
  },
});

const [file] = positionals;
if (!file || positionals.length > 1) {
  console.error('usage: npm run restore -- FILE [--db data/yimi.db] [--force]');
  process.exit(2);
}
try {
  const r = restoreBackup(file, values.db!, { force: values.force });
  console.log(`restored ${file} → ${values.db} (schema ${r.fromVersion} → ${r.toVersion})`);
  if (r.previous) console.log(`the replaced database was kept as ${r.previous}`);
} catch (err) {
  console.error(err instanceof RestoreError ? err.message : `restore failed: ${(err as Error).stack ?? err}`);
  process.exitCode = 1;
}
