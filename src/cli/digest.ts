// npm run -s digest -- --date YYYY-MM-DD [--period day|week|month] [--png FILE] [--db FILE] [--config DIR] [--as-of ISO]
// Prints the digest text, then the metrics as one JSON object on the last line.
import { parseArgs } from 'node:util';
import { existsSync, writeFileSync } from 'node:fs';
import { loadConfig } from '../config/load-config.js';
import { openDatabase } from '../store/database.js';
import { localDate } from '../clock/zoned-time.js';
import { makeDigest, digestJson } from '../report/digest.js';
import { renderDigestChart } from '../report/digest-chart.js';
import { addDays, isValidDate, type PeriodKind } from '../report/period.js';

const USAGE = 'usage: npm run -s digest -- --date YYYY-MM-DD [--period day|week|month] [--png FILE] [--db FILE] [--config DIR] [--as-of ISO]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    date: { type: 'string' },
    period: { type: 'string', default: 'day' },
    png: { type: 'string' },
    db: { type: 'string', default: 'data/yimi.db' },
    config: { type: 'string', default: 'bot-config' },
    'as-of': { type: 'string' },
  },
});

const kind = values.period as PeriodKind;
if (!['day', 'week', 'month'].includes(kind)) fail(`--period: expected day, week or month, got "${values.period}"`);
const config = loadConfig(values.config);
const tz = config.community.timeZone;
const now = Date.now();
const date = values.date ?? addDays(localDate(now, tz), -1);
if (!isValidDate(date)) fail(`--date: expected a date as YYYY-MM-DD, got "${values.date}"`);
const asOf = values['as-of'] === undefined ? undefined : Date.parse(values['as-of']);
if (asOf !== undefined && Number.isNaN(asOf)) fail(`--as-of: expected an ISO time such as 2025-11-21T08:00:00+08:00, got "${values['as-of']}"`);
if (!existsSync(values.db)) fail(`--db: ${values.db} does not exist`);

const db = openDatabase(values.db);
try {
  const digest = makeDigest(db, config, kind, date, now, asOf);
  if (values.png) {
    writeFileSync(values.png, renderDigestChart(digest.data));
    console.error(`chart written to ${values.png}`);
  }
  console.log(digest.text);
  console.log(JSON.stringify(digestJson(digest.data)));
} finally {
  db.close();
}
