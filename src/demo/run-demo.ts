import type { App } from '../app/build-app.js';
import type { MockCommunity } from '../transport/wechaty/mock-community.js';
import type { IntakeResult } from '../intake/intake.js';
import type { InboundMessage } from '../intake/inbound-message.js';
import { loadDemoPosts } from './resident-stream.js';
import { LABEL_INFO } from '../classify/labels.js';

const say = (line: string) => process.stdout.write(`${new Date().toTimeString().slice(0, 8)}  ${line}\n`);
const clip = (t: string, n = 36) => (t.length > n ? `${t.slice(0, n)}…` : t);

/** A readable line for each decision the bot makes. */
export function describeResult(app: App, msg: InboundMessage, r: IntakeResult): void {
  const where = msg.roomTopic ?? '私聊';
  const who = `${msg.senderName}@${where}`;
  switch (r.outcome) {
    case 'case_opened': {
      const c = app.repos.cases.get(r.caseId!)!;
      const names = (r.notified ?? []).map((id) => app.cases.workerName(id)).join('、');
      say(`📋 立案 C${c.id} ${LABEL_INFO[c.category].zh}${c.urgent ? '【紧急】' : ''} 地点:${c.location ?? '-'}  ← ${who}「${clip(msg.text)}」  通知: ${names}`);
      break;
    }
    case 'case_attached':
      say(`🔗 并入 C${r.caseId}  ← ${who}「${clip(msg.text)}」`);
      break;
    case 'suspected':
      say(`❓ 疑似案件，已问 ${app.cases.workerName(r.notified?.[0] ?? null)}  ← ${who}「${clip(msg.text)}」`);
      break;
    case 'command':
      say(`⌨️  命令 ${r.detail}  ← ${who}「${clip(msg.text)}」`);
      break;
    case 'resident_reply':
      say(`⭐ 回访 C${r.caseId} ${r.detail}  ← ${who}「${clip(msg.text)}」`);
      break;
    default:
      say(`·  忽略(${r.outcome})  ← ${who}「${clip(msg.text)}」`);
  }
}

/**
 * The demo community comes alive: residents post into the 32 groups every few seconds,
 * workers answer their case cards (接单, then 办结), residents confirm (满意).
 */
export function runDemo(app: App, world: MockCommunity, opts: { intervalMs?: number } = {}): () => void {
  const posts = loadDemoPosts();
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };
  const workerIds = new Set(app.config.workers.map((w) => w.id));
  const handled = new Set<string>();

  world.onOutbound((o) => {
    if (o.roomTopic) say(`💬 群「${o.roomTopic}」 一米: ${clip(o.text.replace(/\n/g, ' '), 60)}`);
    else say(`📨 私信 ${app.cases.workerName(o.toId) ?? o.toId}: ${clip(o.text.replace(/\n/g, ' '), 60)}`);
    // Workers in the demo answer their cards: claim, then resolve a little later.
    if (o.toId && workerIds.has(o.toId)) {
      for (const m of o.text.matchAll(/【新案件 (C\d+)】/g)) {
        const no = m[1]!;
        const c = app.repos.cases.get(Number(no.slice(1)));
        if (!c || c.assigneeId !== o.toId || handled.has(no)) continue;
        handled.add(no);
        const worker = app.config.workers.find((w) => w.id === o.toId)!;
        later(4_000, () => world.post({ room: null, fromId: worker.id, from: worker.name, text: `接单 ${no}` }));
        later(12_000, () => world.post({ room: null, fromId: worker.id, from: worker.name, text: `办结 ${no} 已到现场处理完毕` }));
      }
    }
    // Residents answer the follow-up question.
    const ask = /^@(\S+) 您反映的问题 (C\d+) 已办结/.exec(o.text);
    if (ask && o.roomTopic) {
      const c = app.repos.cases.get(Number(ask[2]!.slice(1)));
      const topic = o.roomTopic;
      if (c) later(3_000, () => world.post({ room: topic, fromId: c.reporterId, from: c.reporterName, text: '满意，谢谢' }));
    }
  });

  let i = 0;
  const next = () => {
    const p = posts[i % posts.length]!;
    i++;
    // After the first round, residents are new people so duplicates do not swallow everything.
    const round = Math.floor((i - 1) / posts.length);
    world.post({ ...p, fromId: round ? `${p.fromId}_${round}` : p.fromId });
    later(opts.intervalMs ?? 3_000, next);
  };
  later(500, next);
  return () => timers.forEach((t) => clearTimeout(t));
}
