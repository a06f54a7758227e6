// npm run -s export -- --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.xlsx|FILE.csv [--db FILE] [--config DIR]
// One row per case with its timeline, reporters (numbers masked) and the resident's rating.
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { loadConfig } from '../config/load-config.js';
import { openDatabase } from '../store/database.js';
import { exportCases } from '../report/export-cases.js';
import { isValidDate } from '../report/period.js';

const USAGE = 'usage: npm run -s export -- --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.xlsx|FILE.csv [--db FILE] [--config DIR]';
function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    out: { type: 'string' },
    db: { type: 'string', default: 'data/yimi.db' },
    config: { type: 'string', default: 'bot-config' },
  },
});
if (!values.from || !isValidDate(values.from)) fail(`--from: expected a date as YYYY-MM-DD, got "${values.from ?? ''}"`);
if (!values.to || !isValidDate(values.to)) fail(`--to: expected a date as YYYY-MM-DD, got "${values.to ?? ''}"`);
if (values.to < values.from) fail('--to is before --from');
if (!values.out || !/\.(xlsx|csv)$/i.test(values.out)) fail('--out: expected a file name ending in .xlsx or .csv');
if (!existsSync(values.db)) fail(`--db: ${values.db} does not exist`);

const config = loadConfig(values.config);
const db = openDatabase(values.db);
try {
  const started = performance.now();
  const n = await exportCases(db, config, values.from, values.to, values.out, Date.now());
  console.log(`wrote ${n} cases to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  db.close();
}
