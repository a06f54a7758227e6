import { COMMON_PLACES } from './place-names.js';

/** Finds the shortest span naming a place in normalised text; null when none. */
export type LocationExtractor = (text: string) => { start: number; end: number } | null;

const NUM = '(?:\\d{1,3}|[一二三四五六七八九十两]{1,3})';
// A unit: 2单元, or 2门 / 3门洞 in northern compounds (not 门口, 门卫, 门外 ...).
const UNIT = `(?:${NUM}|[A-Za-z东西南北中])单元|${NUM}(?:门洞|门(?![口卫外前边面里禁岗诊]))`;
// 3幢 / 5号楼 / 12栋 / A座 / 4#楼 / 甲2号楼, then optional unit
// or room (1802, 302室), or 架空层 ("16号楼地下室" is "16号楼" in the shared corpus). A floor ("3楼") or a lift ("2号梯") is not part of the span: annotators leave them out.
const BUILDING =
  `(?<![这那哪每同])[甲乙丙丁]?(?:${NUM}|[A-Za-z])(?:号楼|幢|栋|座|号院|#楼?)(?:-?(?:${UNIT}))?` +
  `(?:-?\\d{3,4}(?:室|号)?(?!\\d))?(?:架空层)?`;
const ZONE = '(?<![华城市山景园社小])(?:[东西南北中][区苑院]|[一二三四五六七八九]区)';
// Features that name a place only with a zone before them: 东区花园, 西苑大门.
const ZONE_FEATURE = '(?:花园|花坛|大门|广场|草坪|绿地|停车场|车库|篮球场|凉亭)';
// A lettered zone or a phase of a large estate: B区, 二期, 3期 (not 第二期, 分期, 小区).
const SECTION = '(?:(?<![A-Za-z\\d])[A-HJ-NP-Za-hj-np-z]区|(?<![第分\\d])[一二三四五六七八九\\d]期)';
// Kinds of place that carry a proper name in front ("永辉超市", "沙湖公园", "台东步行街"):
// the name is part of the span when it starts a clause or follows 在/到/去 ..., and holds
// none of the little words (我, 刚, 那, 里 ...) that a name would not.
const NAMED_KIND = '(?:花园|连廊|广场(?!舞)|超市|公园|菜市场|菜场|农贸市场|步行街|步道|栈道|长廊|小学|中学|幼儿园|公交站|医院|面馆|市场)';
const PROPER_NAME =
  '(?<=^|[^\\u4e00-\\u9fff]|[在到去从往向近旁对和跟与])(?!小区|社区|小河|河边|湖边|海边)(?:(?![在到去从往向近旁对和跟与的了我你他她它们刚快来最后晚早上下那这个里边外面说是有要就都也还])[\\u4e00-\\u9fff]){2,3}' +
  NAMED_KIND;
