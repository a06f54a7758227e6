import type { Command } from './command.js';

/** The list of commands; refuses a duplicate name so two commands never fight over a word. */
export class CommandRegistry {
  private readonly byName = new Map<string, Command>();
  readonly commands: Command[] = [];

  register(...commands: Command[]): this {
    for (const c of commands) {
      for (const name of c.names) {
        const key = name.toLowerCase();
        if (this.byName.has(key)) throw new Error(`command name "${name}" is registered twice`);
        this.byName.set(key, c);
      }
      this.commands.push(c);
    }
    return this;
  }

  /** Longest name that starts the text wins ("不是案件" before "不"). */
  match(text: string): { command: Command; name: string; args: string } | null {
    const lower = text.toLowerCase();
    let best: { command: Command; name: string; args: string } | null = null;
    for (const [name, command] of this.byName) {
      if (!lower.startsWith(name)) continue;
      const rest = text.slice(name.length);
      // English aliases must be whole words: "claim" yes, "claimed" no.
      if (/^[a-z]/.test(name) && /^[a-z]/i.test(rest)) continue;
      if (!best || name.length > best.name.length) best = { command, name, args: rest.trim() };
    }
    return best;
  }

  /** The closest command name to a mistyped word, for "您是不是想说「接单」？". */
  suggest(word: string): string | null {
    let best: { name: string; d: number } | null = null;
    for (const name of this.byName.keys()) {
      const d = editDistance(word.toLowerCase().slice(0, name.length + 1), name);
      if (d <= Math.max(1, Math.floor(name.length / 3)) && (!best || d < best.d)) best = { name, d };
    }
    return best ? (this.commands.find((c) => c.names.some((n) => n.toLowerCase() === best!.name))?.names[0] ?? null) : null;
  }
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}
