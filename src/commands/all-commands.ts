import { CommandRegistry } from './registry.js';
import { claim } from './list/claim.js';
import { resolve } from './list/resolve.js';
import { transfer } from './list/transfer.js';
import { note } from './list/note.js';
import { show } from './list/show.js';
import { mine } from './list/mine.js';
import { recategorise } from './list/recategorise.js';
import { dismiss } from './list/dismiss.js';
import { openCase, ignoreSuspect } from './list/open-case.js';
import { merge } from './list/merge.js';
import { leave, back } from './list/leave.js';
import { progress } from './list/progress.js';
import { helpCommand } from './list/help.js';
import { issueBindCode, redeemBindCode } from './list/bind.js';
import type { Command } from './command.js';

/** The one list of commands the bot understands; extra ones (digests, exports) come from other rooms. */
export function buildRegistry(extra: Command[] = []): CommandRegistry {
  const registry = new CommandRegistry().register(
    claim, resolve, transfer, note, show, mine, recategorise, dismiss, openCase, ignoreSuspect, merge, leave, back, progress, issueBindCode, redeemBindCode, ...extra,
  );
  return registry.register(helpCommand(registry));
}
