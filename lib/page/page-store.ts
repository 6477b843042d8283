import { saveFavorite } from '../favorites/favorites-store';
import type { StoredOffer } from '../db/records';
import type { VigieDatabase } from '../db/schema';
import { readSettings, updateSettings } from '../db/settings-store';
import type { Offer } from '../postings/types';
import { scoreMatch } from '../skills/score-match';
import { canonicalPageUrl } from './canonical-page-url';
import type { JobPosting } from './job-posting';
import type { PageContext, PageOfferState, SaveFromPageResult } from './page-context';
import { packedPageTrie, pageSkillTerms } from './page-skill-terms';
import { githubWebOrigin, repoFileOfferIds } from './repo-file-offer-ids';
import { toPageOffer } from './to-page-offer';

/**
 * `url` names the page (its canonical link, when the page gives one); `alsoKnownAs`, the
 * address it was opened at, is tried too when looking for a known posting.
 */
export interface PageStore {
  context(url: string, posting?: JobPosting, alsoKnownAs?: string): Promise<PageContext>;
  /** Saves the known posting the page shows, else the posting it declares; never both. */
  save(url: string, posting?: JobPosting, alsoKnownAs?: string, now?: Date): Promise<SaveFromPageResult>;
  hideSite(host: string): Promise<boolean>;
  /** Origins of the followed sources' posting pages, for the options page's "run on my sources' pages". */
  postingOrigins(): Promise<string[]>;
}

/**
 * The worker's side of the posting pages: which offer a URL shows, what the panel says of it,
 * and saving it. Offers have no index on `url` (schema v1), so a URL → id map is built on first
 * use and rebuilt only when the events table moved on (a sync changed the offers).
 */
export function createPageStore(db: VigieDatabase): PageStore {
  let urlIndex: { lastSeq: number; ids: Map<string, string> } | undefined;

  async function offerIdsByUrl(): Promise<Map<string, string>> {
    const lastSeq = (await db.events.orderBy('seq').lastKey()) as number | undefined ?? 0;
    if (urlIndex?.lastSeq === lastSeq) return urlIndex.ids;
    const ids = new Map<string, string>();
    await db.offers.each((offer: StoredOffer) => {
      const key = offer.url === undefined ? undefined : canonicalPageUrl(offer.url);
      // A listed offer wins over a removed one at the same address.
      if (key !== undefined && (offer.listed === 1 || !ids.has(key))) ids.set(key, offer.id);
    });
    urlIndex = { lastSeq, ids };
    return ids;
  }

  async function findKnownOffer(urls: string[]): Promise<StoredOffer | undefined> {
    for (const url of new Set(urls)) {
      const offer = await findKnownOfferAt(url);
      if (offer) return offer;
    }
    return undefined;
  }

  async function findKnownOfferAt(url: string): Promise<StoredOffer | undefined> {
    const fileIds = repoFileOfferIds(url, await db.sources.toArray());
    const byFile = (await db.offers.bulkGet(fileIds)).find((offer) => offer !== undefined);
    if (byFile) return byFile;
    const key = canonicalPageUrl(url);
    const id = key === undefined ? undefined : (await offerIdsByUrl()).get(key);
    return id === undefined ? undefined : db.offers.get(id);
  }

  async function stateOf(offer: Offer, known: boolean, mySkills: string[]): Promise<PageOfferState> {
    const favorite = await db.favorites.get(offer.id);
    return {
      id: offer.id,
      title: offer.title,
      known,
      status: offer.status,
      saved: favorite !== undefined,
      stage: favorite?.stage,
      match: scoreMatch(offer.skills, mySkills),
    };
  }

  /** The posting a page shows: a known offer, or the page's own posting as an offer. */
  async function resolve(url: string, posting: JobPosting | undefined, alsoKnownAs: string | undefined, now: Date): Promise<{ offer: Offer; known: boolean } | undefined> {
    const known = await findKnownOffer(alsoKnownAs === undefined ? [url] : [url, alsoKnownAs]);
    if (known) return { offer: known, known: true };
    const canonical = canonicalPageUrl(url);
    if (!posting || canonical === undefined) return undefined;
    return { offer: toPageOffer(posting, canonical, now), known: false };
  }

  return {
    async context(url, posting, alsoKnownAs) {
      const settings = await readSettings(db);
      const terms = pageSkillTerms(settings.mySkills);
      const found = await resolve(url, posting, alsoKnownAs, new Date());
      return {
        trie: packedPageTrie(terms),
        mySkills: terms.mine,
        offer: found && (await stateOf(found.offer, found.known, terms.mine)),
        hidden: settings.hiddenPanelSites.includes(hostOf(url)),
      };
    },

    async save(url, posting, alsoKnownAs, now = new Date()) {
      const found = await resolve(url, posting, alsoKnownAs, now);
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
