// WeChat delivers a quoted reply (引用) as text:
//   「张三：原来的话」
//   - - - - - - - - - - - - - - -
//   回复的话
// Some puppets put the quote after the reply instead. Both are split here.
const QUOTE = /^「([\s\S]*?)」\s*\n\s*(?:-\s*){5,}\n([\s\S]*)$/;
const QUOTE_AFTER = /^([\s\S]*?)\n\s*(?:-\s*){5,}\n\s*「([\s\S]*?)」\s*$/;

export function splitQuote(text: string): { text: string; quoted: string | null } {
  const m = QUOTE.exec(text);
  if (m) return { text: m[2]!.trim(), quoted: m[1]!.trim() };
  const n = QUOTE_AFTER.exec(text);
  if (n) return { text: n[1]!.trim(), quoted: n[2]!.trim() };
  return { text, quoted: null };
}
