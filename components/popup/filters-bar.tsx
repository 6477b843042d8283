import { useState } from 'preact/hooks';
import type { BoardFilters } from '../../lib/board/board-filters';
import type { SourceRecord } from '../../lib/db/records';
import { narrowingFilterCount } from '../../lib/saved-searches/saved-search';
import { tCount, useT } from '../i18n';
import { useFirstPainted } from '../use-first-painted';

const CONTRACTS = ['CDI', 'CDD', 'freelance', 'internship', 'apprenticeship', 'civil-servant'] as const;
const REMOTES = ['full', 'partial', 'none'] as const;
const PERIODS = [7, 30, 90, 365] as const;

interface Props {
  filters: BoardFilters;
  sources: SourceRecord[];
  hasSkills: boolean;
  onChange: (filters: BoardFilters) => void;
}

export function FiltersBar({ filters, sources, hasSkills, onChange }: Props) {
  const t = useT();
  const set = <K extends keyof BoardFilters>(key: K, value: BoardFilters[K]) => onChange({ ...filters, [key]: value });
  // The filters outlive the popup: folded, the summary still says that some are set, so fewer results are not a mystery.
  const changed = narrowingFilterCount(filters);
  // Folded on opening: its fields (seven lists of choices, a quarter of the first screen's elements)
  // are created once the first frame is on screen, or as it is opened if that comes first: the click's
  // render runs before the browser unfolds it, so an opened panel is never painted empty.
  const painted = useFirstPainted();
  const [opened, setOpened] = useState(false);
  const open = () => setOpened(true);
  return (
    <details class="filters" onToggle={open}>
      <summary onClick={open}>
        {t('filtersTitle')}
        {changed > 0 && <span class="filters-changed" data-testid="filters-changed"> · {tCount(t, 'filtersChanged', changed)}</span>}
      </summary>
      {(painted || opened) && <div class="filters-grid">
        <label class="check">
          <input type="checkbox" name="open-only" checked={filters.openOnly} onChange={(event) => set('openOnly', event.currentTarget.checked)} />
          {t('filterOpenOnly')}
        </label>
        <label class="check">
          <input type="checkbox" name="new-only" checked={filters.newOnly} onChange={(event) => set('newOnly', event.currentTarget.checked)} />
          {t('filterNewOnly')}
        </label>
        {hasSkills && (
          <label class="check">
            <input type="checkbox" name="my-skills" checked={filters.matchesMySkills} onChange={(event) => set('matchesMySkills', event.currentTarget.checked)} />
            {t('filterMySkills')}
          </label>
        )}
        <label>
          {t('factContract')}
          <select name="contract" value={filters.contract} onChange={(event) => set('contract', event.currentTarget.value as BoardFilters['contract'])}>
            <option value="any">{t('any')}</option>
            {CONTRACTS.map((contract) => <option key={contract} value={contract}>{t(`contract_${contract.replace('-', '_')}`)}</option>)}
          </select>
        </label>
        <label>
          {t('factRemote')}
          <select name="remote" value={filters.remote} onChange={(event) => set('remote', event.currentTarget.value as BoardFilters['remote'])}>
            <option value="any">{t('any')}</option>
            {REMOTES.map((remote) => <option key={remote} value={remote}>{t(`remote_${remote}`)}</option>)}
          </select>
        </label>
        <label>
          {t('factLocation')}
          <input name="location" type="text" value={filters.location} placeholder={t('locationPlaceholder')} onInput={(event) => set('location', event.currentTarget.value)} />
        </label>
        <label>
          {t('filterSource')}
          <select name="source" value={filters.sourceId} onChange={(event) => set('sourceId', event.currentTarget.value)}>
            <option value="any">{t('anySource')}</option>
            {sources.map((source) => <option key={source.id} value={source.id}>{source.name}</option>)}
          </select>
        </label>
        <label>
          {t('filterPostedSince')}
          <select name="posted-since" value={String(filters.postedWithinDays ?? '')}
            onChange={(event) => set('postedWithinDays', event.currentTarget.value ? Number(event.currentTarget.value) : null)}>
            <option value="">{t('anyTime')}</option>
            {PERIODS.map((days) => <option key={days} value={String(days)}>{t('withinDays', [String(days)])}</option>)}
          </select>
        </label>
        <label>
          {t('filterApplications')}
          <select name="applications" value={filters.applications} onChange={(event) => set('applications', event.currentTarget.value as BoardFilters['applications'])}>
            <option value="show">{t('applicationsShow')}</option>
            <option value="hide">{t('applicationsHide')}</option>
          </select>
        </label>
        <label>
          {t('sortLabel')}
          <select name="sort" value={filters.sort} onChange={(event) => set('sort', event.currentTarget.value as BoardFilters['sort'])}>
            <option value="relevance">{t('sortRelevance')}</option>
            <option value="date">{t('sortDate')}</option>
            <option value="deadline">{t('sortDeadline')}</option>
            {hasSkills && <option value="match">{t('sortMatch')}</option>}
          </select>
        </label>
      </div>}
    </details>
  );
}
