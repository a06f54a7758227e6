import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/load-config.js';
import { openDatabase } from '../store/database.js';
import { seededRandom } from '../replay/seeded-random.js';
import { generateFeed, writeFeed } from './feed.js';
import { DeliveryLog } from './delivery-log.js';
import { verifyChaos, type ChaosReport } from './verify.js';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

interface Life {
  done: boolean;
  killed: boolean;
}

/** Runs the bot once as a child; kills it after `killAfterMs` unless it finishes first. */
function live(args: string[], killAfterMs: number | null, onLine: (l: string) => void): Promise<Life> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let done = false;
    let killed = false;
    let started = false;
    let timer: NodeJS.Timeout | null = null;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        if (line === 'DONE') done = true;
        // The kill clock starts once the bot is up, so kills land mid-work, not mid-boot only.
        if (line.startsWith('START') && !started && killAfterMs !== null) {
          started = true;
          timer = setTimeout(() => {
            killed = true;
            child.kill('SIGKILL');
          }, killAfterMs);
        }
        onLine(line);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => onLine(`stderr: ${chunk.trim().slice(0, 300)}`));
    child.on('exit', () => {
      if (timer) clearTimeout(timer);
      resolve({ done, killed });
    });
  });
}

export async function runChaos(opts: { dir: string; messages: number; kills: number; seed: number; maxKillMs?: number; log: (line: string) => void }): Promise<ChaosReport & { kills: number; lives: number }> {
  const config = loadConfig('bot-config');
  const feed = generateFeed(config, opts.messages, opts.seed);
  const feedFile = join(opts.dir, 'feed.jsonl');
  const db = join(opts.dir, 'yimi.db');
  const logFile = join(opts.dir, 'delivered.jsonl');
  writeFeed(feedFile, feed);
  const args = ['--db', db, '--feed', feedFile, '--log', logFile];
  const rnd = seededRandom(opts.seed * 7919);
  let kills = 0;
  let lives = 0;
  let finished = false;
  let crashes = 0;
  // Kills spread over the run: short lives early, a few longer ones so work gets done.
  while (kills < opts.kills && !finished) {
    lives++;
    const after = Math.floor(50 + rnd() * ((opts.maxKillMs ?? 1_500) - 50));
    const life = await live(args, after, (l) => opts.log(`[life ${lives}] ${l}`));
    if (life.killed) kills++;
    else if (!life.done && ++crashes >= 3) break;
    finished = life.done;
  }
  if (!finished) {
    lives++;
    const life = await live(args, null, (l) => opts.log(`[final] ${l}`));
    finished = life.done;
  }
  const store = openDatabase(db);
  const report = verifyChaos(store, feed, new DeliveryLog(logFile));
  store.close();
  if (crashes > 0) report.problems.push(`${crashes} lives crashed on their own (see the log)`);
  return { ...report, kills, lives };
}
