// npm run -s classify -- FILE.jsonl   (see ../shared/contracts.md: stdout is results only)
import { parseArgs } from 'node:util';
import { loadClassifier } from '../classify/index.js';
import { readConfigPlaces } from '../classify/config-places.js';
import { isBad, parseRecords, readInput } from '../classify/jsonl-records.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { config: { type: 'string', default: 'bot-config' }, 'model-dir': { type: 'string' } },
});
const file = positionals[0];
if (!file) {
  process.stderr.write('usage: npm run -s classify -- FILE.jsonl|- [--config DIR] [--model-dir DIR]\n');
  process.exit(2);
}

const classifier = await loadClassifier({
  places: readConfigPlaces(values.config),
  modelDir: values['model-dir'],
  log: (message) => process.stderr.write(`${message}\n`),
});
const out: string[] = [];
for (const record of parseRecords(readInput(file))) {
  if (isBad(record)) {
    process.stderr.write(`line ${record.line}: ${record.error}\n`);
    out.push(JSON.stringify({ id: record.id, error: record.error }));
    continue;
  }
  const result = classifier.classify(record.text, { group: record.group, sender: record.sender });
  out.push(JSON.stringify({ id: record.id, ...result }));
}
process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
