import { changeSentence, type ChangeLook } from '../../lib/history/describe-change';
import type { PostingVersion } from '../../lib/history/types';
import { formatDay, formatEventDay, uiLocale } from '../format-date';
import { useT, type Translate } from '../i18n';

interface Props {
  /** The posting's versions, newest first. */
  versions: readonly PostingVersion[];
  /** When Vigie first saw the posting; undefined when it is not stored here (saved in another browser, source removed). */
  firstSeenAt?: number;
}

/**
 * The latest change of a posting as a sentence ("Salaire modifié le 12 mars : 45–55 k€ → 50–60 k€"),
 * and its history, version by version, folded in a disclosure (keyboard and screen readers get it for free).
 */
export function PostingHistory({ versions, firstSeenAt }: Props) {
  const t = useT();
  const look = changeLook(t);
  const [latest] = versions;
  if (!latest) return null;
  const lines = versionLines(latest, look);
  return (
    <section class="history" aria-labelledby="history-latest">
      <p id="history-latest" class="history-latest" data-testid="latest-change">
        {lines.length > 1 ? t('changeAndMore', [lines[0]!, String(lines.length - 1)]) : lines[0]}
      </p>
      <details class="history-view" data-testid="history">
        <summary>{t('historyShow', [String(versions.length + (firstSeenAt === undefined ? 0 : 1))])}</summary>
        <h3 class="visually-hidden">{t('historyTitle')}</h3>
        <ol class="history-versions">
          {versions.map((version) => (
            <li key={version.seq ?? version.seenAt} data-testid="history-version">
              <ul class="history-changes">{versionLines(version, look).map((line) => <li key={line}>{line}</li>)}</ul>
              <Paragraphs label={t('historyParagraphsRemoved')} kind="removed" paragraphs={version.body.removed} />
              <Paragraphs label={t('historyParagraphsAdded')} kind="added" paragraphs={version.body.added} />
            </li>
          ))}
          {firstSeenAt !== undefined && <li class="history-first">{t('historyFirstSeen', [formatEventDay(firstSeenAt, look.locale)])}</li>}
        </ol>
      </details>
    </section>
  );
}

/** What one version changed, a sentence per field; a body edit alone, or a removal, is said so. */
function versionLines(version: PostingVersion, look: ChangeLook): string[] {
  const when = formatEventDay(version.seenAt, look.locale);
  if (version.removed) return [look.t('alert_removed', [when])];
  if (version.changes.length === 0) return [look.t('historyBodyOnly', [when])];
  return version.changes.map((change) => changeSentence(change, when, look));
}

/** Posting text, shown as plain text (never as markup): it is untrusted. */
function Paragraphs({ label, kind, paragraphs }: { label: string; kind: 'added' | 'removed'; paragraphs: readonly string[] }) {
  if (paragraphs.length === 0) return null;
  return (
    <div class={`history-paragraphs ${kind}`}>
      <p class="history-paragraphs-label">{label}</p>
      {paragraphs.map((paragraph, index) => <blockquote key={index}>{paragraph}</blockquote>)}
    </div>
  );
}

function changeLook(t: Translate): ChangeLook {
  const locale = uiLocale(t);
  return { t: (key, substitutions) => t(key, substitutions), locale, day: (iso) => formatDay(iso, locale) };
}
