import { canonicalPageUrl } from '../page/canonical-page-url';
import { hashString } from '../text/hash';
import { identifierKey, organizationBlockKey, titleBlockKey } from '../text/posting-keys';
import { jaccard, textShingles } from './text-shingles';

/** What the comparison reads of a posting: an offer of a source, or a page saved while browsing. */
export interface DuplicateCandidate {
  id: string;
  sourceId: string;
  url?: string;
  title: string;
  organization?: string;
  language?: string;
  /** The posting's own text (its body): markup aside, two copies of one job say the same. */
  text: string;
  /** The posting's own reference its page declares (JSON-LD `identifier`): only pages saved while browsing have one. */
  identifier?: string;
}

/** One place a merged posting was seen: shown on its card, with a link. */
export interface DuplicateMember {
  id: string;
  sourceId: string;
  url?: string;
  title: string;
}

/**
 * Shared word triples over all of them (Jaccard) from which two texts of one organization are one
 * posting. Measured on the shared fixtures (tests/duplicates/find-duplicates.test.ts): the same
 * jobs published by beta.gouv.fr and by the ANCT's incubator score 0.886, 0.962 and 1; the closest
 * distinct postings, written from one template, 0.603 (two startups' full-stack developers) and
 * 0.594 (one company's junior developer and UX designer); a role posted again a year later, 0.528.
 */
export const SAME_TEXT_THRESHOLD = 0.8;
/** Texts shorter than this many word triples (about twenty words) say too little to be told apart. */
const MIN_SHINGLES = 20;
/** Past this many postings, an organization's are compared title by title, to stay fast (see findDuplicateGroups). */
const MAX_BLOCK = 60;

/**
 * The groups of postings that are one job: the same page address (from two sources, or a page
 * saved while browsing and a source), the same reference declared by two pages saved while
 * browsing (no source's listing carries one), or the same organization and near-identical text
 * in two sources. Postings in different languages are translations, never duplicates by their text.
 *
 * Cost: texts are compared only within an organization (names folded, spacing aside) and between
 * sources, and a large organization's only within a title; a text's words are read only once it
 * meets another of about its length. Reading the words is most of the time (README: Figures).
 */
export function findDuplicateGroups(candidates: readonly DuplicateCandidate[]): DuplicateMember[][] {
  return groupDuplicates(candidates).groups;
}

/**
 * What a grouping remembers of the texts it compared: for each block compared, its fingerprint (its
 * members' ids, sources, languages and texts) and the pairs it found the same. A block's pairs
 * depend on nothing else, so a block found again with the same fingerprint is not read again.
 */
export type TextComparisons = ReadonlyMap<string, readonly DuplicatePair[]>;
export type DuplicatePair = readonly [string, string];

export interface DuplicateGrouping {
  groups: DuplicateMember[][];
  /** This grouping's comparisons, to hand to the next one: only blocks still present are kept. */
  comparisons: TextComparisons;
}

/**
 * findDuplicateGroups, comparing again only the texts of blocks that changed since `previous`: a
 * posting added, gone, edited, moved to another organization or title, and the postings it is
 * compared with. The groups are those a full grouping finds (tests/duplicates/incremental-grouping.test.ts).
 */
export function groupDuplicates(candidates: readonly DuplicateCandidate[], previous: TextComparisons = new Map()): DuplicateGrouping {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  for (const candidate of candidates) parent.set(candidate.id, candidate.id);

  for (const group of [...sameAddress(candidates), ...sameIdentifier(candidates)]) for (const other of group.slice(1)) union(group[0]!.id, other.id);
  const comparisons = new Map<string, readonly DuplicatePair[]>();
  for (const block of textBlocks(candidates)) {
    const fingerprint = blockFingerprint(block);
    const stored = previous.get(fingerprint);
    const pairs = stored && joinsMembersOf(block, stored) ? stored : compareTexts(block);
    comparisons.set(fingerprint, pairs);
    for (const [a, b] of pairs) union(a, b);
  }

  const groups = new Map<string, DuplicateMember[]>();
  for (const { id, sourceId, url, title } of candidates) {
    const root = find(id);
    const group = groups.get(root) ?? [];
    group.push({ id, sourceId, ...(url ? { url } : {}), title });
    groups.set(root, group);
  }
  return { groups: [...groups.values()].filter((group) => group.length > 1), comparisons };
}

/**
 * Pairs read back from storage join members of their block only: a pair naming another posting
 * (a damaged row, or two blocks of one fingerprint) has no parent, and `find` would walk from it forever.
 */
function joinsMembersOf(block: readonly DuplicateCandidate[], pairs: readonly DuplicatePair[]): boolean {
  const members = new Set(block.map(({ id }) => id));
  return pairs.every(([a, b]) => members.has(a) && members.has(b));
}

/** What a block's pairs depend on, whatever the order it is met in: its members' ids, sources, languages and texts. */
function blockFingerprint(block: readonly DuplicateCandidate[]): string {
  const members = block.map(({ id, sourceId, language, text }) => [id, sourceId, language ?? '', hashString(text)].join('\u0000'));
  return hashString(members.sort().join('\u0001'));
}

