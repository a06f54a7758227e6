import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadConfig } from '../../../src/config/load-config.js';
import { openDatabase, type Db } from '../../../src/store/database.js';
import { createRepositories } from '../../../src/store/repositories.js';
import { applyMigrations, listMigrations } from '../../../src/store/migrate.js';
import { backupDatabase, backupFileName } from '../../../src/store/backup.js';
import { CaseService } from '../../../src/cases/case-service.js';
import { ManualClock } from '../../../src/clock/clock.js';
import { createLogger } from '../../../src/app/logger.js';
import { checkBackup } from '../../../src/maintenance/check-backup.js';
import { restoreBackup } from '../../../src/maintenance/restore-backup.js';
import { planRotation, rotateBackups } from '../../../src/maintenance/rotate-backups.js';
import { maintenanceJobs } from '../../../src/maintenance/maintenance-jobs.js';

const config = loadConfig('bot-config');
const TZ = 'Asia/Shanghai';
const START = Date.parse('2026-11-18T10:00:00+08:00');

let dir: string;
let open: Db[] = [];
function dbAt(file: string): Db {
  const db = openDatabase(file);
  open.push(db);
  return db;
}
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yimi-backup-'));
});
afterEach(() => {
  for (const db of open) if (db.open) db.close();
  open = [];
});

let seq = 0;
function insertMessage(db: Db, text = '早上好'): void {
  db.prepare(`INSERT INTO messages (id, room_id, room_topic, sender_id, sender_name, kind, text, sent_at, received_at, outcome)
    VALUES (?, 'r1', '乐山红叶3期业主群', 'wxid_res', '居民', 'text', ?, ?, ?, 'ignored')`).run(`m${++seq}`, text, START, START);
}
function count(db: Db, table: string): number {
  return (db.prepare(`SELECT COUNT(*) n FROM ${table}`).get() as { n: number }).n;
}
function openCase(db: Db, clock: ManualClock, text: string): number {
  const repos = createRepositories(db);
  const report = { messageId: `c${++seq}`, reporterId: 'wxid_res', reporterName: '居民', roomId: 'r1', roomTopic: '乐山红叶3期业主群', grid: 'G2', text, at: clock.now() };
  return db.transaction(() => new CaseService(repos, config, clock).open(report, 'lighting', false, null).case.id)();
}

describe('backupDatabase', () => {
  it('takes a consistent copy while the bot keeps writing', async () => {
    const db = dbAt(join(dir, 'yimi.db'));
    db.transaction(() => { for (let i = 0; i < 3_000; i++) insertMessage(db, '楼道灯坏了'.repeat(60)); })();
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        insertMessage(db);
        written++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    // One page per step: the copy spans many event-loop turns, interleaved with the writes.
    const file = await backupDatabase(db, join(dir, 'backups'), START, TZ, { pagesPerStep: 1 });
    const liveAtEnd = count(db, 'messages');
    writing = false;
    await writer;
    expect(written).toBeGreaterThan(10);
    expect(file).toBe(join(dir, 'backups', 'yimi-2026-11-18.db'));
    expect(checkBackup(file)).toEqual({ ok: true, userVersion: listMigrations().at(-1)!.version });
    const copy = new Database(file, { readonly: true });
    // Writes made through the same connection while copying are folded into the copy.
    expect(count(copy, 'messages')).toBe(liveAtEnd);
    copy.close();
    expect(readdirSync(join(dir, 'backups'))).toEqual(['yimi-2026-11-18.db']);
  });

  it('names the file by the local date in the community time zone', () => {
    // 2026-11-18 20:00 UTC is already the 19th in Shanghai.
    expect(backupFileName(Date.parse('2026-11-18T20:00:00Z'), TZ)).toBe('yimi-2026-11-19.db');
  });
});

