import { lineAt } from '../text/line-at';
import type { RemotePolicy } from './types';

type KnownRemote = Exclude<RemotePolicy, 'unknown'>;

const TELEWORK = 't[ée]l[ée]-?travail(?:ler)?';
/** Phrases per policy, strongest first: a full-remote phrase anywhere wins over a mere mention of telework. */
const REMOTE_PHRASES: ReadonlyArray<{ remote: KnownRemote; phrases: readonly string[] }> = [
  {
    remote: 'full',
    phrases: [
      `100\\s?%\\s*(?:en\\s+|de\\s+)?(?:${TELEWORK}|remote|[àa] distance)`,
      `${TELEWORK}\\s+(?:total|complet|int[ée]gral|[àa] 100\\s?%|[àa] temps (?:plein|complet))`,
      `(?:enti[èe]rement|essentiellement|totalement|exclusivement)\\s+(?:en\\s+)?(?:${TELEWORK}|[àa] distance|remote)`,
      'full[- ]?remote',
      'fully remote',
      'remote[- ]first',
      `(?:de|depuis) n['’]importe o[ùu]`,
      `(?:principalement|majoritairement) (?:en\\s+)?(?:${TELEWORK}|[àa] distance)`,
      `[ée]quipe (?:enti[èe]rement |compl[èe]tement )?(?:dispers[ée]e|distribu[ée]e|d[ée]centralis[ée]e)`,
      `poste (?:en|100\\s?%) ${TELEWORK}`,
      `${TELEWORK} avec (?:possibilit[ée] de )?d[ée]placements`,
      // "Anywhere in the U.S. (remote)", "can be performed from anywhere in Canada": remote within a country.
      'anywhere in',
      '(?:work|working) from anywhere',
      'fully distributed',
      'work(?:s|ing)? distributedly',
      'remote[- ]only',
      '\\bremote position',
      '(?:100\\s?%|fully|entirely|completely) remote',
      // Coming in is optional: "réunions en présentiel optionnelles", "présence sur site facultative", "on-site optional".
      `pr[ée]sen(?:tiel\\w*|ce(?:\\s+(?:sur site|au bureau|physique|dans (?:les|nos) locaux))?)\\s+(?:optionnel|facultati|non obligatoire)`,
      `(?:optionnel|facultati)\\w*\\s+(?:en\\s+)?pr[ée]sentiel`,
      '(?:on[- ]?site|in[- ](?:office|person)|office)(?:\\s+(?:presence|attendance|work|meetings?|visits?|days?))?(?:\\s+(?:is|are))?\\s+(?:optional|not required)',
      'optional\\s+(?:on[- ]?site|in[- ](?:office|person)|office)',
    ],
  },
  {
    remote: 'none',
    phrases: [
      `(?:pas|aucun) de ${TELEWORK}`,
      `${TELEWORK} (?:n['’]est )?(?:pas|non) (?:possible|autoris[ée]|envisageable)`,
      'sur site uniquement',
      'uniquement sur site',
      '100\\s?%\\s*(?:en\\s+)?pr[ée]sentiel',
      'no remote',
      'on[- ]site only',
      '(?:position|role|job) is (?:on[- ]?site|in[- ]office|office[- ]based)',
      'not (?:interested in|open to|offering|considering)[^.\\n]{0,30}\\bremote',
      'remote work is not',
      'on[- ]site (?:full[- ]time |part[- ]time )?(?:employment|position|role|work|job)',
    ],
  },
  {
    remote: 'partial',
    phrases: [TELEWORK, 'travail [àa] distance', '\\bremote\\b', '\\bhybride?\\b', 'work from home', '\\d jours? (?:par semaine )?(?:en|de) pr[ée]sentiel'],
  },
];
// The capture group that matched tells the policy.
const REMOTE = new RegExp(REMOTE_PHRASES.map(({ phrases }) => `(${phrases.join('|')})`).join('|'), 'gi');
// Every phrase holds one of these words. Their regular expression is cheaper (fewer first
// letters), where REMOTE costs V8 some 15 ns a character: REMOTE runs only around them. Words
// with the same first letter are grouped ("d(?:is(?:tance|…)"): V8 checks each alternative's
// opening at every position, fewer alternatives cost less. No word opens another: grouped, each
// position matches the same word.
const KEY_WORDS = new RegExp(`${TELEWORK}|remote|d(?:is(?:tance|tribu|pers)|[ée]centralis)|h(?:ybride?|ome)|pr[ée]sen(?:tiel|ce)|i(?:mporte|n[- ]person)|site|anywhere|office`, 'gi');
// A list item or line that says only "Télétravail", "Travail à distance" or "Remote": the way of
// working, whole, when nothing else in the text says how much. Capture 1 is the list mark.
const REMOTE_LINE_SOURCE = `^[ \\t]*(?:([-*+•])[ \\t]*)?(?:${TELEWORK}|travail [àa] distance|remote|full[- ]remote)[ \\t]*[.!]?[ \\t]*$`;
const REMOTE_LINE = new RegExp(REMOTE_LINE_SOURCE, 'i');
const REMOTE_LINE_FROM = new RegExp(REMOTE_LINE_SOURCE, 'gim');
const BEFORE_KEY_WORD = 50;
const AFTER_KEY_WORD = 60;
const NEGATION_BEFORE = /\b(?:pas|non|sans|ni|not|no|without)\b[^.!?\n]{0,20}$/i;
const NEGATION_WINDOW = 25;
const STRENGTH: Record<RemotePolicy, number> = { unknown: 0, partial: 1, none: 2, full: 3 };

