import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database.js';
import { BindingRepository } from '../../../src/store/binding-repository.js';

const HOUR = 3_600_000;

describe('one-time bind codes', () => {
  it('bind a contact once; a code is single-use and expires', () => {
    const repo = new BindingRepository(openDatabase(':memory:'));
    const { code } = repo.issue('unbound:wang', 'wxid_jiangh', 0);
    expect(code).toMatch(/^\d{6}$/);
    expect(repo.redeem(code, 'wxid_real_wang', HOUR)).toEqual({ ok: true, workerId: 'unbound:wang' });
    expect(repo.workerFor('wxid_real_wang')).toBe('unbound:wang');
    expect(repo.contactFor('unbound:wang')).toBe('wxid_real_wang');
    expect(repo.redeem(code, 'wxid_someone_else', HOUR)).toEqual({ ok: false, reason: 'used' });
    const late = repo.issue('unbound:li', 'wxid_jiangh', 0);
    expect(repo.redeem(late.code, 'wxid_li', 25 * HOUR)).toEqual({ ok: false, reason: 'expired' });
  });

  it('a new code replaces the old one, and guessing is throttled', () => {
    const repo = new BindingRepository(openDatabase(':memory:'));
    const first = repo.issue('unbound:wang', 's', 0);
    const second = repo.issue('unbound:wang', 's', 1);
    expect(repo.redeem(first.code, 'c', 2)).toEqual({ ok: false, reason: 'expired' });
    const wrong = second.code.slice(0, 5) + ((Number(second.code[5]) + 1) % 10);
    for (let i = 0; i < 5; i++) expect(repo.redeem(wrong, 'guesser', 10 + i)).toEqual({ ok: false, reason: 'unknown' });
    expect(repo.redeem(second.code, 'guesser', 30)).toEqual({ ok: false, reason: 'throttled' });
    expect(repo.redeem(second.code, 'wxid_wang', 40).ok).toBe(true);
  });
});
