import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

// `npm start` itself (the demo on the mock puppet), stopped with SIGTERM once it has opened a case.
describe('graceful shutdown', () => {
  it('stops intake, flushes, closes the database and exits 0 on SIGTERM', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'yimi-stop-')), 'demo.db');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, YIMI_DB: db, DEMO_INTERVAL_MS: '300', WECHATY_PUPPET_SERVICE_TOKEN: '', WECHATY_PUPPET: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 60_000;
    while (!/立案 C1/.test(out)) {
      if (Date.now() > deadline) throw new Error(`no case opened:\n${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('stopped');
    // A clean close checkpoints the WAL and removes it.
    expect(existsSync(`${db}-wal`)).toBe(false);
    const check = new Database(db, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((check.prepare('SELECT COUNT(*) n FROM cases').get() as { n: number }).n).toBeGreaterThan(0);
    check.close();
  }, 90_000);
});
