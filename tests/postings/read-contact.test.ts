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
    { case: 'an apply link inside a javascript: payload', declared: [], body: "[Postuler](javascript:fetch('https://evil.example/apply?x=(1)'))", contact: undefined },
    { case: 'an address inside a javascript: payload', declared: [], body: "[écrire](javascript:location='mailto:pirate@evil.example')", contact: undefined },
    { case: 'an address in an HTML javascript: link', declared: [], body: '<a href="javascript:void(\'rh@evil.example\')">Candidater</a>', contact: undefined },
    { case: 'a javascript: reference definition', declared: [], body: 'Pour [postuler][form].\n\n[form]: javascript:open("https://forms.gle/evil")', contact: undefined },
    { case: 'a javascript: autolink', declared: [], body: 'Postulez : <javascript:alert("https://airtable.com/shrEvil")>', contact: undefined },
    { case: 'the real link after a javascript: one', declared: [], body: "[Postuler](javascript:alert('a@evil.example')) ou [postuler ici](https://airtable.com/shrGood)", contact: 'https://airtable.com/shrGood' },
    { case: 'a plain address beside a script link', declared: [], body: '[x](javascript:alert(1)) Écrivez à jobs@coop.fr.', contact: 'mailto:jobs@coop.fr' },
    { case: 'nothing', declared: [], body: 'Suivez-nous sur @twitter.', contact: undefined },
  ])('reads $case', ({ declared, body, contact }) => {
    expect(readContact(declared, body)).toBe(contact);
  });
});
