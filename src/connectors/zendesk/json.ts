/**
 * Zendesk ids are int64 and accounts do hold ids above 2^53, which JSON.parse would round. This parse
 * keeps every integer literal beyond Number.MAX_SAFE_INTEGER exact by reading it as a string of
 * digits; smaller integers stay numbers. The wire schemas accept both forms for ids.
 */
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const INTEGER = /^-?\d+$/;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

const isNumberStart = (code: number): boolean => code === 0x2d || (code >= 0x30 && code <= 0x39);

export const parseJsonExactIntegers = (text: string): unknown => {
  // Only a literal of 16+ digits can exceed 2^53; most bodies take the plain path.
  if (!/\d{16}/.test(text)) return JSON.parse(text);
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      for (i++; i < text.length; i++) {
        const inner = text.charCodeAt(i);
        if (inner === BACKSLASH) i++;
        else if (inner === QUOTE) break;
      }
      i++;
      continue;
    }
    if (isNumberStart(code)) {
      NUMBER.lastIndex = i;
      const literal = NUMBER.exec(text)?.[0];
      if (literal === undefined) {
        i++; // not a number after all: JSON.parse below reports the syntax error
        continue;
      }
      if (INTEGER.test(literal) && !Number.isSafeInteger(Number(literal))) {
        out += `${text.slice(copied, i)}"${literal}"`;
        copied = i + literal.length;
      }
      i += literal.length;
      continue;
    }
    i++;
  }
  return JSON.parse(out + text.slice(copied));
};
