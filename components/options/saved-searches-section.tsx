import type { SavedSearchView } from '../../lib/saved-searches/saved-searches-store';
import { useT } from '../i18n';
import { SavedSearchesList, type SavedSearchActions } from '../saved-searches-list';

/** The saved searches, managed here as in the popup (they are saved from the popup, where the search is). */
export function SavedSearchesSection({ searches, actions }: { searches: readonly SavedSearchView[] | undefined; actions: SavedSearchActions }) {
  const t = useT();
  return (
    <section aria-labelledby="searches-title" data-testid="searches-section">
      <h2 id="searches-title">{t('searchesTitle')}</h2>
      <p class="help">{t('searchesHint')}</p>
      {searches && <SavedSearchesList searches={searches} actions={actions} />}
    </section>
  );
}
