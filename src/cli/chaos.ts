// npm run chaos -- [--messages 20000] [--kills 20] [--seed 1]
// Replays a feed through the real bot and SIGKILLs it at random moments, restarting each
// time; then checks that every message is stored once, every case exists once, every queued
// message was sent exactly once and every deadline fired. Exit 1 on any violation.
import { parseArgs } from 'node:util';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChaos } from '../chaos/run-chaos.js';

const { values } = parseArgs({ options: { messages: { type: 'string', default: '20000' }, kills: { type: 'string', default: '20' }, seed: { type: 'string', default: '1' } } });
const dir = mkdtempSync(join(tmpdir(), 'yimi-chaos-'));
const report = await runChaos({ dir, messages: Number(values.messages), kills: Number(values.kills), seed: Number(values.seed), log: (l) => process.stderr.write(`${l}\n`) });
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exit(report.problems.length === 0 ? 0 : 1);
