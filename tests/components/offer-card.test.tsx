// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfferCard } from '../../components/popup/offer-card';
import { OTHER_BROWSER_SOURCE_ID } from '../../lib/favorites/label-only-snapshot';
import { PAGE_SOURCE_ID } from '../../lib/page/canonical-page-url';
import type { PostingVersion } from '../../lib/history/types';
import { sampleOffer } from '../db/sample-offer';
import { renderIn, renderInFrench } from './render';

const card = (overrides: Parameters<typeof sampleOffer>[0], mySkills: ReadonlySet<string> = new Set(), onBlockOrganization: (name: string) => void = () => {}) =>
  renderInFrench(<OfferCard offer={sampleOffer(overrides)} published saved={false} mySkills={mySkills} onBack={() => {}} onToggleSave={() => {}} onHide={() => {}} onBlockOrganization={onBlockOrganization} onBlockWord={() => {}} history={{ versions: [] }} />);
const facts = (shown: Element) => [...shown.querySelectorAll('.facts div')].map((fact) => fact.textContent);
const list = (shown: Element, id: string) => [...shown.querySelectorAll(`[aria-labelledby="${id}"] li`)].map((item) => item.textContent);

describe('the offer card', () => {
  it('lists every place a merged posting was seen, with its link', () => {
    const seenOn = [
      { id: 's:a.md', sourceId: 's', url: 'https://example.org/jobs/dev', title: 'Développeuse' },
      { id: 'page:1', sourceId: 'page', url: 'https://jobs.example.com/1', title: 'Développeuse (page)' },
      { id: 't:a.md', sourceId: 't', url: 'javascript:alert(1)', title: 'Développeuse' },
    ];
    const sources = [{ id: 's', name: 'Coop' }, { id: 't', name: 'Autre source' }] as never;
    const shown = renderInFrench(<OfferCard offer={sampleOffer({})} published saved={false} mySkills={new Set()} seenOn={seenOn} sources={sources}
      onBack={() => {}} onToggleSave={() => {}} onHide={() => {}} onBlockOrganization={() => {}} onBlockWord={() => {}} history={{ versions: [] }} />);
    expect(shown.querySelector('#card-seen-on')?.textContent).toBe('Vue à 3 endroits');
    const items = [...shown.querySelectorAll('[data-testid="seen-on"] li')];
    expect(items.map((item) => item.textContent)).toEqual(['Coop — Développeuse', 'Page enregistrée en naviguant — Développeuse (page)', 'Autre source — Développeuse']);
    expect(items.map((item) => item.querySelector('a')?.getAttribute('href') ?? null)).toEqual(['https://example.org/jobs/dev', 'https://jobs.example.com/1', null]);
  });

  it('blocks the organization it names, and offers nothing to block without one', () => {
    const blocked: string[] = [];
    const shown = card({ organization: 'Etalab' }, new Set(), (name) => blocked.push(name));
    const button = shown.querySelector<HTMLButtonElement>('[data-testid="block-organization"]')!;
    expect(button.textContent).toBe('Bloquer l’organisation « Etalab »');
    button.click();
    expect(blocked).toEqual(['Etalab']);
    expect(card({ organization: undefined }).querySelector('[data-testid="block-organization"]')).toBeNull();
  });

  it('blocks a word, in titles or anywhere, from a labelled form; an empty word blocks nothing', async () => {
    const blocked: Array<[string, string]> = [];
    const shown = renderInFrench(<OfferCard offer={sampleOffer({})} published saved={false} mySkills={new Set()} onBack={() => {}} onToggleSave={() => {}} onHide={() => {}}
      onBlockOrganization={() => {}} onBlockWord={(word, scope) => blocked.push([word, scope])} history={{ versions: [] }} />);
    const input = shown.querySelector<HTMLInputElement>('#card-block-word')!;
    const scope = shown.querySelector<HTMLSelectElement>('#card-block-word-scope')!;
    const form = input.form!;
    expect(shown.querySelector('label[for="card-block-word"]')?.textContent).toBe('Bloquer un mot');
    expect(shown.querySelector('label[for="card-block-word-scope"]')?.textContent).toBe('Où chercher le mot');
    expect(form.closest('[role="group"]')?.getAttribute('aria-label')).toBe('Pas intéressé');
    act(() => void form.requestSubmit());
    expect(blocked).toEqual([]);
    act(() => {
      input.value = 'alternance';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      scope.value = 'anywhere';
      scope.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => void form.requestSubmit());
    expect(blocked).toEqual([['alternance', 'anywhere']]);
    await act(async () => {});
    expect(input.value).toBe('');
  });

  it('shows dates in words, in the UI language', () => {
    const shown = card({ postedAt: '2022-07-04', startsAt: '2022-09-01' }).textContent ?? '';
    expect(shown).toContain('4 juillet 2022');
    expect(shown).toContain('1 septembre 2022');
    expect(shown).not.toContain('2022-07-04');
  });

  afterEach(() => vi.useRealTimers());

  it('shows the last day to apply, in words, with the days left or as passed', () => {
    vi.useFakeTimers({ now: new Date(2024, 7, 27, 10, 0), toFake: ['Date'] });
    const facts = [...card({ deadline: '2024-09-01' }).querySelectorAll('.facts div')].map((fact) => fact.textContent);
    expect(facts).toContain('Date limite1 septembre 2024 · dans 5 jours');
    vi.setSystemTime(new Date(2024, 8, 2, 10, 0));
    expect([...card({ deadline: '2024-09-01' }).querySelectorAll('.facts div')].map((fact) => fact.textContent)).toContain('Date limiteClôturée le 1 septembre 2024');
    expect([...card({ deadline: undefined }).querySelectorAll('.facts dt')].map((term) => term.textContent)).not.toContain('Date limite');
  });

  it('offers "Apply" on an open posting only', () => {
    const contact = 'mailto:jobs@coop.fr';
    expect(card({ contact, status: 'open' }).querySelector('[data-testid="apply"]')?.getAttribute('href')).toBe(contact);
    expect(card({ contact, status: 'closed' }).querySelector('[data-testid="apply"]')).toBeNull();
  });

  it('shows the match, saying what it counts, and the domains and qualities apart', () => {
    const shown = card({ skills: ['Python', 'Django', 'Docker'], domains: ['Logement'], softSkills: ['Autonomie'] }, new Set(['python', 'logement']));
    expect(facts(shown)).toContain('Correspondance33 % · 1 sur 3 compétences demandées');
    expect(list(shown, 'card-skills')).toEqual(['Python (une de vos compétences)', 'Django', 'Docker']);
    expect(list(shown, 'card-domains')).toEqual(['Logement']);
    expect(list(shown, 'card-soft-skills')).toEqual(['Autonomie']);
  });

  it('lists the skills the posting asks for through its framework, said so, as the match counts them', () => {
    const shown = card({ skills: ['Django', 'React'] }, new Set(['python']));
    expect(facts(shown)).toContain('Correspondance25 % · 1 sur 4 compétences demandées');
    expect(list(shown, 'card-skills')).toEqual(['Django', 'React', 'Python (induit par Django) (une de vos compétences)', 'JavaScript (induit par React)']);
  });

  it('says through which of the seeker’s skills they have one they never listed (seeker: Python and React)', () => {
    const shown = card({ skills: ['TypeScript', 'Python'] }, new Set(['python', 'react']));
    expect(list(shown, 'card-skills')).toEqual(['TypeScript', 'Python (une de vos compétences)', 'JavaScript (induit par TypeScript) — vous l’avez avec React']);
    const english = renderIn('en', <OfferCard offer={sampleOffer({ skills: ['TypeScript'] })} published saved={false} mySkills={new Set(['react'])} onBack={() => {}} onToggleSave={() => {}} onHide={() => {}}
      onBlockOrganization={() => {}} onBlockWord={() => {}} history={{ versions: [] }} />);
    expect(list(english, 'card-skills')).toEqual(['TypeScript', 'JavaScript (implied by TypeScript) — you have it through React']);
  });

  it('shows a list of which the posting asks for one as one skill, held by one of its members (seeker: Python and Django)', () => {
    // Trackdechets: "(au moins) un framework web moderne (NodeJS, Rails, Symfony, Laravel, Django/Flask…)".
    const frameworks = ['Node.js', 'Ruby on Rails', 'Symfony', 'Laravel', 'Django', 'Flask'];
    const shown = card({ skills: ['React', 'PostgreSQL', ...frameworks], skillGroups: [frameworks] }, new Set(['python', 'django']));
    expect(facts(shown)).toContain('Correspondance25 % · 1 sur 4 compétences demandées');
    expect(list(shown, 'card-skills')).toEqual([
      'React',
      'PostgreSQL',
      'JavaScript (induit par React)',
      'un parmi : Node.js, Ruby on Rails, Symfony, Laravel, Django, Flask (une de vos compétences)',
    ]);
    const english = renderIn('en', <OfferCard offer={sampleOffer({ skills: ['Vue.js', 'React'], skillGroups: [['Vue.js', 'React']] })} published saved={false} mySkills={new Set(['python'])}
      onBack={() => {}} onToggleSave={() => {}} onHide={() => {}} onBlockOrganization={() => {}} onBlockWord={() => {}} history={{ versions: [] }} />);
    expect(list(english, 'card-skills')).toEqual(['one of: Vue.js, React']);
  });

  it('shows the skills the posting does not require apart, counting them only when the seeker has them', () => {
    // Dora: "Le frontend utilise SvelteKit et tailwindcss ; on ne s’attend pas à ce que tu les connaisses déjà".
    const offer = { skills: ['Django', 'SvelteKit', 'Tailwind CSS'], optionalSkills: ['SvelteKit', 'Tailwind CSS'] };
    const shown = card(offer, new Set(['django']));
    expect(facts(shown)).toContain('Correspondance100 % · 2 sur 2 compétences demandées');
    expect(list(shown, 'card-skills')).toEqual(['Django (une de vos compétences)', 'Python (induit par Django) — vous l’avez avec Django']);
    expect(shown.querySelector('#card-optional-skills')?.textContent).toBe('Un plus (non comptées dans la correspondance)');
    expect(list(shown, 'card-optional-skills')).toEqual(['SvelteKit', 'Tailwind CSS']);
    expect(list(card(offer, new Set(['sveltekit'])), 'card-optional-skills')).toEqual(['SvelteKit (une de vos compétences)', 'Tailwind CSS']);
  });

  it('names the country a fully remote job is limited to', () => {
    expect(facts(card({ remote: 'full', remoteCountries: ['US'] }))).toContain('TélétravailTélétravail complet (États-Unis)');
    expect(facts(card({ remote: 'full', remoteCountries: ['US', 'CA'] }))).toContain('TélétravailTélétravail complet (États-Unis et Canada)');
    expect(facts(card({ remote: 'full' }))).toContain('TélétravailTélétravail complet');
  });

  it('lists no implied skill when the seeker listed none, as no match is shown', () => {
    expect(list(card({ skills: ['Django'] }), 'card-skills')).toEqual(['Django']);
  });

  it('names skills, domains and qualities in English in the English interface, as stored otherwise', () => {
    const offer = sampleOffer({ skills: ['Logiciel libre', 'Python'], domains: ['Logement'], softSkills: ['Travail en équipe'] });
    const shown = renderIn('en', <OfferCard offer={offer} published saved={false} mySkills={new Set(['logiciel libre'])} onBack={() => {}} onToggleSave={() => {}} onHide={() => {}} onBlockOrganization={() => {}} onBlockWord={() => {}} history={{ versions: [] }} />);
    expect(list(shown, 'card-skills')).toEqual(['Open source software (one of your skills)', 'Python']);
    expect(list(shown, 'card-domains')).toEqual(['Housing']);
    expect(list(shown, 'card-soft-skills')).toEqual(['Teamwork']);
  });

  it('shows no percentage for a posting that asks for no concrete skill', () => {
    const shown = card({ skills: [], domains: ['Logement'] }, new Set(['logement']));
    expect(facts(shown).some((fact) => fact?.startsWith('Correspondance'))).toBe(false);
  });

  it('says the latest change as a sentence, and lists every version in its history, text shown as text', () => {
    vi.useFakeTimers({ now: new Date(2027, 5, 1, 10, 0), toFake: ['Date'] });
    const salary = (min: number, max: number) => ({ min, max, unit: 'year' as const, currency: 'EUR', text: '' });
    const versions: PostingVersion[] = [
      { seq: 2, offerId: 's:a.md', sourceId: 's', seenAt: new Date(2027, 2, 12, 9).getTime(), changes: [{ field: 'salary', before: salary(45_000, 55_000), after: salary(50_000, 60_000) }], body: { removed: ['Salaire : 45k€'], added: ['<img src=x onerror=alert(1)>'] } },
      { seq: 1, offerId: 's:a.md', sourceId: 's', seenAt: new Date(2027, 1, 2, 9).getTime(), changes: [], body: { removed: ['a'], added: ['b'] } },
    ];
    const toggled: boolean[] = [];
    const shown = renderInFrench(<OfferCard offer={sampleOffer()} published={false} saved mySkills={new Set()} onBack={() => {}} onToggleSave={() => {}} onHide={() => {}}
      onBlockOrganization={() => {}} onBlockWord={() => {}} history={{ versions, firstSeenAt: new Date(2026, 11, 6).getTime() }} alerts={{ muted: false, onToggle: (muted) => toggled.push(muted) }} />);
    expect(shown.querySelector('[data-testid="latest-change"]')?.textContent).toMatch(/^Salaire modifié le 12 mars : 45–55\sk\s€ par an → 50–60\sk\s€ par an$/);
    expect(shown.querySelector('[data-testid="history"] summary')?.textContent).toBe('Historique (3 versions)');
    const items = [...shown.querySelectorAll('[data-testid="history-version"]')].map((item) => item.textContent ?? '');
    expect(items[1]).toContain('Texte modifié le 2 février');
    expect(shown.querySelector('.history-first')?.textContent).toBe('Vue pour la première fois le 6 décembre 2026');
    expect(shown.querySelector('.history-paragraphs.added img')).toBeNull();
    expect(shown.querySelector('.history-paragraphs.added blockquote')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(shown.querySelector('[data-testid="kept-text"]')?.textContent).toContain('garde son dernier texte');
    shown.querySelector<HTMLInputElement>('[data-testid="mute-alerts"]')!.click();
    expect(toggled).toEqual([true]);
  });

  it('shows no history for a posting that never changed, and no mute switch for an offer not saved', () => {
    const shown = card({});
    expect(shown.querySelector('[data-testid="history"]')).toBeNull();
    expect(shown.querySelector('[data-testid="mute-alerts"]')).toBeNull();
  });

  it('says a saved offer keeps its last text only when it left a source, not for a page saved while browsing or an offer saved elsewhere', () => {
    const keptText = (sourceId: string) => renderInFrench(<OfferCard offer={sampleOffer({ sourceId })} published={false} saved mySkills={new Set()} onBack={() => {}}
      onToggleSave={() => {}} onHide={() => {}} onBlockOrganization={() => {}} onBlockWord={() => {}} history={{ versions: [] }} />).querySelector('[data-testid="kept-text"]');
    expect(keptText('s')).not.toBeNull();
    expect(keptText(PAGE_SOURCE_ID)).toBeNull();
    expect(keptText(OTHER_BROWSER_SOURCE_ID)).toBeNull();
  });
});
