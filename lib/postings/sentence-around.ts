const MAX_SIDE = 300;

/**
 * The sentence holding the character at `index`, looking at most `maxSide` characters each way:
 * ". ! ? ;" and line breaks end a sentence, a dot between digits ("45.000") does not.
 */
export function sentenceAround(text: string, index: number, maxSide = MAX_SIDE): { text: string; start: number; end: number } {
  let start = index;
  const lowest = Math.max(0, index - maxSide);
  while (start > lowest && !endsSentence(text, start - 1)) start--;
  let end = index;
  const highest = Math.min(text.length, index + maxSide);
  while (end < highest && !endsSentence(text, end)) end++;
  return { text: text.slice(start, end + 1).trim(), start, end: end + 1 };
}

function endsSentence(text: string, index: number): boolean {
  const character = text.charAt(index);
  if (character === '.') return !isDigit(text.charCodeAt(index + 1));
  return character === '!' || character === '?' || character === ';' || character === '\n';
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
