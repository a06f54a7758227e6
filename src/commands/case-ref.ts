import type { CommandContext } from './command.js';
import { formatCaseNo } from '../cases/case.js';

export interface CaseRef {
  caseId: number;
  /** The rest of the arguments after the case number. */
  rest: string;
  /** Set when the case was inferred, so the reply can say which case was used. */
  inferredNote: string | null;
}

const CASE_NO = /^[Cc#](\d{1,9})(?![\d])/;

/**
 * Which case a command is about: an explicit C12, else the case named in a quoted bot card,
 * else the worker's most recent case (and the reply says so).
 */
export function resolveCaseRef(ctx: CommandContext, args: string): CaseRef | { error: string } {
  const m = CASE_NO.exec(args);
  if (m) {
    const id = Number(m[1]);
    if (!Number.isSafeInteger(id) || id <= 0) return { error: `案件号 ${args.split(/\s/)[0]} 不对，请写成 C12 这样。` };
    return { caseId: id, rest: args.slice(m[0].length).trim(), inferredNote: null };
  }
  const quoted = ctx.message.quotedText ? /[Cc](\d{1,9})/.exec(ctx.message.quotedText) : null;
  if (quoted) return { caseId: Number(quoted[1]), rest: args, inferredNote: null };
  if (!ctx.worker) return { error: '请写上案件号，例如「进度 C12」。' };
  const recent = ctx.repos.db
    .prepare(
      `SELECT id FROM cases WHERE assignee_id = ? AND status IN ('open','acknowledged','reopened','resolved')
       ORDER BY updated_at DESC, id DESC LIMIT 1`,
    )
    .get(ctx.worker.id) as { id: number } | undefined;
  if (!recent) return { error: '您手上没有在办的案件，请写上案件号，例如 C12。' };
  return { caseId: recent.id, rest: args, inferredNote: `（未写案件号，按您最近的案件 ${formatCaseNo(recent.id)} 处理）` };
}

export function withNote(text: string, ref: CaseRef): string {
  return ref.inferredNote ? `${text}${ref.inferredNote}` : text;
}