/**
 * Postings of different sources at the same address. An address several postings of one source
 * share is a listing page (a feed whose items all link to the careers page), not a posting's.
 */
function sameAddress(candidates: readonly DuplicateCandidate[]): DuplicateCandidate[][] {
  const byAddress = new Map<string, DuplicateCandidate[]>();
  for (const candidate of candidates) {
    const address = candidate.url && addressKey(candidate.url);
    if (address) pushTo(byAddress, address, candidate);
  }
  return [...byAddress.values()].filter((group) => {
    const sources = new Set(group.map((candidate) => candidate.sourceId));
    return sources.size > 1 && sources.size === group.length;
  });
}

/**
 * Pages that declare one reference for one organization and one title: one job at two addresses
 * (a company's site and a board's copy, or one page at two paths). A reference that postings of
 * several titles share is the organization's (a company number, say), not a posting's: no group.
 */
function sameIdentifier(candidates: readonly DuplicateCandidate[]): DuplicateCandidate[][] {
  const byReference = new Map<string, DuplicateCandidate[]>();
  for (const candidate of candidates) {
    const key = identifierKey(candidate);
    if (key) pushTo(byReference, key, candidate);
  }
  return [...byReference.values()].filter((group) => group.length > 1 && new Set(group.map((candidate) => titleBlockKey(candidate.title))).size === 1);
}

function addressKey(url: string): string | undefined {
  const canonical = canonicalPageUrl(url);
  return canonical?.replace(/^(https?:\/\/)www\./i, '$1').replace(/^http:/i, 'https:');
}

/** Postings whose texts are compared: those of one organization, split by title when it has many. */
function textBlocks(candidates: readonly DuplicateCandidate[]): DuplicateCandidate[][] {
  const byOrganization = new Map<string, DuplicateCandidate[]>();
  for (const candidate of candidates) {
    pushTo(byOrganization, organizationBlockKey(candidate.organization), candidate);
  }
  return [...byOrganization.values()].flatMap((block) => {
    if (!fromSeveralSources(block)) return [];
    if (block.length <= MAX_BLOCK) return [block];
    const byTitle = new Map<string, DuplicateCandidate[]>();
    for (const candidate of block) {
      pushTo(byTitle, titleBlockKey(candidate.title), candidate);
    }
    return [...byTitle.values()].filter(fromSeveralSources);
  });
}

/**
 * Pairs of a block's postings whose texts are one posting's: enough of them to join each set of
 * copies (a pair whose postings are already joined is not compared), which is all the groups need.
 */
function compareTexts(block: readonly DuplicateCandidate[]): DuplicatePair[] {
  const pairs: DuplicatePair[] = [];
  const joined = block.map((_, index) => index);
  const find = (index: number): number => {
    while (joined[index] !== index) index = joined[index] = joined[joined[index]!]!;
    return index;
  };
  // A posting's triples are read only once it meets one of about its length: most never do.
  const shingles = new Map<number, Set<number>>();
  const shinglesOf = (index: number) => {
    let set = shingles.get(index);
    if (!set) shingles.set(index, (set = textShingles(block[index]!.text)));
    return set;
  };
  for (let i = 0; i < block.length; i++) {
    for (let j = i + 1; j < block.length; j++) {
      if (block[i]!.sourceId === block[j]!.sourceId || !sameLanguage(block[i]!, block[j]!) || !closeInLength(block[i]!.text, block[j]!.text)) continue;
      if (find(i) === find(j)) continue;
      const a = shinglesOf(i);
      const b = shinglesOf(j);
      if (a.size < MIN_SHINGLES || b.size < MIN_SHINGLES) continue;
      // Jaccard is at most the smaller set over the larger: skip what cannot reach the threshold.
      if (Math.min(a.size, b.size) / Math.max(a.size, b.size) < SAME_TEXT_THRESHOLD) continue;
      if (jaccard(a, b) < SAME_TEXT_THRESHOLD) continue;
      joined[find(i)] = find(j);
      pairs.push([block[i]!.id, block[j]!.id]);
    }
  }
  return pairs;
}

/**
 * Texts of one posting have about the same length: a Jaccard of 0.8 needs as many triples within
 * 20 %, and markup (Markdown, a page's text) changes the length a little more: 0.6 leaves room.
 */
function closeInLength(a: string, b: string): boolean {
  return Math.min(a.length, b.length) >= Math.max(a.length, b.length) * 0.6;
}

/**
 * Only postings of different sources are compared by their text: a source's own copies of one file
 * are already one posting (the sync skips a copy of another file), and a company's board, one
 * source, costs nothing to compare however many postings it lists.
 */
function fromSeveralSources(block: readonly DuplicateCandidate[]): boolean {
  return block.some((candidate) => candidate.sourceId !== block[0]!.sourceId);
}

function sameLanguage(a: DuplicateCandidate, b: DuplicateCandidate): boolean {
  return a.language === undefined || b.language === undefined || a.language === b.language;
}

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
