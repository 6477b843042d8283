import { describe, expect, it } from 'vitest';
import { readContact } from '../../lib/postings/read-contact';

describe('readContact', () => {
  it.each([
    { case: 'a contact key', declared: ['contact@covoiturage.beta.gouv.fr'], body: '', contact: 'mailto:contact@covoiturage.beta.gouv.fr' },
    { case: 'a mailto: contact key', declared: ['mailto:a@b.fr'], body: '', contact: 'mailto:a@b.fr' },
    { case: 'a URL contact key', declared: ['https://forms.gle/abc'], body: '', contact: 'https://forms.gle/abc' },
    { case: 'a beta.gouv.fr user name, then the body', declared: ['arthur.hatchuel'], body: 'Écrivez à arthur@dossierfacile.fr.', contact: 'mailto:arthur@dossierfacile.fr' },
    { case: 'a Markdown mailto link', declared: [], body: '📥 [**contact@multi.coop**](mailto:contact@multi.coop)', contact: 'mailto:contact@multi.coop' },
    { case: 'an HTML mailto link', declared: [], body: '<a href="mailto:candidatures@data.gouv.fr">candidatures@data.gouv.fr</a>.', contact: 'mailto:candidatures@data.gouv.fr' },
    { case: 'an address in code', declared: [], body: "à l'adresse `candidatures-DINUM@pm.gouv.fr`.", contact: 'mailto:candidatures-DINUM@pm.gouv.fr' },
    { case: 'an application form', declared: [], body: 'Pour [postuler](https://airtable.com/shrXYZ), cliquez.', contact: 'https://airtable.com/shrXYZ' },
    { case: 'a bare form address after a heading', declared: [], body: '## Candidater :\n\nEnvoyez nous CV via le formulaire : https://airtable.com/shr5005Oj0lXyygN2', contact: 'https://airtable.com/shr5005Oj0lXyygN2' },
    { case: 'a link in a sentence about applying', declared: [], body: "Les candidatures se font [via la Place de l'emploi publique](https://place-emploi-public.gouv.fr/offre-emploi/x/) :", contact: 'https://place-emploi-public.gouv.fr/offre-emploi/x/' },
    { case: 'other links', declared: [], body: "[Détail de l'annonce](https://gist.github.com/x). Voir https://beta.gouv.fr/.", contact: undefined },
    { case: 'a javascript: link', declared: ['javascript:alert(1)'], body: '[postuler](javascript:alert(1))', contact: undefined },
    { case: 'nothing', declared: [], body: 'Suivez-nous sur @twitter.', contact: undefined },
  ])('reads $case', ({ declared, body, contact }) => {
    expect(readContact(declared, body)).toBe(contact);
  });
});
