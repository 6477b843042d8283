import { saveFavorite } from '../favorites/favorites-store';
import type { StoredOffer } from '../db/records';
import type { VigieDatabase } from '../db/schema';
import { readSettings, updateSettings } from '../db/settings-store';
import type { Offer } from '../postings/types';
import { skillsHeldThrough } from '../skills/held-through';
import { scoreMatch, type SkillGroupMatch } from '../skills/score-match';
import { skillLabel } from '../skills/skill-label';
import { identifierKey, titleBlockKey } from '../text/posting-keys';
import { canonicalPageUrl, PAGE_SOURCE_ID } from './canonical-page-url';
import type { JobPosting } from './job-posting';
import { pageKind, postingsOnPage, type PageKind } from './page-kind';
import type { PageContext, PageOfferState, SaveFromPageResult } from './page-context';
import { packedPageTrie, pageSkillTerms } from './page-skill-terms';
import { asideTexts, paintedSkills } from './painted-skills';
import { githubWebOrigin, repoFileOfferIds } from './repo-file-offer-ids';
import { toPageOffer } from './to-page-offer';

/**
 * `url` names the page (its canonical link, when the page gives one); `alsoKnownAs`, the
 * address it was opened at, is tried too when looking for a known posting.
 */
export interface PageStore {
  /** `declared`: how many JobPostings the page declares (`posting` is given when it declares one). */
  context(url: string, posting?: JobPosting, alsoKnownAs?: string, declared?: number): Promise<PageContext>;
  /** Saves the known posting the page shows, else the posting it declares; never both, never a list's. */
  save(url: string, posting?: JobPosting, alsoKnownAs?: string, now?: Date): Promise<SaveFromPageResult>;
  hideSite(host: string): Promise<boolean>;
  /** Remembers the panel folded to its tab, or unfolded. */
  setFolded(folded: boolean): Promise<boolean>;
  /** Origins of the followed sources' posting pages, for the options page's "run on my sources' pages". */
  postingOrigins(): Promise<string[]>;
}

/** How the interface says why the match counts a skill, in the popup's card's words. */
export interface SkillWording {
  /** A skill the posting asks for through another: "Python (implied by Django)". */
  impliedBy(skill: string, by: string): string;
  /** A skill the seeker has through one they listed: "you have it through React". */
  heldThrough(mine: string): string;
  /** A list of skills of which a posting asks for one: "one of: Node.js, Ruby on Rails, Django". */
  oneOf(members: string): string;
}

const PLAIN_WORDING: SkillWording = { impliedBy: (skill, by) => `${skill} (${by})`, heldThrough: (mine) => `(${mine})`, oneOf: (members) => `one of: ${members}` };

/**
 * The worker's side of the posting pages: which offers a URL shows, what the panel says of its
 * posting (its skills named in `language`, the interface's, and said as the popup's card says them, `wording`: a list of which it asks for one among those the
 * seeker has when they have one of it), and saving it. Offers have no index
 * on `url` (schema v1), so a URL → ids map is built on first use and rebuilt only when the
 * events table moved on (a sync changed the offers).
 */
