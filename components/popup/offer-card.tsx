import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Offer } from '../../lib/postings/types';
import { localDay } from '../../lib/board/deadline';
import { formatDay, formatDeadline, uiLocale } from '../format-date';
import { scoreMatch } from '../../lib/skills/score-match';
import { skillsHeldThrough } from '../../lib/skills/held-through';
import { skillLabel, skillNameTyped } from '../../lib/skills/skill-label';
import { useT } from '../i18n';
import { matchCountLabel, matchPercent } from '../match-label';
import { contractLabel } from '../contract-label';
import { PostingBody } from './posting-body';
import { PostingHistory } from './posting-history';
import type { PostingVersion } from '../../lib/history/types';
import { safeHref } from '../safe-link';
import { leftItsSource, publicationNote } from './publication-note';
import { SaveToggle } from './save-toggle';
import { BlockWordForm } from '../block-word-form';
import type { WordScope } from '../../lib/noise/noise-rules';
import type { DuplicateMember } from '../../lib/duplicates/find-duplicates';
import type { SourceRecord } from '../../lib/db/records';
import { PAGE_SOURCE_ID } from '../../lib/page/canonical-page-url';

interface Props {
  offer: Offer;
  /** False when the posting left its source: the card shows the saved snapshot. */
  published: boolean;
  saved: boolean;
  mySkills: ReadonlySet<string>;
  /** Every place this posting was seen, itself included, when it was seen in more than one. */
  seenOn?: readonly DuplicateMember[];
  sources?: readonly SourceRecord[];
  onBack: () => void;
  onToggleSave: () => void;
  /** Not interested: hides this posting, blocks its organization, or a word. */
  onHide: () => void;
  onBlockOrganization: (name: string) => void;
  onBlockWord: (word: string, scope: WordScope) => void;
  /** The versions Vigie saw of the posting, newest first, and when it first saw it. */
  history: { versions: readonly PostingVersion[]; firstSeenAt?: number };
  /** For a saved offer: whether its alerts are muted, and the switch. */
  alerts?: { muted: boolean; onToggle: (muted: boolean) => void };
}

export function OfferCard({ offer, published, saved, mySkills, seenOn, sources = [], onBack, onToggleSave, onHide, onBlockOrganization, onBlockWord, history, alerts }: Props) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [offer.id]);
  const locale = uiLocale(t);
  const language = t('uiLanguage');
  const link = safeHref(offer.url);
  // No "Apply" on a closed posting: there is nothing to apply to.
  const contact = offer.status !== 'closed' && safeHref(offer.contact?.includes('@') && !offer.contact.includes(':') ? `mailto:${offer.contact}` : offer.contact);
  const match = mySkills.size > 0 ? scoreMatch(offer, [...mySkills]) : undefined;
  const percent = matchPercent(match);
  const mine = new Set([...(match?.matched ?? []), ...(match?.optionalHeld ?? [])]);
  const implied = new Map(match?.implied);
  const apart = new Set([...(offer.optionalSkills ?? []), ...(offer.skillGroups ?? []).flat()]);
  const heldGroups = new Set(match?.groups.filter((group) => group.held.length > 0).map((group) => group.members.join('\n')));
  const heldThrough = match ? skillsHeldThrough(mySkills) : undefined;
  const facts: Array<[string, string | undefined]> = [
    [t('factMatch'), match && percent !== undefined ? t('matchShare', [percent, matchCountLabel(t, match)]) : undefined],
    [t('factStatus'), publicationNote(offer.sourceId, published, t) ?? t(`status_${offer.status}`)],
    [t('factContract'), contractLabel(offer.contract, t)],
    [t('factRemote'), offer.remote === 'unknown' ? undefined : remoteText(offer, t('remote_' + offer.remote), locale)],
    [t('factLocation'), offer.location],
    [t('factSalary'), offer.salary?.text],
    [t('factPosted'), offer.postedAt && formatDay(offer.postedAt, locale)],
    [t('factStarts'), offer.startsAt && formatDay(offer.startsAt, locale)],
    [t('factDeadline'), offer.deadline && formatDeadline(offer.deadline, localDay(Date.now()), t, 'deadlineLeft').text],
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
      {saved && leftItsSource(offer.sourceId, published) && <p class="kept-text" data-testid="kept-text">{t('historyKeptText')}</p>}
      <PostingHistory versions={history.versions} firstSeenAt={history.firstSeenAt} />
      {alerts && (
        <label class="check mute-alerts">
          <input type="checkbox" data-testid="mute-alerts" checked={alerts.muted} onChange={(event) => alerts.onToggle(event.currentTarget.checked)} />
          {t('alertsMute')}
        </label>
      )}
      {/* The skills the match counts: the posting's, then those they imply, said so ("Python (implied by Django)"), then each list of which one will do. */}
      <SkillGroup id="card-skills" label={t('skillsLabel')} names={[...offer.skills.filter((skill) => !apart.has(skill)), ...implied.keys(), ...(offer.skillGroups ?? []).map((group) => group.join('\n'))]}>
        {(skill) => {
          if (skill.includes('\n')) return <OneOf key={skill} members={skill.split('\n')} held={heldGroups.has(skill)} language={language} />;
          const by = implied.get(skill);
          const label = by === undefined ? skillLabel(skill, language) : t('skillImpliedBy', [skillLabel(skill, language), skillLabel(by, language)]);
          if (!mine.has(skill)) return <li key={skill} class="skill">{label}</li>;
          // A skill the seeker did not list but has through one they did: said which, never looking invented.
          const through = heldThrough?.get(skill.toLowerCase());
          return through === undefined
            ? <li key={skill} class="skill mine">{label}<span class="visually-hidden"> ({t('mySkill')})</span></li>
            : <li key={skill} class="skill mine">{label} — {t('mySkillThrough', [skillLabel(skillNameTyped(through) ?? through, language)])}</li>;
        }}
      </SkillGroup>
      {/* Shown apart: named by the posting without being required, never counted against the seeker. */}
      <SkillGroup id="card-optional-skills" label={t('optionalSkillsLabel')} names={offer.optionalSkills ?? []}>
        {(name) => (
          <li key={name} class={mine.has(name) ? 'skill mine' : 'skill other'}>
            {skillLabel(name, language)}
            {mine.has(name) && <span class="visually-hidden"> ({t('mySkill')})</span>}
          </li>
        )}
      </SkillGroup>
      {/* Shown apart: they say what the posting is about, and never count in the match. */}
      <SkillGroup id="card-domains" label={t('domainsLabel')} names={offer.domains}>
        {(name) => <li key={name} class="skill other">{skillLabel(name, language)}</li>}
      </SkillGroup>
      <SkillGroup id="card-soft-skills" label={t('softSkillsLabel')} names={offer.softSkills}>
        {(name) => <li key={name} class="skill other">{skillLabel(name, language)}</li>}
      </SkillGroup>
      <div class="card-links">
        {link && <a href={link} target="_blank" rel="noopener noreferrer">{t('openOriginal')}</a>}
        {contact && <a href={contact} target="_blank" rel="noopener noreferrer" data-testid="apply">{t('apply')}</a>}
      </div>
      {seenOn && seenOn.length > 1 && <SeenOn members={seenOn} sources={sources} />}
      <div class="card-noise" role="group" aria-label={t('notInterested')}>
        <button type="button" data-testid="card-hide" onClick={onHide}>{t('hideThis')}</button>
        {offer.organization && (
          <button type="button" data-testid="block-organization" onClick={() => onBlockOrganization(offer.organization!)}>{t('blockOrganization', [offer.organization])}</button>
        )}
        <BlockWordForm id="card-block-word" onBlock={onBlockWord} />
      </div>
      <PostingBody markdown={offer.body} />
    </article>
  );
}

