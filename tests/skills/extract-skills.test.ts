import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../lib/skills';

const names = (text: string) => extractSkills(text).map((match) => match.name);

describe('extractSkills', () => {
  it.each([
    ['Front en VueJS', 'Vue.js'],
    ['Front en Vue.js', 'Vue.js'],
    ['Front en Vue 3 et TypeScript', 'Vue.js'],
    ['Un peu de JS', 'JavaScript'],
    ['Base Postgres', 'PostgreSQL'],
    ['Expérience en développement web', 'Développement web'],
    ['Back en NodeJS', 'Node.js'],
    ['Hébergé sur Scalingo', 'Scalingo'],
    ['Conforme au DSFR', 'DSFR'],
    ['Maquettes sous Figma', 'Figma'],
    ['Mesure d’audience avec Matomo', 'Matomo'],
    ['Tableaux de bord Metabase', 'Metabase'],
    ['Un·e bizdev pour le déploiement', 'Développement commercial'],
    ['Business developer', 'Développement commercial'],
    ['Rédaction de marchés publics', 'Marchés publics'],
    ['Connaissance de la commande publique', 'Marchés publics'],
    ['Community manager', 'Animation de communauté'],
    ['Cheffe de projet', 'Gestion de projet'],
    ['Entretiens utilisateurs', 'Recherche utilisateur'],
    ['Growth hacker', 'Growth hacking'],
    ['Support aux utilisateurs', 'Support utilisateur'],
    ['Chargée de déploiement', 'Déploiement'],
    ['Expertise juridique', 'Juridique'],
    ['Stratégie de communication', 'Communication'],
  ])('resolves an alias: %s → %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    'Accessibilité',
    'accessibilite',
    'ACCESSIBILITÉ',
    'RGAA',
    'rgaa',
    'a11y',
    // Decomposed accents (NFD), as some editors save them.
    'Accessibilite\u0301 nume\u0301rique',
  ])('folds case and accents: %s', (text) => {
    expect(names(`Compétences : ${text}.`)).toEqual(['Accessibilité numérique']);
  });

  it.each([
    ['Go', 'Serveur avec 10 Go de RAM et 2 To de disque.', 'Stack : Go, PostgreSQL et Docker.'],
    ['Go', 'Le go-live est prévu en mars.', 'Plusieurs micro-services en NodeJS et Go.'],
    ['Go', 'Go pour un café ?', 'Le langage Go pour le backend.'],
    ['R', 'Une équipe de R&D sur les données.', 'Analyses statistiques en R et Python.'],
    ['C', "C'est un poste de développeur Python.", 'Programmation en C pour l’embarqué.'],
    ['C', 'Du C++ moderne.', 'Le langage C.'],
    ['C++', 'Le langage C.', 'Du C++ moderne.'],
    ['C#', 'Le langage C.', 'Du C# et du .NET.'],
    ['Rust', 'Old rust on the bridge.', 'Nous développons en Rust et en TypeScript.'],
    ['Rust', 'Rust never sleeps.', 'Un backend en Rust.'],
    ['Swift', 'We expect a swift response.', 'Une application iOS en Swift.'],
    ['Express.js', 'Please express interest by email.', 'Une API Node.js avec Express et PostgreSQL.'],
    ['Express.js', 'Livraison Express offerte.', 'Un serveur Express en JavaScript.'],
    ['Java', 'Du JavaScript côté client.', 'Un backend en Java avec Spring Boot.'],
    ['Ruby', 'Une application Ruby on Rails.', 'Des scripts en Ruby.'],
    ['Vue.js', "Vue d'ensemble du projet.", 'Le front est en Vue et TypeScript.'],
    ['Logiciel libre', 'Vous êtes sensible à l’open source.', 'Vous contribuez à des projets open source.'],
    ['Logiciel libre', 'Nos critères (open source, opendata, approche centrée utilisateur).', 'You have contributed to open-source projects.'],
    ['Logiciel libre', 'Innovation ouverte (communs numériques, open data, open source, etc.)', 'Une bonne connaissance des logiciels libres.'],
    ['Logiciel libre', 'Une politique d’open data / open source.', 'Une bonne pratique du logiciel libre.'],
    ['Logiciel libre', "Les valeurs d'open data et d'open-source de l'État.", 'Contribuer à des projets open source.'],
    ['UX design', 'Travail avec les UX et les développeurs.', 'Des compétences en UX et en recherche utilisateur.'],
    ['UX design', 'You will work with the UX team.', 'Strong UX skills.'],
    ['UI design', "Une équipe d'un UX/UI et de deux devs.", 'Concevoir des maquettes UI sur Figma.'],
    ['Vue.js', 'En vue de la mise en production.', 'Une application VueJS.'],
    ['Vue.js', "D'un point de vue technique, tout est ouvert.", 'Un framework JavaScript comme Vue.'],
    ['Ruby on Rails', 'Remettre le projet sur les rails.', 'Un framework web moderne (NodeJS, Rails, Symfony).'],
    ['Ruby on Rails', 'Rails de sécurité à poser.', 'Une application Ruby on Rails.'],
    ['Spring', 'Stage de spring 2024.', 'Un backend Java avec Spring.'],
    ['Spring', 'Spring 2024 internship.', 'Développement Spring Boot.'],
    ['Flask', 'A flask of coffee.', 'Une API Python en Flask.'],
    ['Monitoring', 'Monitoring trends in product adoption and utilization, identifying at-risk clients.', 'Deploy services and set up monitoring with Prometheus.'],
    ['Monitoring', 'Data analysis and performance monitoring and measurement.', 'Le monitoring des serveurs et des logs.'],
    ['Monitoring', 'Le monitoring des subventions versées aux associations.', 'Améliorer le monitorage et la couverture de tests.'],
    ['Flask', 'Flask en verre.', 'Un backend Django/Flask.'],
    ['Elm', 'Elm Street.', 'Un frontend en Elm, un langage fonctionnel.'],
    ['Dart', 'Un tournoi de Dart au bar.', 'Une application Flutter en Dart.'],
    ['Julia', 'Julia, notre cheffe de projet, vous accueillera.', 'Calcul scientifique en Julia et Python.'],
    ['Scala', 'Un concert à la Scala de Milan.', 'Un backend en Scala sur la JVM.'],
    ['SAS', 'Multi est une SAS coopérative au capital variable.', 'Des statistiques avec SAS et R.'],
    ['SAS', 'SAS au capital de 10 000 €.', 'Programmation SAS pour la statistique publique.'],
    ['Excel', "Un excellent esprit d'équipe.", 'Suivi des données sous Excel.'],
    ['Cartographie', 'Une cartographie des acteurs de l’insertion.', 'Cartographie et SIG avec QGIS.'],
    ['Prototypage', 'Un premier prototype est en ligne.', 'Prototypage rapide sur Figma.'],
    ['Growth hacking', 'A company in rapid growth.', 'Un growth hacker pour nos campagnes.'],
    ['Excel', 'You will excel at it.', 'Maîtrise de Microsoft Excel.'],
    ['Node.js', 'Chaque noeud du graphe, chaque node du réseau.', '*back* en node, *front* en angular.'],
    ['API', 'Voir api.gouv.fr pour la documentation.', 'Concevoir une API ouverte en Django.'],
    ['API', "L'équipe API Entreprise recrute.", 'Intégrer les API dans le backend.'],
    ['TypeScript', 'Un TS (travailleur social) vous accompagne.', 'Front en React et TS.'],
    ['Formation', 'Formation : école d’ingénieur.', 'Animer des sessions de formation auprès des agents.'],
    ['Notion', 'Une notion de base en gestion.', 'Documentation dans Notion et Trello.'],
    ['Tableau', 'Tableau de bord du projet.', 'Dataviz avec Tableau et Power BI.'],
    ["Analyse d'audience", 'Coaching in data science and analytics.', 'Analytics du site web : suivre le trafic.'],
    ['Plain language', 'Turns functional requirements into informal, plain-language descriptions of software features.', 'You write clear, plain-language content for the public.'],
    ['Monitoring', 'The program is moving to digital authorization packages, centralized monitoring, and the automation of security reviews.', 'Centralized monitoring and alerting for our production servers.'],
    ['Agile', 'Capacité à travailler en équipe et agilité ;', "Des méthodes et outils issus du design et de l'agilité."],
    ['Agile', 'Une grande agilité intellectuelle.', 'Vous pratiquez les méthodes agiles au quotidien.'],
    ['Plain language', 'Des spécifications en langage clair pour les développeurs.', 'Vous rédigez en langage clair, accessible à tous.'],
    // Working in an agile way is the method; gaining agility is a quality.
    ['Agile', 'Cette refonte doit faire gagner l’équipe en agilité.', 'Nous travaillons en agilité, au plus près des usagers.'],
    ['Agile', 'Vous gagnerez en agilité et en autonomie.', 'L’équipe fonctionne en agilité depuis 2019.'],
    // "Continuous monitoring" is a security-compliance process (NIST, FedRAMP), not watching systems run.
    ['Monitoring', 'Automated approaches for testing control implementations and continuous monitoring of cloud services.', 'Monitoring of our cloud services in production.'],
    // A product certified FedRAMP asks nothing of the seeker; a framework to apply does.
    ['FedRAMP', 'Login.gov is a FedRAMP authorized secure sign-in service.', 'Applying compliance frameworks, such as FedRAMP, FISMA and SOC2.'],
    // A kind of API with its own name is that skill; the product being an API asks nothing.
    ['API', 'Un backend en NodeJS qui expose une API GraphQL.', 'Participer au design et à l’implémentation de l’API publique.'],
    ['API', 'Concrètement, il s’agit d’une API qui permet aux taxis de se signaler.', 'Experience building and documenting APIs.'],
    // A team's trait is not asked of the seeker.
    ['Autonomie', 'Vous rejoindrez une équipe autonome et pluridisciplinaire.', 'Vous êtes autonome et curieux.'],
    ['Autonomie', 'Des petites équipes autonomes, agiles et proches de leurs utilisateurs.', 'Vous savez travailler de manière autonome.'],
    ['Autonomie', 'You will join an autonomous team of five.', 'You are autonomous and curious.'],
  ])('%s: no false positive in "%s", found in "%s"', (name, negative, positive) => {
    expect(names(negative)).not.toContain(name);
    expect(names(positive)).toContain(name);
  });

  it.each([
    ['Ruby on Rails', 'Ruby on Rails', ['Ruby on Rails']],
    ['JavaScript', 'JavaScript', ['JavaScript']],
    ['Docker Compose', 'Docker Compose', ['Docker Compose']],
    ['GitHub Actions', 'GitHub Actions', ['GitHub Actions']],
    ['Spring Boot', 'Spring Boot', ['Spring']],
    ['Système de design de l’État', "Système de design de l'État", ['DSFR']],
    ['React Native', 'React Native', ['React Native']],
  ])('prefers the longest match: %s', (text, matched, expected) => {
    const found = extractSkills(`Stack : ${text}.`);
    expect(found.map((match) => match.name)).toEqual(expected);
    expect(found[0]?.ranges).toEqual([[8, 8 + matched.length]]);
  });

  it.each([
    ['C++', 'C++'],
    ['C#', 'C#'],
    ['.NET', '.NET'],
    ['Node.js', 'Node.js'],
    ['Vue.js', 'Vue.js'],
    ['Next.js', 'Next.js'],
    ['CI/CD', 'CI/CD'],
    ['ASP.NET', 'ASP.NET'],
  ])('matches a name with symbols: %s', (spelling, name) => {
    const text = `Vous maîtrisez ${spelling}, idéalement.`;
    const [match] = extractSkills(text);
    expect(match?.name).toBe(name);
    expect(match && text.slice(...match.ranges[0]!)).toBe(spelling);
  });

  it('splits "UX/UI" into both skills', () => {
    const text = 'Compétences UX/UI';
    const found = extractSkills(text);
    expect(found.map((match) => match.name)).toEqual(['UX design', 'UI design']);
    expect(found.map((match) => text.slice(...match.ranges[0]!))).toEqual(['UX', 'UI']);
  });

  it.each([
    '🚀 Développeuse 👩‍💻 : Accessibilité, Vue.js et C++ !',
    'Équipe « Démarches » — déploiement : RGAA, Déploiement, PostgreSQL',
    'ÉÉÉ 🎉🎉 œuvre ﬁne : Python',
    'Accessibilite\u0301 et de\u0301ploiement',
  ])('gives ranges into the original text: %s', (text) => {
    for (const match of extractSkills(text)) {
      for (const [start, end] of match.ranges) {
        const found = text.slice(start, end);
        expect(extractSkills(found).map((inner) => inner.name)).toEqual([match.name]);
      }
    }
    expect(extractSkills(text).length).toBeGreaterThan(0);
  });

  it('points at the exact substrings after accents and emoji', () => {
    const text = '👩‍💻 Développeuse : Accessibilité, Vue.js, C++ et Ruby  on\nRails.';
    const ranges = Object.fromEntries(
      extractSkills(text).map((match) => [match.name, match.ranges.map(([start, end]) => text.slice(start, end))]),
    );
    expect(ranges).toEqual({
      'Accessibilité numérique': ['Accessibilité'],
      'Vue.js': ['Vue.js'],
      'C++': ['C++'],
      'Ruby on Rails': ['Ruby  on\nRails'],
    });
  });

  it('orders skills by first occurrence and groups their ranges', () => {
    const text = 'Python, puis Django, puis Python 3 encore.';
    expect(extractSkills(text)).toEqual([
      { name: 'Python', kind: 'skill', ranges: [[0, 6], [26, 34]] },
      { name: 'Django', kind: 'skill', ranges: [[13, 19]] },
    ]);
  });

  it.each([
    ['a host name', 'Le code est sur https://github.com/betagouv/mes-aides-ui et www.figma.com.'],
    ['a file name', 'Voir index.html et app.py.'],
    ['a word', 'Pythonique, Javanaise, Dockerisé.'],
  ])('ignores names inside %s', (_, text) => {
    expect(extractSkills(text)).toEqual([]);
  });

  it('finds a name at the end of a sentence', () => {
    expect(names('Nous utilisons HTML. Et du CSS.')).toEqual(['HTML', 'CSS']);
  });
});

describe('Vite, the build tool, and "vite", the French adverb', () => {
  it.each([
    // The beta.gouv.fr postings' motto, at the head of a quotation, in a developer posting.
    ['L’exploration : « Vite un prototype pour tester une hypothèse avec des utilisateurs dès demain ! » Stack : React, TypeScript.', []],
    ['« Vite, un prototype pour tester une hypothèse » — développeur React', []],
    ['Vite des retours utilisateurs, en développeur front-end', []],
  ])('%s → no Vite', (text, expected) => {
    expect(names(text).filter((name) => name === 'Vite')).toEqual(expected);
  });

  it('still reads the build tool beside a front-end stack', () => {
    expect(names('Front-end : React, TypeScript, Vite et Vitest')).toContain('Vite');
  });
});
