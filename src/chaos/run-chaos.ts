import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/load-config.js';
import { openDatabase } from '../store/database.js';
import { seededRandom } from '../random/seeded-random.js';
import { generateFeed, writeFeed } from './feed.js';
import { DeliveryLog } from './delivery-log.js';
import { verifyChaos, type ChaosReport } from './verify.js';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

interface Life {
  done: boolean;
  killed: boolean;
}

/**
 * When to kill a life: after it has handled some messages (so kills land mid-work however
 * fast the machine is), or at a moment in time (which may fall in boot, recovery or drain).
 */
export type KillPlan = { afterMessages: number } | { afterMs: number } | null;

/** Runs the bot once as a child; kills it per the plan unless it finishes first. */
function live(args: string[], plan: KillPlan, onLine: (l: string) => void): Promise<Life> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let done = false;
    let killed = false;
    let timer: NodeJS.Timeout | null = null;
    const kill = () => {
      if (killed || done) return;
      killed = true;
      child.kill('SIGKILL');
    };
    if (plan && 'afterMs' in plan) timer = setTimeout(kill, plan.afterMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        if (line === 'DONE') done = true;
        const at = /^AT (\d+)$/.exec(line);
        if (at && plan && 'afterMessages' in plan && Number(at[1]) >= plan.afterMessages) kill();
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

export async function runChaos(opts: { dir: string; messages: number; kills: number; seed: number; maxMessagesPerLife?: number; log: (line: string) => void }): Promise<ChaosReport & { kills: number; lives: number }> {
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
    // One life in four dies at a random moment (boot, recovery, drain); the others mid-feed.
    const plan: KillPlan =
      rnd() < 0.25
        ? { afterMs: Math.floor(rnd() * 3_000) }
        : { afterMessages: 30 + Math.floor(rnd() * ((opts.maxMessagesPerLife ?? 1_000) - 30)) };
    const life = await live(args, plan, (l) => opts.log(`[life ${lives}] ${l}`));
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
