import type { Command, CommandContext } from '../command.js';
import { formatCaseNo } from '../../cases/case.js';
import { parseCategory } from './recategorise.js';
import { isCaseLabel, LABEL_INFO } from '../../classify/labels.js';

interface StoredMessage {
  rowid: number;
  id: string;
  room_id: string | null;
  room_topic: string | null;
  sender_id: string;
  sender_name: string;
  text: string;
  sent_at: number;
  outcome: string;
}

const SELECT = 'SELECT rowid, id, room_id, room_topic, sender_id, sender_name, text, sent_at, outcome FROM messages';

/** The message a worker means: a suspect reference Q12, or the quoted text of a message the bot missed. */
export function findReferencedMessage(ctx: CommandContext, args: string): { msg: StoredMessage; rest: string } | { error: string } {
  const ref = /^[Qq](\d{1,12})\s*/.exec(args);
  if (ref) {
    const msg = ctx.repos.db.prepare(`${SELECT} WHERE rowid = ?`).get(Number(ref[1])) as StoredMessage | undefined;
    return msg ? { msg, rest: args.slice(ref[0].length) } : { error: `没有 Q${ref[1]} 这条消息。` };
  }
  const quoted = ctx.message.quotedText?.replace(/^[^：:]{1,30}[：:]/, '').trim();
  if (quoted) {
    const msg = ctx.repos.db
      .prepare(`${SELECT} WHERE text = ? OR instr(text, ?) > 0 ORDER BY sent_at DESC LIMIT 1`)
      .get(quoted, quoted.slice(0, 60)) as StoredMessage | undefined;
    return msg ? { msg, rest: args } : { error: '没找到引用的那条消息，请引用居民的原消息再发「立案」。' };
  }
  return { error: '请引用居民的消息发「立案」，或回复疑似案件提醒里的「立案 Q12」。' };
}

export const openCase: Command = {
  id: 'open',
  names: ['立案', 'open'],
  audience: ['grid_worker', 'mediator', 'safety_officer', 'supervisor'],
  usage: '立案 Q12 [类别]（或引用居民消息发「立案」）',
  summary: '把机器漏掉或拿不准的消息立为案件（系统会从中学习）',
  run(ctx, args) {
    const found = findReferencedMessage(ctx, args);
    if ('error' in found) return { text: found.error };
    const { msg, rest } = found;
    if (msg.outcome === 'case_opened' || msg.outcome === 'case_attached') return { text: '这条消息已经立案了，回复「查」看详情。' };
    const guess = ctx.classifier.classify(msg.text);
    const category = (rest && parseCategory(rest)) || (isCaseLabel(guess.label) ? guess.label : null);
    if (!category) return { text: `请写上类别，例如「立案 Q${msg.rowid} 路灯照明」。` };
    const room = msg.room_id ? ctx.repos.rooms.get(msg.room_id) : null;
    const result = ctx.repos.db.transaction(() => {
      const opened = ctx.cases.open(
        {
          messageId: msg.id,
          reporterId: msg.sender_id,
          reporterName: msg.sender_name,
          roomId: msg.room_id,
          roomTopic: msg.room_topic,
          grid: room?.grid ?? null,
          text: msg.text,
          at: msg.sent_at,
        },
        category,
        guess.urgent,
        guess.location,
        ctx.worker!.id,
      );
      ctx.repos.messages.setOutcome(msg.id, 'case_opened', { label: category, caseId: opened.case.id, detail: `opened by ${ctx.worker!.id}` });
      ctx.cases.recordCorrection(msg.text, category, ctx.worker!.id, ctx.clock.now());
      return opened;
    })();
    return { text: `已立案 ${formatCaseNo(result.case.id)}（${LABEL_INFO[category].zh}），派给 ${ctx.cases.workerName(result.route.assigneeId)}。` };
  },
};

export const ignoreSuspect: Command = {
  id: 'ignore',
  names: ['忽略', 'ignore'],
  audience: ['grid_worker', 'mediator', 'safety_officer', 'supervisor'],
  usage: '忽略 Q12',
  summary: '疑似案件不立案',
  run(ctx, args) {
    const found = findReferencedMessage(ctx, args);
    if ('error' in found) return { text: found.error };
    if (found.msg.outcome !== 'suspected') return { text: '这条消息不在待确认之列。' };
    ctx.repos.messages.setOutcome(found.msg.id, 'ignored', { detail: `ignored by ${ctx.worker!.id}` });
    ctx.cases.recordCorrection(found.msg.text, 'none', ctx.worker!.id, ctx.clock.now());
    return { text: `好的，Q${found.msg.rowid} 不立案。` };
  },
};
