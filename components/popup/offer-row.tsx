import type { BoardResult } from '../../lib/board/select-results';
import { useT } from '../i18n';
import { SaveToggle } from './save-toggle';

interface Props {
  result: BoardResult;
  saved: boolean;
  isNew: boolean;
  onOpen: () => void;
  onToggleSave: () => void;
}

export function OfferRow({ result, saved, isNew, onOpen, onToggleSave }: Props) {
  const t = useT();
  const { summary, match } = result;
  const facts = [summary.organization, summary.location, contractLabel(summary.contract, t)].filter(Boolean).join(' · ');
  return (
    <li class={`offer status-${summary.status}${isNew ? ' is-new' : ''}`} data-testid="offer" data-offer-id={summary.id}>
      <button type="button" class="offer-open" data-row-focus onClick={onOpen}>
        <span class="offer-title">{summary.title}</span>
        <span class="offer-facts">{facts}</span>
        <span class="offer-tags">
          {isNew && <span class="pill new" data-testid="new">{t('newPosting')}</span>}
          <span class={`pill status-${summary.status}`}>{t(`status_${summary.status}`)}</span>
          {match !== undefined && <span class="pill match">{t('matchShare', [String(Math.round(match * 100))])}</span>}
        </span>
      </button>
      <SaveToggle saved={saved} title={summary.title} onToggle={onToggleSave} />
    </li>
  );
}

export function contractLabel(contract: string, t: (key: string) => string): string | undefined {
  return contract === 'unknown' ? undefined : t(`contract_${contract.replace('-', '_')}`);
}
