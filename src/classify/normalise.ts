import { DIALECT_CHARS, DIALECT_PHRASES, MANDARIN_CONTEXT } from './dialect.js';
import { TRAD_TO_SIMP } from './trad-simp.js';


/**
 * Work is capped so a pasted 100 KB article costs the same as a normal message: the
 * raw input is cut before any regex runs, the cleaned text again after.
 */
export const MAX_RAW_CHARS = 2000;
export const MAX_TEXT_CHARS = 500;

/** A cleaned message plus, for each of its characters, the index in the raw text. */
export interface NormalisedText {
  text: string;
  /** offsets[i] is the raw index of text[i]; lets callers report spans "as written". */
  offsets: number[];
  /** The quoted message of a WeChat reply, cleaned the same way, or null. */
  quote: string | null;
}

interface Chars {
  chars: string[];
  offsets: number[];
}

// WeChat quote block: 「name：original」 then a line of "- - - -" then the reply
// (or the reply first and the block after it, in newer clients). Copied by hand, the
// dash line may be as short as "- - -".
const QUOTE_BLOCK = /「[^」]{0,600}」\s*\n?\s*(?:-\s?){3,}\s*/g;
const QUOTE_INNER = /「(?:[^：:」]{1,30}[：:])?([^」]*)」/;
// Sticker codes such as [捂脸] [裂开] [Facepalm]; they carry no request.
const EMOJI_CODE = /\[[\u4e00-\u9fffA-Za-z]{1,8}\]/g;
// @mentions end at a space, WeChat's U+2005, or the end of the text.
const MENTION = /@[^\s@]{1,24}(?:\s|$)/g;
// Code-point tests instead of regexes: this loop runs once per character of every message.
const isInvisible = (c: number): boolean =>
  c <= 0x08 || (c >= 0x0b && c <= 0x1f && c !== 0x0d) || c === 0x7f || c === 0xad ||
  (c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) || (c >= 0x2060 && c <= 0x206f) || c === 0xfeff;
const isOddSpace = (c: number): boolean =>
  c === 0x09 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x205f;
const isSpace = (ch: string): boolean => ch === ' ' || ch === '\n';
const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DIALECT_TO_MANDARIN = new Map(DIALECT_PHRASES);
const DIALECT_PHRASE = new RegExp(
  [...DIALECT_TO_MANDARIN.keys()]
    .sort((a, b) => b.length - a.length)
    .map((from) => {
      const context = MANDARIN_CONTEXT.find((c) => from.startsWith(c.starts));
      const after = context?.notAfter ? `(?<![${context.notAfter}])` : '';
      const before = context?.notBefore ? `(?![${context.notBefore}])` : '';
      return after + escapeRegex(from) + before;
    })
    .join('|'),
  'g',
);

export function normalise(raw: string): NormalisedText {
  const capped = raw.length > MAX_RAW_CHARS ? raw.slice(0, MAX_RAW_CHARS) : raw;
  let state = replaceDialect(mapChars(capped));
  let quote: string | null = null;
  const quoteMatch = state.chars.join('').match(QUOTE_BLOCK);
  if (quoteMatch) {
    quote = cleanQuote(quoteMatch[0]);
    state = removeMatches(state, QUOTE_BLOCK);
  }
  state = removeMatches(state, EMOJI_CODE, ' ');
  state = removeMatches(state, MENTION, ' ');
  state = collapseSpaces(state);
  return {
    text: state.chars.slice(0, MAX_TEXT_CHARS).join(''),
    offsets: state.offsets.slice(0, MAX_TEXT_CHARS),
    quote,
  };
}

/** Normalised text only, for callers that need no spans (training, features). */
export function normaliseText(raw: string): string {
  return normalise(raw).text;
}

// Character-wise mapping: full-width → half-width, traditional → simplified, invisible
// characters dropped, odd spaces made plain, dialect characters read as Mandarin. One output char per kept input char.
function mapChars(raw: string): Chars {
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    let ch = raw[i]!;
    const code = ch.charCodeAt(0);
    if (isInvisible(code)) continue;
    if (ch === '\r') ch = '\n';
    else if (isOddSpace(code)) ch = ' ';
    else if (code >= 0xff01 && code <= 0xff5e) ch = String.fromCharCode(code - 0xfee0);
    else ch = TRAD_TO_SIMP.get(ch) ?? DIALECT_CHARS.get(ch) ?? ch;
    chars.push(ch);
    offsets.push(i);
  }
  return { chars, offsets };
}

// Replaces every match of a global pattern; each new character points at the raw
// character in the same position of the match (or its last), so spans still map back to
// the text as written when a dialect phrase becomes a Mandarin one of another length.
function replaceMatches(state: Chars, pattern: RegExp, replace: (match: string) => string): Chars {
  const text = state.chars.join('');
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0; // matchAll below copies lastIndex from the global regex
  if (!found) return state;
  const chars: string[] = [];
  const offsets: number[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0;
    pushRange(state, last, start, chars, offsets);
    const to = replace(m[0]);
    for (let k = 0; k < to.length; k += 1) {
      chars.push(to[k]!);
      offsets.push(state.offsets[start + Math.min(k, m[0].length - 1)]!);
    }
    last = start + m[0].length;
  }
  pushRange(state, last, text.length, chars, offsets);
  return { chars, offsets };
}

const replaceDialect = (state: Chars): Chars => replaceMatches(state, DIALECT_PHRASE, (m) => DIALECT_TO_MANDARIN.get(m)!);
const removeMatches = (state: Chars, pattern: RegExp, replacement = ''): Chars => replaceMatches(state, pattern, () => replacement);

function pushRange(state: Chars, from: number, to: number, chars: string[], offsets: number[]): void {
  for (let i = from; i < to; i += 1) {
    chars.push(state.chars[i]!);
    offsets.push(state.offsets[i]!);
  }
}

// Runs of whitespace become one space (newlines too: chat lines are one utterance).
function collapseSpaces(state: Chars): Chars {
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < state.chars.length; i += 1) {
    const ch = isSpace(state.chars[i]!) ? ' ' : state.chars[i]!;
    if (ch === ' ' && (chars.length === 0 || chars[chars.length - 1] === ' ')) continue;
    chars.push(ch);
    offsets.push(state.offsets[i]!);
  }
  if (chars[chars.length - 1] === ' ') {
    chars.pop();
    offsets.pop();
  }
  return { chars, offsets };
}

function cleanQuote(block: string): string {
  const inner = block.match(QUOTE_INNER)?.[1] ?? '';
  return inner.replace(EMOJI_CODE, ' ').replace(MENTION, ' ').replace(/\s+/g, ' ').trim();
}
