import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../../src/config/load-config.js';

/** A copy of the shipped bot-config/ with one file replaced. */
function configWith(file: string, content: string | ((old: string) => string)): string {
  const dir = mkdtempSync(join(tmpdir(), 'yimi-config-'));
  cpSync('bot-config', dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, typeof content === 'string' ? content : content(readFileSync(path, 'utf8')));
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    loadConfig(dir);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('accepts the shipped community: 32 groups, 19 workers and 2 supervisors', () => {
    const config = loadConfig('bot-config');
    expect(config.groups).toHaveLength(32);
    expect(config.workers.filter((w) => !w.roles.includes('supervisor'))).toHaveLength(19);
    expect(config.workers.filter((w) => w.roles.includes('supervisor'))).toHaveLength(2);
    expect(config.community.timeZone).toBe('Asia/Shanghai');
    expect(config.sla).toMatchObject({ firstResponseMinutes: 30, closureHours: 24 });
  });

  it('names the file, the key path and what was expected for a wrong type', () => {
    const dir = configWith('sla.yaml', (s) => s.replace('firstResponseMinutes: 30', 'firstResponseMinutes: "半小时"'));
    const [p] = problemsOf(dir);
    expect(p).toContain(join(dir, 'sla.yaml'));
    expect(p).toContain('sla.firstResponseMinutes');
    expect(p).toMatch(/number/);
  });

  it('refuses an unknown grid with the exact path', () => {
    const dir = configWith('workers.yaml', (s) => s.replace('grids: [G1], backup: wxid_linht', 'grids: [G9], backup: wxid_linht'));
    expect(problemsOf(dir)).toContain(`${join(dir, 'workers.yaml')}: workers[0].grids[0]: unknown grid "G9"`);
  });

  it('refuses unknown keys (typos) instead of ignoring them', () => {
    const dir = configWith('sla.yaml', (s) => s.replace('closureHours: 24', 'closureHours: 24\n  closureHuors: 12'));
    expect(problemsOf(dir).join('\n')).toMatch(/sla\.yaml: sla: unknown key\(s\) "closureHuors"/);
  });

  it('reports malformed YAML with a line number', () => {
    const dir = configWith('groups.yaml', 'groups:\n  - { topic: 乐山红叶1期业主群, grid: G1\n');
    expect(problemsOf(dir)[0]).toMatch(/groups\.yaml: line \d+/);
  });

  it('reports a missing file and a duplicate worker id', () => {
    const dir = configWith('workers.yaml', (s) => s.replace('wxid_qiu, name: 裘丽娟', 'wxid_zhou, name: 裘丽娟'));
    expect(problemsOf(dir).join('\n')).toContain('workers[1].id: duplicate worker id "wxid_zhou"');
    const missing = configWith('bot.yaml', '');
    cpSync('bot-config/bot.yaml', join(missing, 'bot.yaml'));
    writeFileSync(join(missing, 'routing.yaml'), '');
    expect(problemsOf(missing).join('\n')).toMatch(/routing\.yaml: routing: missing/);
  });

  it('survives hostile files: alias bombs, duplicate keys, huge files, wrong shapes', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`);
    expect(problemsOf(configWith('bot.yaml', bomb.join('\n'))).join('\n')).toContain('bot.yaml');
    expect(problemsOf(configWith('sla.yaml', 'sla: {}\nsla: {}\n')).join('\n')).toMatch(/sla\.yaml: line \d+/);
    expect(problemsOf(configWith('groups.yaml', `# ${'x'.repeat(1_100_000)}\n`)).join('\n')).toMatch(/groups\.yaml: file is \d+ bytes/);
    expect(problemsOf(configWith('groups.yaml', '- just\n- a list\n')).join('\n')).toMatch(/groups\.yaml: \(top level\)/);
    expect(problemsOf(configWith('community.yaml', '!!js/function "function(){}"')).length).toBeGreaterThan(0);
  });

  it('refuses a route that could end nowhere: no supervisor', () => {
    const dir = configWith('workers.yaml', (s) => s.replace(/roles: \[supervisor\]/g, 'roles: [mediator]'));
    expect(problemsOf(dir).join('\n')).toContain('no worker has the role "supervisor"');
  });
});
