import { loadConfig } from '../../src/config/load-config.js';
import type { Config } from '../../src/config/schema.js';
import { openDatabase } from '../../src/store/database.js';
import { createRepositories, type Repositories } from '../../src/store/repositories.js';
import { CaseService } from '../../src/cases/case-service.js';
import { buildRegistry } from '../../src/commands/all-commands.js';
import { Intake, type IntakeResult } from '../../src/intake/intake.js';
import { ManualClock } from '../../src/clock/clock.js';
import { createLogger } from '../../src/app/logger.js';
import { loadClassifier } from '../../src/classify/index.js';
import type { Classifier } from '../../src/classify/classifier.js';
import type { InboundMessage } from '../../src/intake/inbound-message.js';
import { splitQuote } from '../../src/transport/wechaty/parse-quote.js';
import { placesFromConfig } from '../../src/classify/config-places.js';

export const config: Config = loadConfig('bot-config');
let classifier: Promise<Classifier> | null = null;
/** The real trained classifier, from data/model (trains once if the cache is stale). */
export function realClassifier(): Promise<Classifier> {
  classifier ??= loadClassifier({ places: placesFromConfig(config) });
  return classifier;
}

export interface Violation {
  seed: number;
  step: number;
  problem: string;
  input: Record<string, unknown>;
}

/** Shows an input the way a bug report needs it: short, escaped, with its real length. */
export function describeInput(m: InboundMessage): Record<string, unknown> {
  const text = m.text.length > 160 ? `${m.text.slice(0, 160)}… (${m.text.length} chars)` : m.text;
  return { id: m.id, room: m.roomTopic, roomId: m.roomId, sender: m.senderId, senderName: m.senderName.slice(0, 40), kind: m.kind, text: JSON.stringify(text), quoted: m.quotedText?.slice(0, 80) ?? null };
}

/**
 * A fresh in-memory bot (real migrations, repositories, case service, registry, classifier)
 * that checks the fuzz invariants after every message and collects what it breaks.
 */
export class FuzzWorld {
  readonly clock = new ManualClock(Date.parse('2026-11-18T09:00:00+08:00'));
  readonly repos: Repositories = createRepositories(openDatabase(':memory:'));
  readonly violations: Violation[] = [];
  readonly outcomes = new Map<string, number>();
  private readonly intake: Intake;
  private readonly storedIds = new Set<string>();
  private lastOutboxId = 0;

  constructor(classifier: Classifier, readonly seed: number) {
    const cases = new CaseService(this.repos, config, this.clock);
    this.intake = new Intake({ config, clock: this.clock, repos: this.repos, cases, classifier, registry: buildRegistry(), log: createLogger('silent') });
  }

  /** Hands one message over the way the transport would (quote split off) and checks it. */
  async send(step: number, raw: Omit<InboundMessage, 'quotedText' | 'mentions'>): Promise<IntakeResult | null> {
    const split = splitQuote(raw.text);
    const msg: InboundMessage = { ...raw, text: split.text, quotedText: split.quoted, mentions: [] };
    const bad = (problem: string) => this.violations.push({ seed: this.seed, step, problem, input: describeInput(msg) });
    const redelivery = this.storedIds.has(msg.id);
    let result: IntakeResult | null = null;
    const started = performance.now();
    try {
      result = await this.intake.handle(msg);
    } catch (err) {
      bad(`threw: ${(err as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
    }
    const ms = performance.now() - started;
    // A hang detector, not a speed test (that is npm run bench): generous for a loaded CI box.
    if (ms > 5_000) bad(`took ${ms.toFixed(0)} ms`);
    this.storedIds.add(msg.id);
    if (result) {
      this.outcomes.set(result.outcome, (this.outcomes.get(result.outcome) ?? 0) + 1);
      if (result.outcome === 'failed') bad(`outcome failed: ${this.repos.db.prepare('SELECT detail FROM messages WHERE id = ?').pluck().get(msg.id) as string}`);
      if (redelivery !== (result.outcome === 'duplicate')) bad(`redelivery ${redelivery} but outcome ${result.outcome}`);
    }
    const rows = this.repos.messages.count();
    if (rows !== this.storedIds.size) bad(`messages has ${rows} rows for ${this.storedIds.size} distinct ids`);
    const replies = this.repos.db.prepare('SELECT id, kind, text FROM outbox WHERE id > ? ORDER BY id').all(this.lastOutboxId) as { id: number; kind: string; text: string }[];
    for (const r of replies) {
      this.lastOutboxId = r.id;
      if (r.text.trim().length === 0) bad(`empty ${r.kind} reply`);
      if (r.text.length >= 2_000) bad(`${r.kind} reply of ${r.text.length} chars: ${JSON.stringify(r.text.slice(0, 80))}…`);
    }
    return result;
  }

  /** Database-wide invariants, checked once at the end. */
  checkDatabase(): void {
    const integrity = this.repos.db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') this.violations.push({ seed: this.seed, step: -1, problem: `integrity_check: ${String(integrity)}`, input: {} });
    const fk = this.repos.db.pragma('foreign_key_check') as unknown[];
    if (fk.length > 0) this.violations.push({ seed: this.seed, step: -1, problem: `foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`, input: {} });
    const tables = this.repos.db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('cases','messages','case_events')").pluck().get();
    if (tables !== 3) this.violations.push({ seed: this.seed, step: -1, problem: 'a table went missing', input: {} });
  }
}
