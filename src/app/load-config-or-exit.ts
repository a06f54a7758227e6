import { loadConfig, ConfigError } from '../config/load-config.js';
import type { Config } from '../config/schema.js';

/** Start-up must not go on with a bad config: print every problem and exit 2. */
export function loadConfigOrExit(dir: string): Config {
  try {
    return loadConfig(dir);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Yimi cannot start: the configuration in ${dir}/ has problems:\n  ${err.problems.join('\n  ')}\n`);
      process.exit(2);
    }
    throw err;
  }
}
