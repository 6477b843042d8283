import { describe, expect, it } from 'vitest';
import { detectContract, detectContractByVotes, detectContractInTitle } from '../../lib/postings/detect-contract';
import { parsePosting } from '../../lib/postings';

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

describe('detectContractInTitle', () => {
  it.each([
    // Words that say a contract only as a contract value mean other things in a title.
    ['Smart Contract Engineer', 'unknown'],
    ['Contract Manager', 'unknown'],
    ['Long-term care analyst', 'unknown'],
    ['Gestionnaire paie des salariés', 'unknown'],
    ['Responsable des contrats temporaires', 'unknown'],
    ['Full-time Python developer', 'unknown'],
    ['Chargé·e de portage de projets', 'unknown'],
    // Words that mean a contract anywhere.
    ['Développeur·se Python (CDI)', 'CDI'],
    ['Chargé de mission en CDD 12 mois', 'CDD'],
    ['Data engineer – fixed-term position', 'CDD'],
    ['Freelance React developer', 'freelance'],
    ['Stage : data analyst', 'internship'],
    ['Software engineering intern', 'internship'],
    ['Développeur de logiciel temporaire – Portail Alerte COVID', 'CDD'],
    ['Data analyst (temporary)', 'CDD'],
  ])('%s → %s', (title, contract) => {
    expect(detectContractInTitle(title)).toBe(contract);
  });
});

describe('contract read from a posting file', () => {
  const contractOf = (frontMatter: string) => {
    const offer = parsePosting(`---\n${frontMatter}\n---\nNous cherchons quelqu'un. We are looking for someone.\n`, { path: 'job.md', sourceId: 'test' });
    return 'contract' in offer ? offer.contract : undefined;
  };

  it.each([
    ['title: Smart Contract Engineer', 'unknown'],
    ['title: Long-term care analyst', 'unknown'],
    ['title: Gestionnaire paie des salariés', 'unknown'],
    ['title: Smart Contract Engineer\ncontract: permanent', 'CDI'],
    ['title: Long-term care analyst\ncontrat: temporaire', 'CDD'],
    ['title: Gestionnaire paie\ncontrat: salarié', 'CDI'],
    ['title: Contract Manager\ncontract: contract', 'freelance'],
  ])('%j → %s', (frontMatter, contract) => {
    expect(contractOf(frontMatter)).toBe(contract);
  });
});
