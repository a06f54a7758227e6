// npm run bench: runs each bench in turn and prints its numbers. Add benches to the list.
import { benchClassify } from './bench/classify.js';

const BENCHES: { name: string; run: () => Promise<Record<string, number>> }[] = [
  { name: 'classify', run: benchClassify },
];

for (const bench of BENCHES) {
  const results = await bench.run();
  for (const [key, value] of Object.entries(results)) console.log(`${bench.name}.${key}\t${value}`);
}
