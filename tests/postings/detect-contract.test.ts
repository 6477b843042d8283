import { describe, expect, it } from 'vitest';
import { detectContract, detectContractByVotes } from '../../lib/postings/detect-contract';

describe('detectContract', () => {
  it.each([
    ['CDI', 'CDI'],
    ['Contrat à durée indéterminée', 'CDI'],
    ['CDD 3 ans', 'CDD'],
    ['Un·e développeur·e full-stack en CDD de 3 ans', 'CDD'],
    ['contractuel de la fonction publique', 'CDD'],
    ['indépendant/freelance', 'freelance'],
    ['indépendant·e', 'freelance'],
    ['indépendent', 'freelance'],
    ['Prestataire, c’est-à-dire que vous devrez établir des factures', 'freelance'],
    ['TJM 600€', 'freelance'],
    ['Chargé.e de développement (Stage)', 'internship'],
    ['stagiaire', 'internship'],
    ['Internship', 'internship'],
    ['alternance', 'apprenticeship'],
    ['contrat d’apprentissage', 'apprenticeship'],
    ['fonctionnaire de catégorie A', 'civil-servant'],
    ['par voie de détachement', 'civil-servant'],
    ['titulaire de la fonction publique', 'civil-servant'],
    ['friend', 'unknown'],
    ['https://example.org/cdi/offre', 'unknown'],
    ['', 'unknown'],
  ])('%s → %s', (text, contract) => {
    expect(detectContract(text)).toBe(contract);
  });

  it('takes the earliest mention of a short text', () => {
    expect(detectContract('Stage de fin d’études pouvant déboucher sur un CDI')).toBe('internship');
  });
});

describe('detectContractByVotes', () => {
  it('weighs mentions about the post above mentions in passing', () => {
    const body = 'Notre mission : simplifier le recrutement de contractuels.\n\n- Poste ouvert pour un·e indépendant·e pour un contrat de 6 mois.';
    expect(detectContractByVotes(body)).toBe('freelance');
  });

  it('counts mentions', () => {
    expect(detectContractByVotes('Vous êtes freelance. Facturation au TJM. Pas de stage.')).toBe('freelance');
    expect(detectContractByVotes('Rien à signaler.')).toBe('unknown');
  });
});