describe('restoreBackup', () => {
  it('round-trips: the cases in the backup are the cases after restore, migrated and without stale WAL', async () => {
    const clock = new ManualClock(START);
    const dbFile = join(dir, 'yimi.db');
    const db = dbAt(dbFile);
    const kept = [openCase(db, clock, '3幢楼道灯坏了'), openCase(db, clock, '东门路灯不亮')];
    const before = db.prepare('SELECT * FROM cases ORDER BY id').all();
    const events = count(db, 'case_events');
    const backup = await backupDatabase(db, join(dir, 'backups'), clock.now(), TZ);
    openCase(db, clock, '这个案件在备份之后，恢复后应当消失');
    // The bot "crashes": its last writes are still only in the -wal file.
    const wal = readFileSync(`${dbFile}-wal`);
    expect(wal.length).toBeGreaterThan(0);
    db.close();
    writeFileSync(`${dbFile}-wal`, wal);

    const r = restoreBackup(backup, dbFile, { at: clock.now() });
    expect(r.toVersion).toBe(listMigrations().at(-1)!.version);
    expect(r.previous && existsSync(r.previous)).toBeTruthy();
    expect(existsSync(`${dbFile}-wal`) && readFileSync(`${dbFile}-wal`).length > 0).toBe(false);
    const restored = dbAt(dbFile);
    expect(restored.prepare('SELECT * FROM cases ORDER BY id').all()).toEqual(before);
    expect(count(restored, 'cases')).toBe(kept.length);
    expect(count(restored, 'case_events')).toBe(events);
    expect(restored.pragma('journal_mode', { simple: true })).toBe('wal');
    // The replaced database was kept whole, including the case made after the backup.
    const previous = new Database(r.previous!, { readonly: true });
    expect(count(previous, 'cases')).toBe(3);
    previous.close();
  });

  it('brings a backup from an older Yimi up to date with the migrations', () => {
    const migrations = join(dir, 'migrations');
    mkdirSync(migrations);
    copyFileSync(join('src/store/migrations', listMigrations()[0]!.name), join(migrations, listMigrations()[0]!.name));
    const old = new Database(join(dir, 'old.db'));
    applyMigrations(old, migrations);
    old.close();
    const r = restoreBackup(join(dir, 'old.db'), join(dir, 'yimi.db'));
    expect(r).toMatchObject({ fromVersion: 1, toVersion: listMigrations().at(-1)!.version, previous: null });
  });

  it('refuses to overwrite a database a running bot has open, unless forced', async () => {
    const dbFile = join(dir, 'yimi.db');
    const db = dbAt(dbFile);
    insertMessage(db);
    const backup = await backupDatabase(db, join(dir, 'backups'), START, TZ);
    expect(() => restoreBackup(backup, dbFile)).toThrow(/open in another process/);
    expect(readdirSync(dir).filter((f) => f.includes('before-restore'))).toEqual([]);
    db.close();
    expect(restoreBackup(backup, dbFile).toVersion).toBeGreaterThan(0);
  });

  it('refuses a corrupt backup, a non-database and a backup from a newer Yimi', async () => {
    const dbFile = join(dir, 'yimi.db');
    const db = dbAt(dbFile);
    db.transaction(() => { for (let i = 0; i < 2_000; i++) insertMessage(db, '噪音'.repeat(100)); })();
    const good = await backupDatabase(db, join(dir, 'backups'), START, TZ);
    db.close();

    const garbage = join(dir, 'garbage.db');
    writeFileSync(garbage, 'this is not a database'.repeat(500));
    expect(() => restoreBackup(garbage, dbFile)).toThrow(/backup refused/);

    // Scribble over pages in the middle of a real backup: the header still says SQLite.
    const bytes = readFileSync(good);
    for (let i = 8_192; i < bytes.length - 8_192; i += 4_096) bytes.fill(0x5a, i + 100, i + 300);
    const corrupt = join(dir, 'corrupt.db');
    writeFileSync(corrupt, bytes);
    expect(checkBackup(corrupt).ok).toBe(false);
    expect(() => restoreBackup(corrupt, dbFile)).toThrow(/backup refused/);

    const newer = join(dir, 'newer.db');
    writeFileSync(newer, readFileSync(good));
    const n = new Database(newer);
    n.pragma('user_version = 999');
    n.close();
    expect(() => restoreBackup(newer, dbFile)).toThrow(/newer than this Yimi/);

    const empty = join(dir, 'empty.db');
    new Database(empty).close();
    expect(checkBackup(empty)).toMatchObject({ ok: false });

    // Nothing was touched by the refusals.
    expect(count(dbAt(dbFile), 'messages')).toBe(2_000);
  });
});