/** A list of skills of which the posting asks for one, counted as one skill: "un parmi : Node.js, Ruby on Rails, Django". */
function OneOf({ members, held, language }: { members: readonly string[]; held: boolean; language: string }) {
  const t = useT();
  const label = t('skillOneOf', [members.map((name) => skillLabel(name, language)).join(', ')]);
  return held
    ? <li class="skill mine" data-testid="skill-one-of">{label}<span class="visually-hidden"> ({t('mySkill')})</span></li>
    : <li class="skill" data-testid="skill-one-of">{label}</li>;
}

/** Where one posting was seen: each source (or page saved while browsing) with its link. */
function SeenOn({ members, sources }: { members: readonly DuplicateMember[]; sources: readonly SourceRecord[] }) {
  const t = useT();
  const names = new Map(sources.map((source) => [source.id, source.name]));
  return (
    <>
      <h3 id="card-seen-on" class="skills-title">{t('seenOnTitle', [String(members.length)])}</h3>
      <ul class="seen-on" aria-labelledby="card-seen-on" data-testid="seen-on">
        {members.map((member) => {
          const where = member.sourceId === PAGE_SOURCE_ID ? t('seenOnPage') : names.get(member.sourceId) ?? member.sourceId;
          const link = safeHref(member.url);
          return (
            <li key={member.id}>
              {link ? <a href={link} target="_blank" rel="noopener noreferrer">{where}</a> : where}
              <span class="help"> — {member.title}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** "Télétravail complet (États-Unis et Canada)": a fully remote job limited to countries names them, in the interface's language. */
function remoteText(offer: Offer, policy: string, locale: string | undefined): string {
  const regions = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
  const countries = (offer.remoteCountries ?? []).map((code) => regions.of(code)).filter((name) => name !== undefined);
  return countries.length === 0 ? policy : `${policy} (${new Intl.ListFormat(locale, { type: 'conjunction' }).format(countries)})`;
}

function SkillGroup({ id, label, names, children }: { id: string; label: string; names: readonly string[]; children: (name: string) => JSX.Element }) {
  if (names.length === 0) return null;
  return (
    <>
      <h3 id={id} class="skills-title">{label}</h3>
      <ul class="skills" aria-labelledby={id}>{names.map(children)}</ul>
    </>
  );
}
