import type { Command } from '../command.js';
import type { CommandRegistry } from '../registry.js';

/** 帮助 is generated from the registry, so it can never fall behind the commands. */
export function helpCommand(registry: CommandRegistry): Command {
  return {
    id: 'help',
    names: ['帮助', 'help', '?', '？'],
    audience: 'anyone',
    usage: '帮助',
    summary: '列出可用的命令',
    run(ctx) {
      const visible = registry.commands.filter((c) => c.audience === 'anyone' || (ctx.worker && c.audience.some((r) => ctx.worker!.roles.includes(r))));
      const lines = visible.map((c) => `${c.usage} — ${c.summary}${c.names.length > 1 ? `（${c.names.slice(1).filter((n) => /^[a-z]/i.test(n)).join('/')}）` : ''}`);
      return { text: `可用命令：\n${lines.join('\n')}` };
    },
  };
}