describe('npm run restore', () => {
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
  const run = (...args: string[]) => spawnSync(tsx, ['src/cli/restore.ts', ...args], { encoding: 'utf8' });

  it('restores from the command line, and exits non-zero on a refused backup', async () => {
    const dbFile = join(dir, 'yimi.db');
    const db = dbAt(dbFile);
    insertMessage(db);
    const backup = await backupDatabase(db, join(dir, 'backups'), START, TZ);
    insertMessage(db);
    db.close();
    writeFileSync(join(dir, 'bad.db'), 'nope');
    const refused = run(join(dir, 'bad.db'), '--db', dbFile);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/backup refused/);
    const ok = run(backup, '--db', dbFile);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toMatch(/restored .*yimi-2026-11-18\.db/);
    expect(count(dbAt(dbFile), 'messages')).toBe(1);
  });
});

describe('rotation', () => {
  const days = (from: string, n: number): string[] =>
    Array.from({ length: n }, (_, i) => `yimi-${new Date(Date.parse(from) + i * 86_400_000).toISOString().slice(0, 10)}.db`);

  it('keeps the last 7 daily backups plus the first of each of the last 3 months', () => {
    const names = days('2026-07-01', 140); // to 2026-11-17
    const { keep, remove } = planRotation(names, { keepDaily: 7, keepMonthly: 3 });
    expect(keep).toEqual([
      'yimi-2026-11-17.db', 'yimi-2026-11-16.db', 'yimi-2026-11-15.db', 'yimi-2026-11-14.db',
      'yimi-2026-11-13.db', 'yimi-2026-11-12.db', 'yimi-2026-11-11.db',
      'yimi-2026-11-01.db', 'yimi-2026-10-01.db', 'yimi-2026-09-01.db',
    ]);
    expect(remove).toHaveLength(130);
  });

  it('keeps the earliest backup of a month whose 1st was missed, and only dailies when monthly is off', () => {
    const names = [...days('2026-10-03', 5), ...days('2026-11-10', 3)];
    expect(planRotation(names, { keepDaily: 2, keepMonthly: 3 }).keep).toEqual(['yimi-2026-11-12.db', 'yimi-2026-11-11.db', 'yimi-2026-11-10.db', 'yimi-2026-10-03.db']);
    expect(planRotation(names, { keepDaily: 2, keepMonthly: 0 }).keep).toEqual(['yimi-2026-11-12.db', 'yimi-2026-11-11.db']);
  });

  it('deletes only its own files', () => {
    for (const name of [...days('2026-11-01', 10), 'notes.txt', 'yimi.db', 'yimi-2026-11-01.db.partial']) writeFileSync(join(dir, name), 'x');
    expect(rotateBackups(dir, { keepDaily: 3, keepMonthly: 0 })).toHaveLength(7);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'yimi-2026-11-01.db.partial', 'yimi-2026-11-08.db', 'yimi-2026-11-09.db', 'yimi-2026-11-10.db', 'yimi.db']);
  });
});

describe('maintenanceJobs', () => {
  it('backs up at 03:30 Shanghai and deletes old chit-chat at 04:00, once per day', async () => {
    const clock = new ManualClock(Date.parse('2026-11-18T03:00:00+08:00'));
    const db = dbAt(join(dir, 'yimi.db'));
    const repos = createRepositories(db);
    insertMessage(db); // received at START (10:00 on the 18th): not old enough yet
    const jobs = maintenanceJobs({ db, kv: repos.kv, config, clock, log: createLogger('silent'), backupDir: join(dir, 'backups'), chitChatDays: 1 });
    expect(jobs.map((j) => j.name)).toEqual(['backup', 'retention']);
    const tick = async () => { for (const j of jobs) await j.tick(clock.now()); };
    await tick();
    clock.set(Date.parse('2026-11-18T03:29:00+08:00'));
    await tick();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
    clock.set(Date.parse('2026-11-18T03:30:00+08:00'));
    await tick();
    expect(readdirSync(join(dir, 'backups'))).toEqual(['yimi-2026-11-18.db']);
    clock.set(Date.parse('2026-11-20T04:00:00+08:00'));
    await tick();
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(['yimi-2026-11-18.db', 'yimi-2026-11-19.db', 'yimi-2026-11-20.db']);
    expect(count(db, 'messages')).toBe(0);
  });
});
