import type { Config } from '../../config/schema.js';
import type { Clock } from '../../clock/clock.js';
import type { Repositories } from '../../store/repositories.js';
import type { CaseService } from '../../cases/case-service.js';

/**
 * Back online after a long gap: supervisors hear how long the bot was deaf, so someone
 * reads the groups for that window by hand. Short blips stay in the log only.
 */
export function offlineAlert(repos: Repositories, cases: CaseService, config: Config, clock: Clock, since: number, until: number): void {
  if (until - since < config.connection.offlineAlertMinutes * 60_000) return;
  const minutes = Math.max(1, Math.round((until - since) / 60_000));
  const text = `【一米离线提醒】一米与微信断开约 ${minutes} 分钟，现已恢复。断开期间的群消息可能没有收到，请留意各群是否有未处理的反映。`;
  for (const s of cases.supervisors()) {
    repos.outbox.enqueue({ toId: s.id, text, kind: 'alert', dedupeKey: `offline:${since}:${s.id}` }, clock.now());
  }
}
