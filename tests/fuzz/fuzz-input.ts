import type { Config } from '../../src/config/schema.js';

/** Picks and builders over one seeded generator, so a failing input can be replayed by its seed. */
export class Fuzz {
  constructor(readonly random: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
}

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e'];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\r', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u202e', '\u202d', '\u2028', '\u2029'];
const EMOJI = ['😀', '👍', '🙏', '🔥', '💧', '🚗', '👨‍👩‍👧‍👦', '🏳️‍🌈', '❤️', '🇨🇳', '🤬', '\u{1F9D1}\u{1F3FD}\u200D\u{1F4BB}'];
const HOSTILE = [
  "'; DROP TABLE cases; --",
  "1' OR '1'='1",
  'Robert"); DELETE FROM messages; --',
  '<script>alert(1)</script>',
  '${process.exit(1)}',
  '%s%s%s%n',
  '../../../../etc/passwd',
  '\\u0000\\x00',
  'NaN',
  '-1',
  '9'.repeat(40),
  '__proto__',
  'constructor',
  '{{7*7}}',
];
const CHAT = ['早上好', '今天天气不错', '谢谢大家', '有人拼团吗', '哈哈哈', '收到', '[捂脸]', '晚安', '群主辛苦了', '明天几点开会'];
const COMPLAINTS = [
  '{b}楼道灯坏了好几天了',
  '{b}电梯又坏了，困了人！',
  '{p}那边有人乱停车，堵住消防通道',
  '楼上{b}半夜装修噪音太大',
  '{b}楼下垃圾好几天没人清理，臭死了',
  '{p}漏水了，快来人看看',
  '闻到煤气味，{b}，很急',
  '{b}水管爆了',
  '还没修好吗？',
  '满意',
  '不满意，根本没修',
  '5',
];
const BUILDINGS = ['3幢', '12号楼', '7栋2单元', '15-2-301', '1号楼', '二期9幢'];
const COMMAND_WORDS = ['接单', '办结', '转派', '备注', '查看', '我的', '改类', '不是案件', '立案', '忽略', '合并', '请假', '销假', '进度', '帮助', 'claim', 'resolve', 'help', 'merge'];
const CASE_REFS = ['C1', 'C2', 'c3', '#1', 'C0', 'C-1', 'C99999999999999999999', 'C999999999', 'C1.5', 'C１', 'Q1', 'Q99999', 'C', '#', 'C1 C1', 'C1 C2', 'C2 C1'];
const COMMAND_ARGS = ['', ' ', '<script>', '不存在的类', 'water', 'lighting', '噪音', 'wxid_nobody', 'wxid_qiu', '@裘丽娟', '周敏', '已修好', '明天', '0', '-5', '\n\n'];

export function randomUnicode(f: Fuzz, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const r = f.random();
    // Surrogate halves on purpose: WeChat text can arrive with broken pairs.
    if (r < 0.02) s += String.fromCharCode(f.int(0xd800, 0xdfff));
    else if (r < 0.3) s += String.fromCodePoint(f.int(0x4e00, 0x9fff));
    else if (r < 0.5) s += String.fromCodePoint(f.int(0x20, 0x7e));
    else s += String.fromCodePoint(f.int(0, 0x10ffff));
  }
  return s;
}

/** Sprinkles invisible and control characters through a text. */
export function sprinkle(f: Fuzz, text: string): string {
  const chars = [...text];
  const n = f.int(1, 6);
  for (let i = 0; i < n; i++) chars.splice(f.int(0, chars.length), 0, f.pick(f.chance(0.5) ? ZERO_WIDTH : CONTROL));
  return chars.join('');
}

export function complaint(f: Fuzz, config: Config): string {
  return f
    .pick(COMPLAINTS)
    .replace('{b}', f.pick(BUILDINGS))
    .replace('{p}', f.pick(config.places.length > 0 ? config.places : ['东门']));
}

export function command(f: Fuzz): string {
  const word = f.pick(COMMAND_WORDS);
  const parts = [word];
  if (f.chance(0.8)) parts.push(f.pick(CASE_REFS));
  for (let i = f.int(0, 3); i > 0; i--) parts.push(f.pick(f.chance(0.5) ? COMMAND_ARGS : HOSTILE));
  return parts.join(f.pick([' ', '', '  ', '\u3000', '\t']));
}

/** A WeChat quote (引用), often malformed: no separator, nested, unclosed, reversed. */
export function quote(f: Fuzz, inner: string, reply: string): string {
  switch (f.int(0, 5)) {
    case 0: return `「张三：${inner}」\n- - - - - - - - - - - - - - -\n${reply}`;
    case 1: return `「张三：${inner}」${reply}`;
    case 2: return `「李四：「张三：${inner}」\n- - - - - - - - - - - - - - -\n嵌套」\n- - - - -\n${reply}`;
    case 3: return `「${inner}\n- - - - - - - - - - - - - - -\n${reply}`;
    case 4: return `${reply}\n- - - - - - - - - - - - - - -\n「${inner}」`;
    default: return `${'「'.repeat(f.int(1, 50))}${inner}${'」'.repeat(f.int(0, 50))}\n${'- '.repeat(f.int(0, 40))}\n${reply}`;
  }
}

/** One message text from the whole zoo. */
export function messageText(f: Fuzz, config: Config): string {
  switch (f.int(0, 11)) {
    case 0: return f.pick(CHAT);
    case 1: return complaint(f, config);
    case 2: return sprinkle(f, f.chance(0.5) ? complaint(f, config) : command(f));
    case 3: return randomUnicode(f, f.int(0, 80));
    case 4: return Array.from({ length: f.int(1, 30) }, () => f.pick(EMOJI)).join('');
    case 5: return quote(f, messageText(f, config), f.chance(0.5) ? command(f) : complaint(f, config));
    case 6: return f.pick(HOSTILE) + (f.chance(0.5) ? complaint(f, config) : '');
    case 7: return command(f);
    case 8: return `@${config.community.botName}${f.pick(['', ' ', '\u2005'])}${f.chance(0.5) ? command(f) : complaint(f, config)}`;
    case 9: return bigText(f, config);
    case 10: return f.pick(['', ' ', '\n', '\u200b', '\u0000', '「」', '」「', '- - - - -']);
    default: return CONTROL.join('') + ZERO_WIDTH.join('') + f.pick(CHAT);
  }
}

/** ~100 KB: a paste, a flood of one character, or quote brackets that invite regex backtracking. */
export function bigText(f: Fuzz, config: Config): string {
  const target = 100_000;
  switch (f.int(0, 3)) {
    case 0: return complaint(f, config).repeat(Math.ceil(target / 12)).slice(0, target);
    case 1: return 'a'.repeat(target);
    case 2: return `「${'「- \n'.repeat(target / 4)}`;
    default: return randomUnicode(f, target / 2);
  }
}