const PATTERNS: readonly string[] = [
  // 2-1-301, 5-1-302: building-unit-room as residents write it.
  '(?<!\\d)\\d{1,3}(?:#|栋|幢|号楼)?-\\d{1,2}-\\d{3,4}(?!\\d)',
  // 5-602 (building-room), B2-106 (a parking space on a basement level); four digits after
  // the dash keep dates and times out.
  '(?<![\\dA-Za-z-])[BP]?\\d{1,2}-\\d{3,4}(?![\\d-])',
  BUILDING,
  `(?<![\\d号幢栋#])${NUM}单元(?:-?\\d{3,4}(?:室)?)?`,
  '(?<!\\d)\\d{3,4}室',
  // 5门洞: a northern compound's entrance numbers stand for buildings' stairwells.
  `${NUM}门洞`,
  // Gates: 东门, 南大门, 西侧门, 北边门. Not 门口 alone, not 大门 (every estate has one).
  '[东西南北](?:大|侧|小|边)?门(?!诊)',
  // Garage areas: 地下车库B区, 地下车库负二层, 地库A区.
  '(?:地下车库|地库|地下停车场)(?:[A-Za-z]\\d?区|负[一二三123]层)',
  // Basement levels: 负二楼车库B区, 负一层, B2层, 地下二层.
  // P2层 and B1车库C区 in newer estates; a parking space number may follow (负二楼218号).
  '(?:负[一二三123](?:楼|层)|(?<![A-Za-z\\d])[BP][1-3](?:楼|层|(?=车库|停车场|地库))|地下[一二三123]层)(?:车库|停车场|地库)?(?:[A-Za-z]区)?(?:\\d{2,4}号?(?:车位)?)?',
  // Towers in newer estates: T3, T5栋.
  '(?<![A-Za-z\\d])T\\d{1,2}(?:栋|座|号楼)?(?![A-Za-z\\d])',
  // Rows of an old work-unit compound: 6排, 5排3号.
  '(?<![\\d-])\\d{1,2}排(?:\\d{1,3}号(?!楼))?',
  // Numbered lanes of urban villages and old towns: 12巷, 123弄.
  '(?<![\\d-])\\d{1,3}(?:巷|弄)(?:\\d{1,4}号(?!楼(?![梯道]))|(?!\\d))',
  // Zones: A区, B区12号, C区3栋.
  '(?<![A-Za-z\\d])[A-HJ-NP-Za-hj-np-z]区(?:\\d{1,3}(?:号楼|号|栋|幢))?',
  // Named zones of larger estates: 东区, 二区8栋, 西苑3幢 (not 小区, 城区, 华东区).
  `${ZONE}(?:${BUILDING})?`,
  // Phases: 二期, 二期南门, 3期5号楼 (not 第二期, 分期).
  `(?<![第分\\d])[一二三四五六七八九\\d]期(?:[东西南北](?:大|侧|小|边)?门|${NUM}(?:号楼|幢|栋))?(?![间限末中货款])`,
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createLocationExtractor(places: readonly string[] = []): LocationExtractor {
  const names = [...new Set([...places, ...COMMON_PLACES].map((p) => p.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length);
  const named = names.length ? `(?:${names.map(escape).join('|')})` : '(?!)';
  // An estate or named place directly before a building is part of the span
  // ("闲林花园9号楼", "翠竹苑3幢"), and so is a zone before a named place ("东苑儿童乐园").
  // A side before a feature or named place belongs to it too ("南侧广场", "北边停车场"), and
  // so does 老 or 新 ("老礼堂", "新食堂").
  const alternatives = [
    `${named}${BUILDING}`,
    `${ZONE}(?:${named}|${ZONE_FEATURE})`,
    `[东西南北](?:侧|边|面)(?:${named}|${ZONE_FEATURE})`,
    `${SECTION}(?:${SECTION})?(?:${named}|${ZONE_FEATURE}|[东西南北](?:大|侧|小|边)?门(?!诊))`,
    `${SECTION}${SECTION}`,
    ...PATTERNS,
    PROPER_NAME,
    `(?:老|新)?${named}`,
  ];
  const regexes = alternatives.map((source) => new RegExp(source, 'g'));
  return (text) => {
    let best: { start: number; end: number } | null = null;
    for (const regex of regexes) {
      regex.lastIndex = 0;
      const m = regex.exec(text);
      if (!m || m[0].length === 0) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (!best || start < best.start || (start === best.start && end > best.end)) {
        best = { start, end };
      }
    }
    if (!best) return null;
    // The place named again more precisely later on ("车库进水了 地下车库C区已经淹了",
    // "地下室在响 5栋地下室") is the span: the longer name, or the building before it.
    const name = text.slice(best.start, best.end);
    for (let at = text.indexOf(name, best.end); at >= 0; at = text.indexOf(name, at + name.length)) {
      for (const regex of regexes) {
        regex.lastIndex = Math.max(0, at - 12);
        for (let m = regex.exec(text); m && m.index <= at; m = regex.exec(text)) {
          const end = m.index + m[0].length;
          if (m[0].length > 0 && (end === at || (m.index <= at && end >= at + name.length && m[0].length > name.length))) return { start: m.index, end };
          if (m[0].length === 0) regex.lastIndex += 1;
        }
      }
    }
    return best;
  };
}
