import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../src/store/database.js';
import { readCorrections } from '../../../src/classify/corrections.js';

describe('worker corrections for training', () => {
  it('reads the latest label per text and ignores a missing database', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'yimi-corr-')), 'y.db');
    expect(readCorrections(file)).toEqual([]);
    const db = openDatabase(file);
    const add = db.prepare('INSERT INTO classifier_corrections (text, label, actor_id, at) VALUES (?, ?, ?, ?)');
    add.run('楼下好吵', 'none', 'w', 1);
    add.run('楼下好吵', 'noise', 'w', 2);
    add.run('路灯下跳舞真热闹', 'none', 'w', 3);
    add.run('奇怪的标签', 'not-a-label', 'w', 4);
    db.close();
    expect(readCorrections(file).sort((a, b) => a.text.localeCompare(b.text))).toEqual([
      { text: '楼下好吵', label: 'noise' },
      { text: '路灯下跳舞真热闹', label: 'none' },
    ].sort((a, b) => a.text.localeCompare(b.text)));
  });
});
