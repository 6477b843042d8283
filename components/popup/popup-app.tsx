import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_FILTERS, type BoardFilters } from '../../lib/board/board-filters';
import { FIRST_SCREEN_SIZE } from '../../lib/board/first-screen';
import { localDay } from '../../lib/board/deadline';
import { createBoardFilter, createMatchScorer, orderResults, type BoardResult } from '../../lib/board/select-results';
import type { SavedSearchView } from '../../lib/saved-searches/saved-searches-store';
import type { SourceRecord } from '../../lib/db/records';
import type { PostingVersion } from '../../lib/history/types';
import type { Offer } from '../../lib/postings/types';
import { formatMoment, uiLocale } from '../format-date';
import { tCount, useT } from '../i18n';
import { ClosedLine, EmptyState, type HiddenResults } from './empty-state';
import { FiltersBar } from './filters-bar';
import type { PopupActions, PopupData } from './popup-model';
import { ResultList } from './result-list';
import { SaveSearch } from './save-search';
import { ViewTabs, type View } from './view-tabs';
import { createNoiseJudge, memoizeJudge, ruleOfReason, type NoiseReason } from '../../lib/noise/judge-noise';
import { hiddenKey, organizationKey, wordKey, type WordScope } from '../../lib/noise/noise-rules';
import { MatchCounter } from '../../lib/board/match-counter';
import { boardMatches, resultsPage, type ResultsPage } from '../../lib/board/results-page';
import type { OfferSummary } from '../../lib/db/records';
import { NoiseLine, NoiseStatus, type NoiseUndo } from './noise-note';
import { judgeWithGroups, oneEntryPerPosting, savedAcrossGroups, savedMembers } from '../../lib/duplicates/merge-duplicates';
import { lazyView } from '../lazy-view';
import { useFirstPainted } from '../use-first-painted';

// Views the first paint never shows load when first asked for (see lazyView).
const OfferCard = lazyView(() => import('./offer-card').then((module) => module.OfferCard));
const SavedList = lazyView(() => import('./saved-list').then((module) => module.SavedList));
const SavedSearchesList = lazyView(() => import('../saved-searches-list').then((module) => module.SavedSearchesList));

const PAGE = 50;

/** What the worker's syncing is doing: progress, or paused while a host does not answer. */
function syncLine(data: PopupData, t: ReturnType<typeof useT>): string {
  if (data.syncProgress) {
    return data.syncProgress.total === 0 ? t('syncingListing') : t('syncingProgress', [String(data.syncProgress.done), String(data.syncProgress.total)]);
  }
  const outage = pausedBy(data.sources, Date.now());
  if (!outage) return '';
  const retry = formatMoment(outage.retryAt, uiLocale(t));
  return outage.hosts.length === 1 ? t('syncPausedHost', [outage.hosts[0] ?? '', retry]) : t('syncPausedHosts', [outage.hosts.join(', '), retry]);
}

/** The hosts that stopped answering and are not asked again yet, as the sources' last syncs recorded them, and the first retry. */
function pausedBy(sources: readonly SourceRecord[], now: number): { hosts: string[]; retryAt: number } | undefined {
  const outages = sources.flatMap(({ sync }) => (sync.error?.kind === 'unreachable' && sync.error.retryAt > now ? [sync.error] : []));
  if (outages.length === 0) return undefined;
  return { hosts: [...new Set(outages.map((outage) => outage.host))], retryAt: Math.min(...outages.map((outage) => outage.retryAt)) };
}

/** A tab's label with its number, or without one while that is not known: never a number that is not right yet. */
function tabLabel(t: ReturnType<typeof useT>, key: 'tabResults' | 'tabSaved' | 'tabSearches', count: number | undefined): string {
  return count === undefined ? t(`${key}Uncounted`) : t(key, [String(count)]);
}

/** The saved search the popup shows: its new matches when it was opened, listed first. */
interface ShownSearch {
  search: SavedSearchView;
  newIds: ReadonlySet<string>;
}

/** New matches first, each group in the order chosen. */
function newFirst(results: BoardResult[], newIds: ReadonlySet<string>): BoardResult[] {
  return [...results.filter((result) => newIds.has(result.summary.id)), ...results.filter((result) => !newIds.has(result.summary.id))];
}

