import type { AppOptions } from './build-app.js';

/**
 * Optional rooms plugged into the app (supervisor commands, digest schedules). Kept in one
 * place so main, replay and tests run the same bot.
 */
export function appExtensions(): Pick<AppOptions, 'extraCommands' | 'services' | 'cronJobs'> {
  return {};
}
