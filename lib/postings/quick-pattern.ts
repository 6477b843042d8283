import { groupedAlternation, unitAt } from './grouped-alternation';

/**
 * A regular expression of many alternatives, searched in two steps: a cheaper search for the
 * places where one of them may start, then the expression itself, anchored at each. V8 tries
 * every alternative at every position, and when most letters start one ("c", "d", "p"…), a
 * pass of detect-contract's 28 alternatives over a posting costs twice what a search for
 * their short prefixes does; the expression is then tried at a few dozen places.
 */
export interface QuickPattern {
  /** What `text.matchAll(new RegExp(source, 'g' + flags))` gives. */
  matchAll(text: string): RegExpExecArray[];
}

/** Beyond this many characters or classes, a prefix only slows the first search down. */
const PREFIX_UNITS = 4;

/**
 * `source` is matched as given; `alternatives` are its alternatives, which its own groups may
 * gather ("(a|b)|(c)" has "a", "b" and "c"): every match of `source` is one of theirs.
 */
export function quickPattern(source: string, alternatives: readonly string[], flags = ''): QuickPattern {
  const prefixes = new Set(alternatives.map(leadingUnits));
  // An empty prefix would have the expression tried at every position: a mistake in `alternatives`.
  if (prefixes.has('')) throw new Error(`quickPattern: an alternative of /${source}/ starts with no fixed text`);
  const anchored = new RegExp(source, `y${flags}`);
  // Grouped by their first units: see groupedAlternation.
  const starts = new RegExp(groupedAlternation([...prefixes], { ignoreCase: flags.includes('i'), shortest: true }), `g${flags}`);
  return {
    matchAll(text) {
      const matches: RegExpExecArray[] = [];
      let from = 0;
      for (;;) {
        starts.lastIndex = from;
        const start = starts.exec(text);
        if (!start) return matches;
        anchored.lastIndex = start.index;
        const match = anchored.exec(text);
        if (match) matches.push(match);
        // As String#matchAll: on after a match, one character on after an empty one.
        from = match && match[0] !== '' ? anchored.lastIndex : start.index + 1;
      }
    },
  };
}

/**
 * The first characters and character classes of an alternative, with which all its matches
 * start: `\bstages?\b` → "stag", `d[ée]tachement` → "d[ée]ta", `\/\s?jour` → "\/". A leading
 * `\b` is left out, which only widens the search; the prefix stops before a group, a class
 * escape (`\s`, `\b`…) or a unit that is optional or repeated.
 */
export function leadingUnits(alternative: string): string {
  const source = alternative.startsWith('\\b') ? alternative.slice(2) : alternative;
  let prefix = '';
  let units = 0;
  let index = 0;
  while (units < PREFIX_UNITS && index < source.length) {
    const unit = unitAt(source, index);
    if (unit === '' || /^[?*+{]/.test(source.slice(index + unit.length))) break;
    prefix += unit;
    units++;
    index += unit.length;
  }
  return prefix;
}
