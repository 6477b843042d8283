import { useState } from 'preact/hooks';
import type { SavedSearchView } from '../lib/saved-searches/saved-searches-store';
import { narrowingFilterCount, SAVED_SEARCH_LIMITS } from '../lib/saved-searches/saved-search';
import { tCount, useT } from './i18n';
import { NameForm } from './name-form';

export interface SavedSearchActions {
  rename(id: string, name: string): Promise<unknown>;
  setMuted(id: string, muted: boolean): Promise<unknown>;
  remove(id: string): Promise<unknown>;
}

interface Props {
  searches: readonly SavedSearchView[];
  actions: SavedSearchActions;
  /** The popup opens a search on its results; the options page only manages them. */
  onOpen?: (search: SavedSearchView) => void;
}

/** The seeker's saved searches with their new matches, to open, rename, mute or remove: shared by the popup and the options page. */
export function SavedSearchesList({ searches, actions, onOpen }: Props) {
  const t = useT();
  if (searches.length === 0) return <p class="empty" data-testid="no-saved-search">{t('searchesNone')}</p>;
  return (
    <ul class="saved-searches" aria-label={t('searchesLabel')}>
      {searches.map((search) => <SavedSearchItem key={search.id} search={search} actions={actions} onOpen={onOpen} />)}
    </ul>
  );
}

function SavedSearchItem({ search, actions, onOpen }: { search: SavedSearchView; actions: SavedSearchActions; onOpen?: Props['onOpen'] }) {
  const t = useT();
  const [renaming, setRenaming] = useState(false);
  const fresh = search.newOfferIds.length;
  const filterCount = narrowingFilterCount(search.filters);
  const what = [search.query ? t('searchQuery', [search.query]) : t('searchEveryPosting'), filterCount > 0 ? tCount(t, 'searchFilterCount', filterCount) : '']
    .filter(Boolean)
    .join(' · ');
  const nameId = `search-${search.id}-name`;
  return (
    <li class="saved-search" data-testid="saved-search" data-search-id={search.id} aria-labelledby={nameId}>
      <div class="saved-search-head">
        {renaming ? (
          <NameForm name={search.name} label={t('searchName')} maxLength={SAVED_SEARCH_LIMITS.name} onDone={async (name) => {
            if (name !== undefined) await actions.rename(search.id, name);
            setRenaming(false);
          }} />
        ) : onOpen ? (
          <button type="button" class="link" id={nameId} data-testid="open-search" onClick={() => onOpen(search)}>{search.name}</button>
        ) : (
          <strong id={nameId}>{search.name}</strong>
        )}
        {fresh > 0 && <span class="pill new" data-testid="search-new">{tCount(t, 'searchNewCount', fresh)}</span>}
        {search.muted && <span class="pill" data-testid="search-muted">{t('searchMutedPill')}</span>}
      </div>
      <p class="saved-search-what">{what}</p>
      <div class="row" role="group" aria-label={t('searchActions', [search.name])}>
        <button type="button" data-testid="mute-search" aria-pressed={search.muted} onClick={() => void actions.setMuted(search.id, !search.muted)}>
          {t('searchMute')}
        </button>
        <button type="button" data-testid="rename-search" onClick={() => setRenaming(true)}>{t('rename')}</button>
        <button type="button" class="danger" data-testid="remove-search" onClick={() => {
          if (confirm(t('searchRemoveConfirm', [search.name]))) void actions.remove(search.id);
        }}>{t('remove')}</button>
      </div>
    </li>
  );
}
