import { useEffect, useRef } from 'preact/hooks';
import type { Offer } from '../../lib/postings/types';
import { formatDay, uiLocale } from '../format-date';
import { useT } from '../i18n';
import { contractLabel } from './offer-row';
import { PostingBody } from './posting-body';
import { safeHref } from './safe-link';
import { publicationNote } from './publication-note';
import { SaveToggle } from './save-toggle';

interface Props {
  offer: Offer;
  /** False when the posting left its source: the card shows the saved snapshot. */
  published: boolean;
  saved: boolean;
  mySkills: ReadonlySet<string>;
  onBack: () => void;
  onToggleSave: () => void;
}

export function OfferCard({ offer, published, saved, mySkills, onBack, onToggleSave }: Props) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [offer.id]);
  const locale = uiLocale(t);
  const link = safeHref(offer.url);
  // No "Apply" on a closed posting: there is nothing to apply to.
  const contact = offer.status !== 'closed' && safeHref(offer.contact?.includes('@') && !offer.contact.includes(':') ? `mailto:${offer.contact}` : offer.contact);
  const facts: Array<[string, string | undefined]> = [
    [t('factStatus'), publicationNote(offer.sourceId, published, t) ?? t(`status_${offer.status}`)],
    [t('factContract'), contractLabel(offer.contract, t)],
    [t('factRemote'), offer.remote === 'unknown' ? undefined : t(`remote_${offer.remote}`)],
    [t('factLocation'), offer.location],
    [t('factSalary'), offer.salary?.text],
    [t('factPosted'), offer.postedAt && formatDay(offer.postedAt, locale)],
    [t('factStarts'), offer.startsAt && formatDay(offer.startsAt, locale)],
    [t('factDeadline'), offer.deadline && formatDay(offer.deadline, locale)],
  ];
  return (
    <article class="card" data-testid="offer-card" data-offer-id={offer.id} aria-labelledby="card-title">
      <div class="card-bar">
        <button type="button" onClick={onBack} data-testid="back">← {t('back')}</button>
        <SaveToggle saved={saved} title={offer.title} onToggle={onToggleSave} />
      </div>
      <h2 id="card-title" tabIndex={-1} ref={heading}>{offer.title}</h2>
      {offer.organization && <p class="card-org">{offer.organization}</p>}
      <dl class="facts">
        {facts.filter(([, value]) => value).map(([label, value]) => (
          <div key={label}><dt>{label}</dt><dd>{value}</dd></div>
        ))}
      </dl>
      {offer.skills.length > 0 && (
        <ul class="skills" aria-label={t('skillsLabel')}>
          {offer.skills.map((skill) => {
            const mine = mySkills.has(skill.toLowerCase());
            return <li key={skill} class={mine ? 'skill mine' : 'skill'}>{skill}{mine && <span class="visually-hidden"> ({t('mySkill')})</span>}</li>;
          })}
        </ul>
      )}
      <div class="card-links">
        {link && <a href={link} target="_blank" rel="noopener noreferrer">{t('openOriginal')}</a>}
        {contact && <a href={contact} target="_blank" rel="noopener noreferrer" data-testid="apply">{t('apply')}</a>}
      </div>
      <PostingBody markdown={offer.body} />
    </article>
  );
}