/**
 * How much of the work can be done from home, from a text in French or English: "100 %
 * télétravail" or "full remote" → full, "2 jours de télétravail" → partial, "pas de télétravail" → none.
 * A bare "Télétravail" or "Remote" line means full remote only when the rest of the text says
 * nothing about it; a bare line with prose under it is a heading ("Télétravail" over "2 jours par
 * semaine"), read with that prose.
 */
export function detectRemote(text: string): RemotePolicy {
  let found: RemotePolicy = 'unknown';
  // The line of the last key word: the key words after it on the same line need no second look,
  // and finding each one's line start anew made a long line of key words quadratic.
  let line = { start: 0, end: -1 };
  // exec rather than matchAll, which copies its pattern at each call (see lib/text/matches-of.ts);
  // no key word is empty, so each search starts where the last match ended.
  KEY_WORDS.lastIndex = 0;
  for (let keyWord; (keyWord = KEY_WORDS.exec(text)); ) {
    // A bare remote line holds a key word ("télétravail", "distance", "remote"): the key words'
    // lines are tried, where a search of the whole text for such a line cost V8 as much as the
    // key words' own search.
    if (keyWord.index > line.end) {
      line = lineAt(text, keyWord.index);
      if (REMOTE_LINE.test(text.slice(line.start, line.end))) return detectAroundBareLines(text);
    }
    const remote = strongestIn(text, Math.max(0, keyWord.index - BEFORE_KEY_WORD), KEY_WORDS.lastIndex + AFTER_KEY_WORD);
    if (STRENGTH[remote] > STRENGTH[found]) found = remote;
    if (found === 'full') {
      // Nothing reads stronger; only a bare line further on could change the reading.
      REMOTE_LINE_FROM.lastIndex = line.start;
      return REMOTE_LINE_FROM.test(text) ? detectAroundBareLines(text) : found;
    }
  }
  return found;
}

function detectAroundBareLines(text: string): RemotePolicy {
  const { rest, standalone } = withoutStandaloneRemoteLines(text);
  const found = detectPhrases(rest);
  return found === 'unknown' && standalone ? 'full' : found;
}

/** `text` without its bare remote lines that stand alone (list items, lines with no prose under them). */
function withoutStandaloneRemoteLines(text: string): { rest: string; standalone: boolean } {
  const lines = text.split('\n');
  let standalone = false;
  // The next non-blank line, found by a pointer that only moves on: a text of bare lines stays linear.
  let nextIndex = 0;
  const rest = lines.map((line, index) => {
    const bare = REMOTE_LINE.exec(line);
    if (!bare) return line;
    nextIndex = Math.max(nextIndex, index + 1);
    while (nextIndex < lines.length && lines[nextIndex]!.trim() === '') nextIndex++;
    const next = lines[nextIndex];
    const heading = bare[1] === undefined && next !== undefined && !REMOTE_LINE.test(next);
    if (heading) return line;
    standalone = true;
    return '';
  });
  return { rest: rest.join('\n'), standalone };
}

function detectPhrases(text: string): RemotePolicy {
  let found: RemotePolicy = 'unknown';
  KEY_WORDS.lastIndex = 0;
  for (let keyWord; (keyWord = KEY_WORDS.exec(text)); ) {
    const remote = strongestIn(text, Math.max(0, keyWord.index - BEFORE_KEY_WORD), KEY_WORDS.lastIndex + AFTER_KEY_WORD);
    if (STRENGTH[remote] > STRENGTH[found]) found = remote;
    if (found === 'full') break;
  }
  return found;
}

function strongestIn(text: string, start: number, end: number): RemotePolicy {
  let found: RemotePolicy = 'unknown';
  const window = text.slice(start, end);
  REMOTE.lastIndex = 0;
  for (let match; (match = REMOTE.exec(window)); ) {
    const group = match.findIndex((captured, index) => index > 0 && captured !== undefined);
    let remote: RemotePolicy = REMOTE_PHRASES[group - 1]?.remote ?? 'unknown';
    // "pas un poste en full remote": not fully remote, but remote all the same.
    const at = start + match.index;
    if (remote === 'full' && NEGATION_BEFORE.test(text.slice(Math.max(0, at - NEGATION_WINDOW), at))) remote = 'partial';
    if (STRENGTH[remote] > STRENGTH[found]) found = remote;
  }
  return found;
}
