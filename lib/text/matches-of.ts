/**
 * The matches of a pattern with the g flag in `text`, as `text.matchAll(pattern)` gives them, one
 * by one. matchAll copies its pattern at each call, and V8 escapes the copy's whole source again:
 * some 8 µs for a pattern of a few thousand characters (the remote-work phrases, the body labels),
 * where the search of a sentence around a key word takes 0.2. The pattern's own lastIndex is used
 * instead: set to 0 first, and put back before each search, so that using the same pattern inside
 * the loop does not disturb it.
 */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  // Without the g flag exec ignores lastIndex and would find the first match forever.
  if (!pattern.global) throw new TypeError(`matchesOf: /${pattern.source}/ needs the g flag`);
  let from = 0;
  for (;;) {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (match === null) return;
    // As matchAll: on after a match, and one character (code point with the u or v flag) on after an empty one.
    from = match[0] === '' ? advance(text, pattern.lastIndex, pattern.unicode || pattern.unicodeSets) : pattern.lastIndex;
    yield match;
  }
}

function advance(text: string, index: number, byCodePoint: boolean): number {
  if (!byCodePoint || index + 1 >= text.length) return index + 1;
  const unit = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
