import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JudgedPosting } from '../../lib/noise/judge-noise';
import { listNoiseRules, type ListedRule } from '../../lib/noise/list-noise-rules';
import type { NoiseChange } from '../../lib/noise/noise-change';
import type { NoiseKind, NoiseRule } from '../../lib/noise/noise-rules';
import { BlockWordForm } from '../block-word-form';
import { formatEventDay, uiLocale } from '../format-date';
import { tCount, useT, type Translate } from '../i18n';

export interface NotInterestedData {
  rules: NoiseRule[];
  wordHits: ReadonlyMap<string, string>;
  /** The board's postings, to count what each rule leaves out. */
  postings: readonly JudgedPosting[];
}

interface Props {
  data: NotInterestedData;
  onChange: (change: NoiseChange) => Promise<unknown>;
}

const KINDS: readonly NoiseKind[] = ['organization', 'word', 'hidden'];

/** What the seeker hid and blocked, each with what it leaves out and a way to undo it; and blocking a word or an organization. */
export function NotInterestedSection({ data, onChange }: Props) {
  const t = useT();
  const listed = useMemo(() => listNoiseRules(data.rules, data.postings, data.wordHits), [data]);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from the popup's "manage" button: the section is rendered after the browser looked for the anchor.
  useEffect(() => {
    if (location.hash === '#not-interested') heading.current?.focus();
  }, []);
  return (
    <section aria-labelledby="not-interested" data-testid="not-interested">
      <h2 id="not-interested" tabIndex={-1} ref={heading}>{t('notInterestedTitle')}</h2>
      <p class="help">{t('notInterestedHelp')}</p>
      <BlockForm onChange={onChange} />
      {listed.length === 0 ? (
        <p class="empty">{t('notInterestedEmpty')}</p>
      ) : (
        KINDS.map((kind) => <RuleList key={kind} kind={kind} listed={listed.filter((item) => item.rule.kind === kind)} onChange={onChange} />)
      )}
    </section>
  );
}

function BlockForm({ onChange }: { onChange: Props['onChange'] }) {
  const t = useT();
  const [organization, setOrganization] = useState('');
  return (
    <div class="block-forms">
      <BlockWordForm id="block-word" onBlock={(word, scope) => onChange({ action: 'block-word', word, scope })} />
      <form class="row" onSubmit={(event) => {
        event.preventDefault();
        if (organization.trim()) void onChange({ action: 'block-organization', name: organization }).then(() => setOrganization(''));
      }}>
        <label for="block-organization">{t('blockOrganizationLabel')}</label>
        <input id="block-organization" value={organization} maxLength={300} onInput={(event) => setOrganization(event.currentTarget.value)} />
        <button type="submit" data-testid="block-organization-submit">{t('blockOrganizationSubmit')}</button>
      </form>
    </div>
  );
}

function RuleList({ kind, listed, onChange }: { kind: NoiseKind; listed: ListedRule[]; onChange: Props['onChange'] }) {
  const t = useT();
  if (listed.length === 0) return null;
  return (
    <>
      <h3 id={`noise-${kind}`}>{tCount(t, `noiseKind_${kind}`, listed.length)}</h3>
      <ul class="noise-rules" aria-labelledby={`noise-${kind}`} data-testid={`noise-${kind}`}>
        {listed.map((item) => {
          const name = ruleName(item, t);
          return (
            <li key={item.rule.key}>
              <span class="noise-name">{name}</span>
              {item.rule.kind === 'word' && <span class="pill">{t(`scope_${item.rule.scope}`)}</span>}
              <span class="help"> — {ruleEffect(item, t)}</span>{' '}
              <button type="button" data-testid="undo-rule" aria-label={t('undoRule', [name])} onClick={() => void onChange({ action: 'undo', kind: item.rule.kind, key: item.rule.key })}>
                {t(kind === 'hidden' ? 'showAgain' : 'unblock')}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function ruleName({ rule, title }: ListedRule, t: Translate): string {
  if (rule.kind === 'organization') return rule.name;
  if (rule.kind === 'word') return rule.word;
  return title ?? t('hiddenElsewhere');
}

/** A block says how many postings it leaves out today; a hidden posting leaves out itself alone, so it says when it was hidden. */
function ruleEffect({ rule, leftOut }: ListedRule, t: Translate): string {
  if (rule.kind === 'hidden') return t('hiddenOn', [formatEventDay(rule.at, uiLocale(t))]);
  return tCount(t, 'leftOut', leftOut);
}