export function createPageStore(db: VigieDatabase, language: string, wording: SkillWording = PLAIN_WORDING): PageStore {
  let urlIndex: { lastSeq: number; ids: Map<string, string[]> } | undefined;

  /** The offers at each address: the listed ones, else the last removed one. */
  async function offerIdsByUrl(): Promise<Map<string, string[]>> {
    const lastSeq = (await db.events.orderBy('seq').lastKey()) as number | undefined ?? 0;
    if (urlIndex?.lastSeq === lastSeq) return urlIndex.ids;
    const ids = new Map<string, string[]>();
    const listed = new Set<string>();
    await db.offers.each((offer: StoredOffer) => {
      const key = offer.url === undefined ? undefined : canonicalPageUrl(offer.url);
      if (key === undefined) return;
      // Listed offers win over a removed one at the same address.
      if (offer.listed === 1) {
        ids.set(key, listed.has(key) ? [...ids.get(key)!, offer.id] : [offer.id]);
        listed.add(key);
      } else if (!ids.has(key)) ids.set(key, [offer.id]);
    });
    urlIndex = { lastSeq, ids };
    return ids;
  }

  /** The known offers the first of `urls` that has any shows. */
  async function findKnownOffers(urls: string[]): Promise<StoredOffer[]> {
    for (const url of new Set(urls)) {
      const offers = await findKnownOffersAt(url);
      if (offers.length > 0) return offers;
    }
    return [];
  }

  async function findKnownOffersAt(url: string): Promise<StoredOffer[]> {
    const fileIds = repoFileOfferIds(url, await db.sources.toArray());
    const byFile = (await db.offers.bulkGet(fileIds)).filter((offer) => offer !== undefined);
    if (byFile.length > 0) return byFile;
    const key = canonicalPageUrl(url);
    const ids = key === undefined ? undefined : (await offerIdsByUrl()).get(key);
    return ids === undefined ? [] : (await db.offers.bulkGet(ids)).filter((offer) => offer !== undefined);
  }

  async function stateOf(offer: Offer, known: boolean, mySkills: string[]): Promise<PageOfferState> {
    const favorite = await db.favorites.get(offer.id);
    // The card's match (components/popup/offer-card.tsx), its skills said in the card's words.
    const match = scoreMatch(offer, mySkills);
    const implied = new Map(match.implied);
    const heldThrough = skillsHeldThrough(mySkills);
    const label = (name: string) => {
      const by = implied.get(name);
      return by === undefined ? skillLabel(name, language) : wording.impliedBy(skillLabel(name, language), skillLabel(by, language));
    };
    const mineLabel = (name: string) => {
      const through = heldThrough.get(name.toLowerCase());
      return through === undefined ? label(name) : `${label(name)} — ${wording.heldThrough(skillLabel(through, language))}`;
    };
    const groupLabel = (group: SkillGroupMatch) => wording.oneOf(group.members.map((name) => skillLabel(name, language)).join(', '));
    const groupsHeld = (held: boolean) => match.groups.filter((group) => group.held.length > 0 === held).map(groupLabel);
    return {
      id: offer.id,
      title: offer.title,
      known,
      status: offer.status,
      saved: favorite !== undefined,
      stage: favorite?.stage,
      match,
      // Counted as the card counts them: a list once, an optional skill only when the seeker has it.
      labels: { matched: [...match.matched.map(mineLabel), ...groupsHeld(true), ...match.optionalHeld.map(mineLabel)], missing: [...match.missing.map(label), ...groupsHeld(false)] },
      painted: paintedSkills(match),
      asideTexts: asideTexts(offer.body),
    };
  }

  /** What a page holds, and its one posting when it holds one: a known offer, or the page's own posting as an offer. */
  async function resolve(url: string, posting: JobPosting | undefined, alsoKnownAs: string | undefined, declared: number, now: Date): Promise<ResolvedPage> {
    const known = await findKnownOffers(alsoKnownAs === undefined ? [url] : [url, alsoKnownAs]);
    const postings = { declared, known: distinctPostings(known) };
    const kind = pageKind(postings);
    const listed = postingsOnPage(postings);
    if (kind !== 'posting') return { kind, listed };
    if (known[0]) return { kind, listed, found: { offer: known[0], known: true } };
    const canonical = canonicalPageUrl(url);
    if (!posting || canonical === undefined) return { kind: 'none', listed };
    const offer = toPageOffer(posting, canonical, now);
    return { kind, listed, found: { offer: (await savedPageCopy(offer)) ?? offer, known: false } };
  }

  /**
   * The page saved before that declares the same reference for the same job, at another address
   * (lib/duplicates: identifierKey): this page is that posting, already saved, not another one.
   */
  async function savedPageCopy(offer: Offer): Promise<Offer | undefined> {
    const key = identifierKey(offer);
    if (key === undefined) return undefined;
    const title = titleBlockKey(offer.title);
    const copy = await db.favorites
      .filter(({ snapshot }) => snapshot.sourceId === PAGE_SOURCE_ID && identifierKey(snapshot) === key && titleBlockKey(snapshot.title) === title)
      .first();
    return copy?.snapshot;
  }

  return {
    async context(url, posting, alsoKnownAs, declared = posting ? 1 : 0) {
      const settings = await readSettings(db);
      const terms = pageSkillTerms(settings.mySkills);
      const { kind, listed, found } = await resolve(url, posting, alsoKnownAs, declared, new Date());
      return {
        trie: packedPageTrie(terms),
        mySkills: terms.mine,
        kind,
        listed,
        offer: found && (await stateOf(found.offer, found.known, terms.mine)),
        hidden: settings.hiddenPanelSites.includes(hostOf(url)),
        otherSkills: settings.panelOtherSkills,
        folded: settings.panelFolded,
      };
    },

    async save(url, posting, alsoKnownAs, now = new Date()) {
      const { found } = await resolve(url, posting, alsoKnownAs, posting ? 1 : 0, now);
      if (!found) return { ok: false, error: 'nothing-to-save' };
      // A known offer is saved by id, so the favorite follows it; a page's posting brings its snapshot.
      const saved = await saveFavorite(db, found.offer.id, now.getTime(), found.known ? undefined : found.offer);
      if (!saved) return { ok: false, error: 'nothing-to-save' };
      const { mySkills } = await readSettings(db);
      return { ok: true, offer: await stateOf(found.offer, found.known, pageSkillTerms(mySkills).mine) };
    },

    async hideSite(host) {
      const { hiddenPanelSites } = await readSettings(db);
      if (!hiddenPanelSites.includes(host)) await updateSettings(db, { hiddenPanelSites: [...hiddenPanelSites, host] });
      return true;
    },

    async setFolded(folded) {
      await updateSettings(db, { panelFolded: folded });
      return true;
    },

    async postingOrigins() {
      const origins = new Set<string>();
      for (const source of await db.sources.toArray()) {
        if (source.location.kind === 'github') origins.add(originOf(githubWebOrigin(source.location.apiBase)));
        if (source.location.kind === 'gitlab') origins.add(originOf(source.location.webBase ?? source.location.apiBase));
      }
      for (const key of (await offerIdsByUrl()).keys()) origins.add(originOf(key));
      origins.delete('');
      return [...origins].sort();
    },
  };
}

interface ResolvedPage {
  kind: PageKind;
  listed: number;
  found?: { offer: Offer; known: boolean };
}

/** Offers that are one posting count once: the same file followed twice, or two sources' copies of one posting. */
function distinctPostings(offers: readonly Offer[]): number {
  return new Set(offers.map((offer) => `${offer.title.trim().toLowerCase()}\u0000${(offer.organization ?? '').trim().toLowerCase()}`)).size;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

function originOf(url: string): string {
  try {
    const { origin, protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? origin : '';
  } catch {
    return '';
  }
}
