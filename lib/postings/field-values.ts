/** Front matter is typed by its author: a list where a string is expected and the reverse are common. */

/** A trimmed string from a string, number or the first usable item of a list; undefined otherwise. */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = asText(item);
      if (text !== undefined) return text;
    }
  }
  return undefined;
}

/** Every non-empty string of a value, one level of lists deep. */
export function asTextList(value: unknown): string[] {
  return pushTexts([], value);
}

/** asTextList of each value, joined: every non-empty string of the values of several keys. */
export function asTextLists(values: readonly unknown[]): string[] {
  const texts: string[] = [];
  for (const value of values) pushTexts(texts, value);
  return texts;
}

// Loops, not flatMap: every posting reads a dozen keys so, and V8's flatMap costs more than the reading.
function pushTexts(texts: string[], value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    const text = Array.isArray(item) ? undefined : asText(item);
    if (text !== undefined) texts.push(text);
  }
  return texts;
}

const TRUE_WORDS = new Set(['true', 'yes', 'oui', 'vrai', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'non', 'faux', 'off', '0']);

/** true/false from a boolean or a yes/no word, in English or French. */
export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const text = asText(value)?.toLowerCase();
  if (text === undefined) return undefined;
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  return undefined;
}
