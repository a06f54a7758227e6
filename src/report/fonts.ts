import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GlobalFonts } from '@napi-rs/canvas';

/** The family every chart draws with; registered from our own file, never looked up on the system. */
export const CHART_FONT = 'Yimi Sans';

// A GB2312 subset of Noto Sans CJK SC (SIL OFL 1.1, see assets/fonts/OFL.txt): a fresh machine or
// a slim Docker image has no CJK font, and Chinese labels would otherwise render as boxes.
export const CHART_FONT_FILE = fileURLToPath(new URL('../../assets/fonts/NotoSansSC-Regular-subset.otf', import.meta.url));

let registered = false;

export function ensureChartFont(): void {
  if (registered) return;
  if (!existsSync(CHART_FONT_FILE)) throw new Error(`chart font missing: ${CHART_FONT_FILE}`);
  GlobalFonts.registerFromPath(CHART_FONT_FILE, CHART_FONT);
  if (!GlobalFonts.has(CHART_FONT)) throw new Error(`chart font could not be loaded: ${CHART_FONT_FILE}`);
  registered = true;
}
