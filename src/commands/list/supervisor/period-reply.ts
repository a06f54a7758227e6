import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandContext, CommandReply } from '../../command.js';
import { makeDigest } from '../../../report/digest.js';
import { renderDigestChart } from '../../../report/digest-chart.js';
import { reportDir } from '../../../report/report-files.js';
import { PERIOD_ZH, periodLabel, type PeriodKind } from '../../../report/period.js';
import { localDate } from '../../../clock/zoned-time.js';

/** Shared by 日报, 周报, 月报: the digest text as the reply, the chart privately as a file. */
export function periodReply(ctx: CommandContext, kind: PeriodKind, date: string): CommandReply {
  const now = ctx.clock.now();
  if (date > localDate(now, ctx.config.community.timeZone)) return { text: `${date} 还没到，没有${PERIOD_ZH[kind]}。` };
  const digest = makeDigest(ctx.repos.db, ctx.config, kind, date, now);
  const period = digest.data.period;
  try {
    const file = join(reportDir(ctx.repos.db, 'charts'), `digest-${kind}-${period.start}-${ctx.message.id.replace(/[^\w-]/g, '')}.png`);
    writeFileSync(file, renderDigestChart(digest.data));
    ctx.repos.outbox.enqueue(
      { toId: ctx.message.senderId, text: `【${PERIOD_ZH[kind]}图表】${periodLabel(period)}`, kind: 'reply', filePath: file, dedupeKey: `chart:${ctx.message.id}` },
      now,
    );
  } catch {
    // The numbers matter more than the picture: the text still goes back.
  }
  return { text: digest.text };
}