export function PopupApp({ data, actions }: { data: PopupData; actions: PopupActions }) {
  const t = useT();
  const [query, setQuery] = useState(data.initialQuery);
  const [filters, setFilters] = useState<BoardFilters>(data.initialFilters);
  const [view, setView] = useState<View>('results');
  const [visible, setVisible] = useState(FIRST_SCREEN_SIZE);
  const [card, setCard] = useState<{ offer: Offer; published: boolean; history: { versions: PostingVersion[]; firstSeenAt?: number } }>();
  const [importMessage, setImportMessage] = useState<string>();
  const [showNoise, setShowNoise] = useState(false);
  const [lastNoise, setLastNoise] = useState<NoiseUndo>();
  const [shownSearch, setShownSearch] = useState<ShownSearch>();
  const search = useRef<HTMLInputElement>(null);
  const lastOpened = useRef<string>();

  useEffect(() => {
    if (data.initialOfferId) void open(data.initialOfferId);
    else search.current?.focus();
  }, []);
  // Not on opening: the query and filters were just read from storage. Kept in the render's own
  // task, not after the paint: a popup closed as soon as its list changed forgot the change.
  const opened = useRef(true);
  useLayoutEffect(() => {
    if (opened.current) opened.current = false;
    else actions.persist(query, filters);
  }, [query, filters]);
  // Opened from a saved search's notification: that search, once the searches are read.
  const initialSearch = data.searches?.find((each) => each.id === data.initialSearchId);
  useEffect(() => {
    if (initialSearch) openSearch(initialSearch);
  }, [initialSearch?.id]);
  // The search stays shown while its query and filters do: changing them is a new search.
  const searchShown = shownSearch && shownSearch.search.query === query && JSON.stringify(shownSearch.search.filters) === JSON.stringify(filters) ? shownSearch : undefined;
  // The rest of the page once the first screen, all the first paint lists, is on show; a new
  // query or filters show a page again, not what "show more" had opened.
  const firstPainted = useFirstPainted();
  useEffect(() => {
    if (firstPainted) setVisible(PAGE);
  }, [firstPainted, query, filters]);

  const { board } = data;
  // A posting seen in two places is one: saving either saves it, and it is listed once.
  const firstStages = data.firstSaved?.stages;
  const directlySaved = useMemo(() => new Set(firstStages ? firstStages.keys() : data.favorites.map((favorite) => favorite.offerId)), [data.favorites, firstStages]);
  const savedIds = useMemo(() => savedAcrossGroups(directlySaved, data.duplicates), [directlySaved, data.duplicates]);
  const savedEntries = useMemo(() => oneEntryPerPosting(data.favorites, data.duplicates), [data.favorites, data.duplicates]);
  // Before the favorites are read, the copy's count; without a copy, none rather than a 0 that is not known.
  const savedCount = data.firstSaved ? data.firstSaved.postings : savedEntries.length;
  const stages = useMemo(() => firstStages ?? new Map(data.favorites.map((favorite) => [favorite.offerId, favorite.stage])), [data.favorites, firstStages]);
  const marks = useMemo(() => ({ newIds: data.newIds, stages }), [data.newIds, stages]);
  const mySkills = useMemo(() => new Set(data.mySkills.map((skill) => skill.toLowerCase())), [data.mySkills]);
  const matchOf = useMemo(() => createMatchScorer(data.mySkills), [data.mySkills]);
  // Following only archives, "open postings only" would hide all: they are listed, with their status, and the popup says why.
  const archiveOnly = useMemo(() => !!board && board.summaries.size > 0 && ![...board.summaries.values()].some((summary) => summary.status === 'open'), [board]);
  const shownFilters = archiveOnly && filters.openOnly ? { ...filters, openOnly: false } : filters;
  // Hidden and blocked postings leave the results; counted, and listed again on demand.
  const judge = useMemo(() => memoizeJudge(judgeWithGroups(createNoiseJudge(data.noise.rules, { anywhereHits: data.noise.wordHits }), data.duplicates)), [data.noise, data.duplicates]);
  // Orders other than relevance, and a saved search's new matches listed first, need every result ranked.
  const whole = filters.sort !== 'relevance' || searchShown !== undefined;
  // What each posting is to the seeker, asked once per board and filters, not once per match and keystroke.
  const counter = useMemo(() => {
    if (!board) return undefined;
    const isNoise = data.noise.rules.length === 0 ? undefined : (id: string) => {
      const summary = board.summaries.get(id);
      return summary !== undefined && judge(summary) !== undefined;
    };
    const now = Date.now();
    const filter = createBoardFilter(board.summaries, shownFilters, matchOf, now, marks);
    // Counted in the same pass: how many postings "open postings only" hides while others are listed.
    const keptWithClosed = shownFilters.openOnly ? createBoardFilter(board.summaries, { ...shownFilters, openOnly: false }, matchOf, now, marks) : undefined;
    return new MatchCounter({ filter, isNoise, postingOf: (id: string) => data.duplicates.get(id) ?? id, keptWithClosed });
  }, [board, filters, archiveOnly, matchOf, marks, data.noise, judge, data.duplicates]);
  const page = useMemo((): ResultsPage => {
    const matches = board && boardMatches(board, query);
    if (!matches || !counter) return { hits: [], total: 0, noise: 0, closed: 0 };
    return resultsPage(matches, { counter, showNoise, size: whole ? Infinity : visible });
  }, [board, query, counter, showNoise, whole, visible]);
  const { hits } = page;
  // The front page or the results kept for the query are the first rows, not all: counted once the whole board is read.
  const resultsCount = board === undefined || (board && !board.index) ? undefined : page.total;
  // When nothing is listed: the matches the filters hide, those "open postings only" hides, counted as offers.
  const hiddenCounters = useMemo(() => {
    if (!board) return undefined;
    const anyStatus = { ...shownFilters, openOnly: false };
    return {
      closed: shownFilters.openOnly ? new MatchCounter({ filter: createBoardFilter(board.summaries, anyStatus, matchOf, Date.now(), marks), postingOf: (id) => id }) : undefined,
      all: new MatchCounter({ filter: () => true, postingOf: (id) => id }),
    };
  }, [board, filters, archiveOnly, matchOf, marks]);
  const hidden = useMemo((): HiddenResults => {
    if (!board?.index || !hiddenCounters || page.total > 0) return { closed: 0, all: 0 };
    const { index } = board;
    const ordinals = index.matchingOrdinals(query);
    const count = (counter: MatchCounter | undefined) => counter?.count(index.offerIds, ordinals, true).listedOffers ?? 0;
    return { closed: count(hiddenCounters.closed), all: count(hiddenCounters.all) };
  }, [board, page, query, hiddenCounters]);
  const noiseOf = (summary: OfferSummary) => (showNoise ? judge(summary) : undefined);
  const results = useMemo(() => {
    if (!board) return [];
    const ordered = orderResults(hits, board.summaries, filters.sort, matchOf, localDay(Date.now()));
    const arranged = searchShown ? newFirst(ordered, searchShown.newIds) : ordered;
    return arranged.slice(0, visible).map((result) => ({ ...result, match: matchOf(result.summary) }));
  }, [board, hits, filters.sort, visible, matchOf, searchShown]);
  useEffect(() => {
    if (board?.index) actions.rememberFirstScreen(query, board, results.map((result) => result.summary));
  }, [results]);

  async function open(offerId: string) {
    lastOpened.current = offerId;
    const [stored, versions] = await Promise.all([actions.loadOffer(offerId), actions.loadHistory(offerId)]);
    const favorite = data.favorites.find((candidate) => candidate.offerId === offerId);
    const offer = stored?.listed ? stored : favorite?.snapshot ?? stored;
    if (offer) setCard({ offer, published: stored?.listed === 1, history: { versions, firstSeenAt: stored?.firstSeenAt } });
    // Seen once opened; asked even before the new ones are read (a popup opened on this offer).
    void actions.markSeen([offerId]);
  }

  const cardFavorite = card && data.favorites.find((favorite) => favorite.offerId === card.offer.id);

  function openSearch(saved: SavedSearchView) {
    setQuery(saved.query);
    setFilters(saved.filters);
    setShownSearch({ search: saved, newIds: new Set(saved.newOfferIds) });
    setCard(undefined);
    setView('results');
  }

  function back() {
    setCard(undefined);
    requestAnimationFrame(() => {
      const row = document.querySelector<HTMLElement>(`[data-offer-id="${CSS.escape(lastOpened.current ?? '')}"] [data-row-focus]`);
      (row ?? search.current)?.focus();
    });
  }

  function hide(offerId: string, title: string) {
    setLastNoise({ message: t('hiddenDone', [title]), undo: { action: 'undo', kind: 'hidden', key: hiddenKey(offerId) } });
    void actions.changeNoise({ action: 'hide', offerId, title });
  }

  function blockOrganization(name: string) {
    setLastNoise({ message: t('organizationBlocked', [name]), undo: { action: 'undo', kind: 'organization', key: organizationKey(name) } });
    void actions.changeNoise({ action: 'block-organization', name });
  }

  function blockWord(word: string, scope: WordScope) {
    setLastNoise({ message: t('wordBlocked', [word.trim()]), undo: { action: 'undo', kind: 'word', key: wordKey(word) } });
    void actions.changeNoise({ action: 'block-word', word, scope });
  }

  function showAgain(summary: OfferSummary, reason: NoiseReason) {
    setLastNoise(undefined);
    void actions.changeNoise({ action: 'undo', ...ruleOfReason(reason, summary.id) });
  }

  function undoLastNoise() {
    if (!lastNoise) return;
    setLastNoise(undefined);
    void actions.changeNoise(lastNoise.undo);
  }

  function toggleSave(offerId: string) {
    if (savedMembers(offerId, directlySaved, data.duplicates).length === 0) void actions.save(offerId);
    else unsave(offerId);
  }

  /** Every saved copy of the posting: one left saved would keep it in the list. */
  function unsave(offerId: string) {
    for (const id of savedMembers(offerId, directlySaved, data.duplicates)) void actions.unsave(id);
  }

  async function exportSaved(format: 'csv' | 'json') {
    const { savedOffersFile } = await import('./saved-offers-file');
    const file = savedOffersFile(format, data.favorites, t, new Date());
    actions.download(file.name, file.type, file.content);
  }

  async function importSaved(file: File) {
    try {
      setImportMessage(await actions.importFavorites(JSON.parse(await file.text())));
    } catch {
      setImportMessage(t('importNotJson'));
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'z' && (event.ctrlKey || event.metaKey) && lastNoise && !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement)) {
      event.preventDefault();
      undoLastNoise();
    } else if (event.key === 'Escape' && card) {
      event.preventDefault();
      back();
    } else if (event.key === 'ArrowDown' && event.target === search.current) {
      event.preventDefault();
      document.querySelector<HTMLElement>('.results [data-row-focus]')?.focus();
    }
  }

  return (
    <div class="popup" onKeyDown={onKeyDown}>
      <header class="popup-head">
        <label for="search" class="visually-hidden">{t('searchLabel')}</label>
        <input id="search" ref={search} type="search" value={query} placeholder={t('searchPlaceholder')} autoComplete="off"
          onInput={(event) => { setQuery(event.currentTarget.value); setCard(undefined); setView('results'); }} />
        <button type="button" class="icon" data-testid="refresh" aria-label={t('refresh')} title={t('refresh')}
          disabled={data.syncProgress !== undefined} onClick={() => void actions.refresh()}>⟳</button>
        <button type="button" class="icon" aria-label={t('openOptions')} title={t('openOptions')} onClick={actions.openOptions}>⚙</button>
      </header>
      <p class="sync-line" role="status" aria-live="polite">
        {syncLine(data, t)}
      </p>
      <NoiseStatus last={lastNoise} onUndo={undoLastNoise} />
      <ViewTabs view={view} labels={{ results: tabLabel(t, 'tabResults', resultsCount), saved: tabLabel(t, 'tabSaved', savedCount), searches: tabLabel(t, 'tabSearches', data.searches?.length) }}
        label={t('viewsLabel')} onSelect={(next) => { setView(next); setCard(undefined); }} />
      <main class="popup-body" role="tabpanel" id="view-panel" aria-labelledby={`tab-${view}`}>
        {card ? (
          <OfferCard offer={card.offer} published={card.published} saved={savedIds.has(card.offer.id)} mySkills={mySkills}
            seenOn={data.duplicates.get(card.offer.id)} sources={data.sources}
            onBack={back} onToggleSave={() => toggleSave(card.offer.id)}
            onHide={() => { hide(card.offer.id, card.offer.title); back(); }}
            onBlockOrganization={(name) => { blockOrganization(name); back(); }}
            onBlockWord={(word, scope) => { blockWord(word, scope); back(); }} history={card.history}
            alerts={cardFavorite && { muted: cardFavorite.alertsMuted === true, onToggle: (muted) => void actions.setAlertsMuted(cardFavorite.offerId, muted) }} />
        ) : view === 'searches' ? (
          <section class="searches-view" aria-labelledby="searches-title">
            <h2 id="searches-title">{t('searchesTitle')}</h2>
            <p class="hint">{t('searchesHint')}</p>
            <SavedSearchesList searches={data.searches ?? []} actions={actions} onOpen={openSearch} />
          </section>
        ) : view === 'saved' ? (
          <SavedList favorites={savedEntries} publishedIds={new Set(board ? [...savedIds].filter((id) => board.summaries.has(id)) : [])}
            onOpen={(id) => void open(id)} onUnsave={unsave}
            onNote={(id, note) => void actions.setNote(id, note)} onStage={(id, stage) => void actions.setStage(id, stage)}
            onExport={(format) => void exportSaved(format)} onImport={(file) => void importSaved(file)} onOpenTracker={actions.openTracker} importMessage={importMessage} />
        ) : (
          <>
            <FiltersBar filters={filters} sources={data.sources} hasSkills={data.mySkills.length > 0} onChange={setFilters} />
            {searchShown ? (
              <p class="search-shown" role="status" data-testid="search-shown">
                {tCount(t, 'searchShown', searchShown.newIds.size, [searchShown.search.name])}{' '}
                <button type="button" onClick={() => setShownSearch(undefined)}>{t('searchLeave')}</button>
              </p>
            ) : (
              <SaveSearch query={query} filters={filters} onSave={actions.saveSearch} />
            )}
            {data.newIds.size > 0 && (
              <p class="new-line">
                {tCount(t, 'newCount', data.newIds.size)}{' '}
                <button type="button" data-testid="mark-seen" onClick={() => void actions.markSeen()}>{t('markAllSeen')}</button>
              </p>
            )}
            <NoiseLine count={page.noise} showing={showNoise} onToggle={() => setShowNoise(!showNoise)} onManage={actions.openNotInterested} />
            {archiveOnly && filters.openOnly && (
              <p class="archive-note" role="status" data-testid="archive-note">{t('archiveOnly', [String(board!.summaries.size)])}</p>
            )}
            {board && results.length > 0 ? (
              <>
              <ResultList results={results} total={page.total} explain={board.explain} loadBodies={actions.loadBodies} savedIds={savedIds} stages={stages}
                newIds={data.newIds} onSeen={actions.markSeenInList} onOpen={(id) => void open(id)}
                onToggleSave={toggleSave} noiseOf={noiseOf} onHide={(summary) => hide(summary.id, summary.title)} onShowAgain={showAgain}
                onShowMore={() => setVisible((count) => count + PAGE)} />
              <ClosedLine count={page.closed} onShow={() => setFilters({ ...filters, openOnly: false })} />
              </>
            ) : (
              <EmptyState board={board?.index ? board : undefined} sources={data.sources} query={query} hidden={hidden} syncing={data.syncProgress !== undefined}
                onOpenOptions={actions.openOptions} onShowClosed={() => setFilters({ ...filters, openOnly: false })}
                onResetFilters={() => setFilters({ ...DEFAULT_FILTERS, openOnly: false, sort: filters.sort })} />
            )}
          </>
        )}
      </main>
    </div>
  );
}
