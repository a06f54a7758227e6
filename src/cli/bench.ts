// npm run bench [-- NAME ...]: runs each bench and prints its numbers. Without names, every
// bench runs in its own child process so one bench's memory does not count against another's.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchClassify } from './bench/classify.js';
import { benchPipeline } from './bench/pipeline.js';
import { benchReport } from './bench/report.js';

const BENCHES: { name: string; run: () => Promise<Record<string, number>> }[] = [
  { name: 'classify', run: benchClassify },
  { name: 'pipeline', run: benchPipeline },
  { name: 'report', run: () => benchReport() },
];

const only = process.argv.slice(2);
if (only.length === 0) {
  const self = fileURLToPath(import.meta.url);
  for (const bench of BENCHES) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, bench.name], { stdio: 'inherit' });
    if (r.status !== 0) process.exitCode = 1;
  }
} else {
  for (const bench of BENCHES.filter((b) => only.includes(b.name))) {
    const results = await bench.run();
    for (const [key, value] of Object.entries(results)) console.log(`${bench.name}.${key}\t${value}`);
  }
}
