import type { Config, Role, Worker } from '../config/schema.js';
import type { Clock } from '../clock/clock.js';
import type { Repositories } from '../store/repositories.js';
import type { CaseService } from '../cases/case-service.js';
import type { InboundMessage } from '../intake/inbound-message.js';
import type { Classifier } from '../classify/classifier.js';

/** Who may run a command: roles, or 'anyone' (residents included). */
export type Audience = readonly Role[] | 'anyone';

export interface CommandContext {
  config: Config;
  clock: Clock;
  repos: Repositories;
  cases: CaseService;
  classifier: Classifier;
  message: InboundMessage;
  /** The sender as configured, or null for a resident. */
  worker: Worker | null;
  /** Hooks other rooms register (digests, exports) without commands importing them. */
  services: CommandServices;
}

export interface CommandServices {
  digest?: (args: string, requesterId: string) => Promise<string>;
  export?: (args: string, requesterId: string) => Promise<string>;
  overdue?: () => string;
  stats?: (args: string) => string;
}

/** What a command answers; shown in chat where the command came from. */
export interface CommandReply {
  text: string;
}

/** A command is data: names (Chinese first, English alias after), who may run it, how. */
export interface Command {
  id: string;
  names: readonly string[];
  audience: Audience;
  usage: string;
  summary: string;
  run(ctx: CommandContext, args: string): CommandReply | Promise<CommandReply>;
}
