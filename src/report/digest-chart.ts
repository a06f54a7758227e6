import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration } from 'chart.js';
import { CASE_LABELS, LABEL_INFO } from '../classify/labels.js';
import type { DigestData } from './digest-data.js';
import { periodLabel, PERIOD_ZH } from './period.js';
import { CHART_FONT, ensureChartFont } from './fonts.js';

export const CHART_WIDTH = 1080;
export const CHART_HEIGHT = 1350;
const HEADER = 110;
const PANEL = (CHART_HEIGHT - HEADER) / 2;

let ready = false;
function setUp(): void {
  if (ready) return;
  ensureChartFont();
  Chart.register(...registerables);
  Chart.defaults.font.family = CHART_FONT;
  Chart.defaults.font.size = 22;
  Chart.defaults.color = '#333';
  ready = true;
}

// chart.js types its context as the DOM one; @napi-rs/canvas implements the same API.
// destroy() clears the canvas, so the picture is copied out first.
function draw(config: ChartConfiguration, width: number, height: number, target: SKRSContext2D, y: number): void {
  const canvas = createCanvas(width, height);
  const chart = new Chart(canvas.getContext('2d') as unknown as CanvasRenderingContext2D, {
    ...config,
    options: { ...config.options, responsive: false, animation: false, devicePixelRatio: 1, layout: { padding: { left: 24, right: 36, bottom: 12 } } },
  });
  target.drawImage(canvas, 0, y);
  chart.destroy();
}

/** One PNG for the phone: cases by category this period, and the 24-hour closure-rate trend. */
export function renderDigestChart(d: DigestData): Buffer {
  setUp();
  const counts = new Map(d.byCategory.map((r) => [r.key, r.metrics.cases]));
  const categories = CASE_LABELS.filter((c) => (counts.get(c) ?? 0) > 0);
  const shown = categories.length > 0 ? categories : [...CASE_LABELS];
  const canvas = createCanvas(CHART_WIDTH, CHART_HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, CHART_WIDTH, CHART_HEIGHT);
  header(ctx, `${d.community} ${PERIOD_ZH[d.period.kind]} ${periodLabel(d.period)}`, d.metrics.cases === 0 ? '本期没有新增案件' : `新增 ${d.metrics.cases} 件`);
  draw(
    {
      type: 'bar',
      data: {
        labels: shown.map((c) => LABEL_INFO[c].zh),
        datasets: [{ label: '案件数', data: shown.map((c) => counts.get(c) ?? 0), backgroundColor: '#3b82f6' }],
      },
      options: {
        indexAxis: 'y',
        plugins: { legend: { display: false }, title: { display: true, text: '案件类别分布（件）', font: { size: 28 } } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    },
    CHART_WIDTH,
    PANEL,
    ctx,
    HEADER,
  );
  draw(
    {
      type: 'line',
      data: {
        labels: d.trend.map((t) => t.start.slice(5)),
        datasets: [
          {
            label: '24小时办结率（%）',
            data: d.trend.map((t) => (t.closure24h.rate === null ? null : Math.round(t.closure24h.rate * 1000) / 10)),
            borderColor: '#16a34a',
            backgroundColor: '#16a34a',
            borderWidth: 4,
            pointRadius: 5,
            spanGaps: true,
          },
        ],
      },
      options: {
        plugins: { title: { display: true, text: '24小时办结率趋势', font: { size: 28 } }, legend: { display: true } },
        scales: { y: { min: 0, max: 100, ticks: { callback: (v) => `${v}%` } } },
      },
    },
    CHART_WIDTH,
    PANEL,
    ctx,
    HEADER + PANEL,
  );
  return canvas.toBuffer('image/png');
}

function header(ctx: SKRSContext2D, title: string, subtitle: string): void {
  ctx.fillStyle = '#111';
  ctx.font = `36px "${CHART_FONT}"`;
  ctx.fillText(title, 40, 55);
  ctx.fillStyle = '#555';
  ctx.font = `24px "${CHART_FONT}"`;
  ctx.fillText(subtitle, 40, 92);
}
