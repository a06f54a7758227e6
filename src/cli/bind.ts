// npm run bind -- --worker 姓名 [--db data/yimi.db] [--config bot-config]
// Prints a one-time code (24 h, single use) a worker sends privately to the bot: 绑定 123456.
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../app/load-config-or-exit.js';
import { openDatabase } from '../store/database.js';
import { BindingRepository, UNBOUND_PREFIX } from '../store/binding-repository.js';
import { toChatTime } from '../clock/zoned-time.js';

const { values } = parseArgs({ options: { worker: { type: 'string' }, db: { type: 'string', default: 'data/yimi.db' }, config: { type: 'string', default: 'bot-config' } } });
const config = loadConfigOrExit(values.config!);
const worker = config.workers.find((w) => w.name === values.worker || w.id === values.worker);
if (!values.worker || !worker) {
  const unbound = config.workers.filter((w) => w.id.startsWith(UNBOUND_PREFIX)).map((w) => w.name);
  process.stderr.write(`usage: npm run bind -- --worker NAME   (workers waiting to bind: ${unbound.join(', ') || 'none'})\n`);
  process.exit(2);
}
if (!worker.id.startsWith(UNBOUND_PREFIX)) {
  process.stderr.write(`${worker.name} is configured with WeChat id ${worker.id}; nothing to bind.\n`);
  process.exit(2);
}
const db = openDatabase(values.db!);
const { code, expiresAt } = new BindingRepository(db).issue(worker.id, 'cli', Date.now());
db.close();
process.stdout.write(`${worker.name}: 绑定码 ${code}, valid until ${toChatTime(expiresAt, config.community.timeZone)}. Send privately to the bot: 绑定 ${code}\n`);
