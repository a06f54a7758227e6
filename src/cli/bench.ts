// npm run bench: runs each bench in turn and prints its numbers. Add benches to the list.
import { benchClassify } from './bench/classify.js';
import { benchPipeline } from './bench/pipeline.js';
import { benchReport } from './bench/report.js';

const BENCHES: { name: string; run: () => Promise<Record<string, number>> }[] = [
  { name: 'classify', run: benchClassify },
  { name: 'pipeline', run: benchPipeline },
  { name: 'report', run: () => benchReport() },
];

const only = process.argv.slice(2);
for (const bench of BENCHES.filter((b) => only.length === 0 || only.includes(b.name))) {
  const results = await bench.run();
  for (const [key, value] of Object.entries(results)) console.log(`${bench.name}.${key}\t${value}`);
}
