import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import type { AppOptions } from './build-app.js';
import { supervisorCommands } from '../commands/list/supervisor/index.js';
import { digestJobs } from '../report/digest-jobs.js';
import { maintenanceJobs } from '../maintenance/maintenance-jobs.js';

/**
 * The rooms plugged into the core: supervisors' report commands, the digest schedules and
 * the nightly backup and retention. Kept in one place so main, replay and the tests run the
 * same bot.
 */
export function appExtensions(config: Config, log: Logger): Pick<AppOptions, 'extraCommands' | 'cronJobs'> {
  return {
    extraCommands: supervisorCommands,
    cronJobs: ({ repos, clock, dbFile }) => [
      ...digestJobs({ config, repos, log }),
      ...(dbFile === ':memory:'
        ? []
        : maintenanceJobs({ db: repos.db, kv: repos.kv, config, clock, log, backupDir: join(dirname(dbFile), 'backups') })),
    ],
  };
}
