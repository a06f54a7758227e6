import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger, maskPersonal } from '../../../src/app/logger.js';

describe('logs never carry phone or ID numbers', () => {
  it('masks mobile numbers and 18-digit ID numbers in text', () => {
    expect(maskPersonal('电话13812345678，身份证330106199001011234')).toBe('电话138****5678，身份证330106********1234');
    expect(maskPersonal('C12 处理了 3 次')).toBe('C12 处理了 3 次');
  });

  it('masks them in messages, fields and errors', () => {
    let out = '';
    const sink = new Writable({ write(chunk, _enc, done) { out += String(chunk); done(); } });
    const log = createLogger('info', sink);
    log.info({ detail: '联系 13912345678' }, '居民 13712345678 来电');
    log.error({ err: new Error('bad 15012345678') }, 'failed');
    expect(out).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    expect(out).toContain('139****5678');
    expect(out).toContain('137****5678');
    expect(out).toContain('150****5678');
  });
});
