import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import type { Clock } from '../clock/clock.js';
import type { Db } from '../store/database.js';
import type { KvRepository } from '../store/kv-repository.js';
import { CronJob } from '../scheduler/cron-job.js';
import { backupDatabase } from '../store/backup.js';
import { deleteOldChitChat } from '../store/retention.js';
import { DEFAULT_ROTATION, rotateBackups, type RotationPolicy } from './rotate-backups.js';

export const BACKUP_SCHEDULE = '30 3 * * *';
export const RETENTION_SCHEDULE = '0 4 * * *';
export const DEFAULT_CHIT_CHAT_DAYS = 30;

export interface MaintenanceOptions {
  db: Db;
  kv: KvRepository;
  config: Config;
  clock: Clock;
  log: Logger;
  /** Where daily backups go, e.g. data/backups. */
  backupDir: string;
  rotation?: RotationPolicy;
  /** Overrides config retention.chitChatDays (and its default of 30). */
  chitChatDays?: number;
}

function configuredChitChatDays(config: Config): number {
  return config.retention?.chitChatDays ?? DEFAULT_CHIT_CHAT_DAYS;
}

/**
 * The nightly jobs that keep the database safe and small: a backup at 03:30 (local time,
 * when the groups are quiet) with rotation, then retention at 04:00, after the backup, so
 * the last copy of deleted chit-chat stays in the backups for a week.
 */
export function maintenanceJobs(opts: MaintenanceOptions): CronJob[] {
  const { db, kv, config, log, backupDir } = opts;
  const timeZone = config.community.timeZone;
  const days = opts.chitChatDays ?? configuredChitChatDays(config);
  return [
    new CronJob(
      'backup',
      BACKUP_SCHEDULE,
      timeZone,
      async (at) => {
        const file = await backupDatabase(db, backupDir, at, timeZone);
        const removed = rotateBackups(backupDir, opts.rotation ?? DEFAULT_ROTATION);
        log.info({ file, removed }, 'database backed up');
      },
      kv,
    ),
    new CronJob(
      'retention',
      RETENTION_SCHEDULE,
      timeZone,
      (at) => {
        const deleted = deleteOldChitChat(db, at, days);
        log.info({ deleted, days }, 'old chit-chat deleted');
      },
      kv,
    ),
  ];
}
