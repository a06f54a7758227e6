import { execFileSync } from 'node:child_process';
import { readConfigPlaces } from '../../classify/config-places.js';
import { listCorpusFiles, readExamples } from '../../classify/corpus.js';
import { loadClassifier } from '../../classify/index.js';

const MESSAGES = 5000;

/** Classify throughput on one core, and start-up from a warm model cache in a fresh process. */
export async function benchClassify(): Promise<Record<string, number>> {
  const places = readConfigPlaces();
  const classifier = await loadClassifier({ places }); // also makes sure the cache is warm
  const texts = readExamples(listCorpusFiles()).map((e) => e.text);
  const sample = Array.from({ length: MESSAGES }, (_, i) => texts[(i * 7919) % texts.length]!);
  for (const text of sample.slice(0, 500)) classifier.classify(text); // JIT warm-up
  const started = process.hrtime.bigint();
  for (const text of sample) classifier.classify(text);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  // A child process pays module loading and cache parsing exactly as the bot does.
  const script =
    "const t=performance.now();const {loadClassifier}=await import('./src/classify/index.ts');" +
    "await loadClassifier({places:" + JSON.stringify(places) + "});console.log(performance.now()-t)";
  const startupMs = Number(
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' }).trim(),
  );
  return {
    classify_msgs_per_s: Math.round(MESSAGES / seconds),
    classify_us_per_msg: Math.round((seconds / MESSAGES) * 1e6),
    startup_cached_ms: Math.round(startupMs),
  };
}
