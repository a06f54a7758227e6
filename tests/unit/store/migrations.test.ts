import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, listMigrations } from '../../../src/store/migrate.js';
import { openDatabase } from '../../../src/store/database.js';

describe('migrations', () => {
  it('bring an empty database to the latest version, and are idempotent', () => {
    const db = new Database(':memory:');
    const latest = listMigrations().at(-1)!.version;
    expect(applyMigrations(db)).toBe(latest);
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(applyMigrations(db)).toBe(latest);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['messages', 'cases', 'case_reports', 'case_events', 'outbox', 'timers', 'rooms']));
  });

  it('keep the audit log append-only and messages unique on their WeChat id', () => {
    const db = openDatabase(':memory:');
    db.prepare("INSERT INTO cases (category, urgent, reporter_id, reporter_name, summary, status, created_at, response_due_at, closure_due_at, updated_at) VALUES ('water',0,'r','r','s','open',1,2,3,1)").run();
    db.prepare("INSERT INTO case_events (case_id, at, actor_id, type) VALUES (1, 1, 'system', 'opened')").run();
    expect(() => db.prepare('UPDATE case_events SET actor_id = ?').run('x')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM case_events').run()).toThrow(/append-only/);
    const insert = db.prepare("INSERT INTO messages (id, sender_id, sender_name, kind, text, sent_at, received_at) VALUES ('m1','s','s','text','t',1,1)");
    insert.run();
    expect(() => insert.run()).toThrow(/UNIQUE/);
  });

  it('roll back a failing migration completely', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yimi-mig-'));
    writeFileSync(join(dir, '001_ok.sql'), 'CREATE TABLE a (x INTEGER) STRICT;');
    writeFileSync(join(dir, '002_bad.sql'), 'CREATE TABLE b (x INTEGER) STRICT; THIS IS NOT SQL;');
    const db = new Database(':memory:');
    expect(() => applyMigrations(db, dir)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT COUNT(*) n FROM sqlite_master WHERE name = 'a'").get()).toEqual({ n: 0 });
  });

  it('use WAL for files', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'yimi-wal-')), 'x.db');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});
