import { appendFileSync, existsSync, readFileSync } from 'node:fs';

/**
 * What "WeChat" received, kept outside the bot's database: one line per chat message the
 * mock puppet delivered. It survives SIGKILL (a synchronous append), so a test can count
 * what really went out.
 */
export class DeliveryLog {
  constructor(private readonly file: string) {}

  static key(target: string, text: string): string {
    return `${target}\u0000${text}`;
  }

  append(target: string, text: string): void {
    appendFileSync(this.file, `${JSON.stringify({ target, text })}\n`);
  }

  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    if (!existsSync(this.file)) return counts;
    for (const line of readFileSync(this.file, 'utf8').split('\n')) {
      if (!line) continue;
      let entry: { target: string; text: string };
      try {
        entry = JSON.parse(line) as { target: string; text: string };
      } catch {
        continue; // a line torn by the kill was never a delivered message
      }
      const k = DeliveryLog.key(entry.target, entry.text);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return counts;
  }
}
