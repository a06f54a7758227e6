import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { renderDigestChart, CHART_HEIGHT, CHART_WIDTH } from '../../../src/report/digest-chart.js';
import { CHART_FONT, ensureChartFont } from '../../../src/report/fonts.js';
import type { DigestData } from '../../../src/report/digest-data.js';
import { periodContaining } from '../../../src/report/period.js';
import { computeMetrics } from '../../../src/report/metrics.js';
import { fact, T0 } from './facts.js';

function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function data(cases: number): DigestData {
  const facts = Array.from({ length: cases }, (_, i) => fact(i + 1, { resolved: [3_600_000] }));
  const m = computeMetrics(facts, [], T0 + 86_400_000 * 3, 6000);
  const period = periodContaining('day', '2025-11-20', 'Asia/Shanghai');
  return {
    community: '红叶社区',
    period,
    asOf: period.to,
    metrics: m,
    baseline: { ...m, periods: 7 },
    byCategory: cases ? [{ key: 'lighting', label: '路灯照明', metrics: m }] : [],
    overdue: [],
    grids: { window: period, ranked: [] },
    repeats: [],
    trend: Array.from({ length: 14 }, (_, i) => ({ start: `2025-11-${String(7 + i).padStart(2, '0')}`, cases: 3, closure24h: { hits: 2, total: 3, rate: i % 3 ? 0.66 : null } })),
  };
}

// A missing glyph draws the same .notdef box for every character; real glyphs differ.
function glyphPixels(ch: string): Buffer {
  const c = createCanvas(64, 64);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 64, 64);
  ctx.fillStyle = '#000';
  ctx.font = `48px "${CHART_FONT}"`;
  ctx.fillText(ch, 4, 52);
  return Buffer.from(ctx.getImageData(0, 0, 64, 64).data);
}

describe('digest chart', () => {
  it('is a PNG of the expected size', () => {
    const png = renderDigestChart(data(5));
    expect(pngSize(png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    expect(png.length).toBeGreaterThan(20_000);
    expect(png.length).toBeLessThan(2_000_000);
  });

  it('renders a day without cases', () => {
    expect(pngSize(renderDigestChart(data(0))).width).toBe(CHART_WIDTH);
  });

  it('draws Chinese with real glyphs from the bundled font, not boxes', () => {
    ensureChartFont();
    const zhong = glyphPixels('中');
    const wen = glyphPixels('文');
    const box = glyphPixels('\u{10FFFD}');
    expect(zhong.equals(wen)).toBe(false);
    expect(zhong.equals(box)).toBe(false);
    expect(wen.equals(box)).toBe(false);
  });
});
