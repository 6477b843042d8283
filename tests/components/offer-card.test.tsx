// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { OfferCard } from '../../components/popup/offer-card';
import { sampleOffer } from '../db/sample-offer';
import { renderInFrench } from './render';

const card = (overrides: Parameters<typeof sampleOffer>[0]) =>
  renderInFrench(<OfferCard offer={sampleOffer(overrides)} published saved={false} mySkills={new Set()} onBack={() => {}} onToggleSave={() => {}} />);

describe('the offer card', () => {
  it('shows dates in words, in the UI language', () => {
    const shown = card({ postedAt: '2022-07-04', startsAt: '2022-09-01' }).textContent ?? '';
    expect(shown).toContain('4 juillet 2022');
    expect(shown).toContain('1 septembre 2022');
    expect(shown).not.toContain('2022-07-04');
  });

  it('shows the last day to apply, in words', () => {
    const facts = [...card({ deadline: '2024-09-01' }).querySelectorAll('.facts div')].map((fact) => fact.textContent);
    expect(facts).toContain('Candidater avant le1 septembre 2024');
    expect([...card({ deadline: undefined }).querySelectorAll('.facts dt')].map((term) => term.textContent)).not.toContain('Candidater avant le');
  });

  it('offers "Apply" on an open posting only', () => {
    const contact = 'mailto:jobs@coop.fr';
    expect(card({ contact, status: 'open' }).querySelector('[data-testid="apply"]')?.getAttribute('href')).toBe(contact);
    expect(card({ contact, status: 'closed' }).querySelector('[data-testid="apply"]')).toBeNull();
  });
});
