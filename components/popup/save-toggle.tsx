import { useT } from '../i18n';

export function SaveToggle({ saved, title, onToggle }: { saved: boolean; title: string; onToggle: () => void }) {
  const t = useT();
  return (
    <button
      type="button"
      class="save-toggle"
      data-testid="save"
      aria-pressed={saved}
      aria-label={saved ? t('unsaveOffer', [title]) : t('saveOffer', [title])}
      title={saved ? t('unsave') : t('save')}
      onClick={onToggle}
    >
      <span aria-hidden="true">{saved ? '★' : '☆'}</span>
    </button>
  );
}
