// Exports leave the bot: personal numbers in residents' words are masked on the way out.

// 18-digit resident ID (last char may be X), then the old 15-digit one: keep region and the last 4.
const ID18 = /(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])/g;
const ID15 = /(?<![0-9A-Za-z])(\d{6})\d{5}(\d{4})(?![0-9A-Za-z])/g;
// Mobile numbers, also written 138 1234 5678, 138-1234-5678 or +86 138...: keep 3 + 4.
const MOBILE = /(?<!\d)(?:\+?86[-\s]?)?(1[3-9]\d)[-\s]?\d{4}[-\s]?(\d{4})(?!\d)/g;
// Landlines with an area code: 0571-88123456 → 0571-****3456.
const LANDLINE = /(?<!\d)(0\d{2,3})[-\s]?\d{3,4}(\d{4})(?!\d)/g;

export function maskPersonalNumbers(text: string): string {
  return text
    .replace(ID18, '$1********$2')
    .replace(ID15, '$1*****$2')
    .replace(MOBILE, '$1****$2')
    .replace(LANDLINE, '$1-****$2');
}
