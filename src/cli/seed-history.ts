// npm run seed-history -- --db FILE [--days 365] [--per-day 290] [--seed N] [--config DIR]
// Fills an empty database with a realistic history of one community, for benches and demos.
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { loadConfig } from '../config/load-config.js';
import { openDatabase } from '../store/database.js';
import { generateHistory } from '../report/seed/generate-history.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    days: { type: 'string', default: '365' },
    'per-day': { type: 'string' },
    seed: { type: 'string' },
    config: { type: 'string', default: 'bot-config' },
  },
});

if (!values.db) {
  console.error('usage: npm run seed-history -- --db FILE [--days 365] [--per-day 290] [--seed N] [--config DIR]');
  process.exit(2);
}
const days = Number(values.days);
if (!Number.isInteger(days) || days < 1 || days > 3660) {
  console.error(`--days: expected a whole number of days, got "${values.days}"`);
  process.exit(2);
}
const config = loadConfig(values.config);
const existed = existsSync(values.db);
const db = openDatabase(values.db);
const have = (db.prepare('SELECT COUNT(*) n FROM cases').get() as { n: number }).n;
if (have > 0) {
  console.error(`${values.db} already holds ${have} cases; seed-history only writes into an empty database.`);
  db.close();
  process.exit(1);
}
const started = performance.now();
const stats = generateHistory(db, config, {
  days,
  end: Date.now(),
  perDay: values['per-day'] ? Number(values['per-day']) : undefined,
  seed: values.seed ? Number(values.seed) : undefined,
});
db.close();
const secs = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${existed ? 'filled' : 'created'} ${values.db}: ${stats.cases} cases, ${stats.events} events, ${stats.reports} reports in ${secs} s`);
