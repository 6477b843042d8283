import { useState } from 'preact/hooks';
import type { BoardFilters } from '../../lib/board/board-filters';
import { SAVED_SEARCH_LIMITS, type SavedSearchDraft } from '../../lib/saved-searches/saved-search';
import { useT } from '../i18n';
import { NameForm } from '../name-form';

interface Props {
  query: string;
  filters: BoardFilters;
  onSave: (search: SavedSearchDraft) => Promise<'saved' | 'limit'>;
}

/** "Save this search": the query and filters shown, under a name the seeker gives (the query, to begin with). */
export function SaveSearch({ query, filters, onSave }: Props) {
  const t = useT();
  const [naming, setNaming] = useState(false);
  const [said, setSaid] = useState<string>();

  async function save(name: string | undefined) {
    setNaming(false);
    if (name === undefined) return;
    const outcome = await onSave({ name, query, filters });
    setSaid(outcome === 'saved' ? t('searchSaved', [name]) : t('searchLimit'));
  }

  return (
    <div class="save-search">
      {naming ? (
        <NameForm name={query.trim() || t('searchDefaultName')} label={t('searchName')} maxLength={SAVED_SEARCH_LIMITS.name} onDone={save} />
      ) : (
        <button type="button" data-testid="save-search" onClick={() => { setSaid(undefined); setNaming(true); }}>{t('searchSave')}</button>
      )}
      <span role="status" data-testid="save-search-status">{said}</span>
    </div>
  );
}
