import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { routeCase } from '../../../src/routing/route-case.js';

const config = loadConfig('bot-config');
const at = (iso: string) => Date.parse(iso);
const WED_NOON = at('2026-11-18T12:00:00+08:00');

describe('routeCase', () => {
  it('gives a case to the grid worker of the room by default', () => {
    expect(routeCase({ category: 'lighting', urgent: false, grid: 'G2', at: WED_NOON }, config, new Set())).toMatchObject({ assigneeId: 'wxid_qiu', notifyIds: ['wxid_qiu'] });
  });

  it('sends mediation categories to the mediator on duty that weekday', () => {
    // Wednesday is the third rota entry: wxid_guojp
    expect(routeCase({ category: 'noise', urgent: false, grid: 'G2', at: WED_NOON }, config, new Set()).assigneeId).toBe('wxid_guojp');
    expect(routeCase({ category: 'parking', urgent: false, grid: 'G2', at: at('2026-11-22T12:00:00+08:00') }, config, new Set()).assigneeId).toBe('wxid_hexm');
  });

  it('adds the safety officer for safety and urgent cases', () => {
    expect(routeCase({ category: 'safety', urgent: false, grid: 'G1', at: WED_NOON }, config, new Set()).notifyIds).toEqual(['wxid_zhou', 'wxid_shenlj']);
    expect(routeCase({ category: 'water', urgent: true, grid: 'G1', at: WED_NOON }, config, new Set()).notifyIds).toContain('wxid_shenlj');
  });

  it('pings grid worker, safety officer and supervisors at once for a missing person', () => {
    const r = routeCase({ category: 'missing_person', urgent: true, grid: 'G7', at: WED_NOON }, config, new Set());
    expect(r.notifyIds).toEqual(expect.arrayContaining(['wxid_sunw', 'wxid_shenlj', 'wxid_jiangh', 'wxid_jinwm']));
  });

  it('skips a worker on leave for the backup, and ends at a supervisor when nobody is left', () => {
    expect(routeCase({ category: 'lighting', urgent: false, grid: 'G2', at: WED_NOON }, config, new Set(['wxid_qiu'])).assigneeId).toBe('wxid_linht');
    const everyone = new Set(config.workers.filter((w) => !w.roles.includes('supervisor')).map((w) => w.id));
    expect(routeCase({ category: 'lighting', urgent: false, grid: 'G2', at: WED_NOON }, config, everyone).assigneeId).toBe('wxid_jiangh');
    expect(routeCase({ category: 'lighting', urgent: false, grid: null, at: WED_NOON }, config, new Set()).assigneeId).toBe('wxid_jiangh');
  });

  it('adds the holder of a duty post in its window (night duty across midnight)', () => {
    expect(routeCase({ category: 'lighting', urgent: false, grid: 'G2', at: at('2026-11-18T23:30:00+08:00') }, config, new Set()).notifyIds).toContain('wxid_caoj');
    expect(routeCase({ category: 'lighting', urgent: false, grid: 'G2', at: at('2026-11-18T08:00:00+08:00') }, config, new Set()).notifyIds).toContain('wxid_linht');
  });
});
