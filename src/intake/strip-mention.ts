// mentionSelf() is unreliable across puppets, so "@一米 " is also stripped from the text.
// WeChat separates a mention from the text with U+2005 (four-per-em space).
export function stripBotMention(text: string, botName: string): string {
  const escaped = botName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`@${escaped}[\\u2005\\s]*`, 'g'), '').trim();
}
