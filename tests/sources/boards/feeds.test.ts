import { describe, expect, it } from 'vitest';
import { fixtureText, html, xml } from '../../support/board-hosts';
import { readBoard } from '../../support/read-board';

describe('RSS 2.0 and Atom job feeds', () => {
  it('reads RSS items as postings: title, link, date, HTML description, category', async () => {
    const { offers } = await readBoard('https://emplois.example.gouv.fr/offres/rss', xml(fixtureText('feed-rss.xml')));
    expect(offers.map((offer) => offer.path)).toEqual(['https://emplois.example.gouv.fr/offre-emploi/2026-1234567', 'https://emplois.example.gouv.fr/offre-emploi/2026-1234999']);
    expect(offers[0]).toMatchObject({
      title: 'Chargé ou chargée de mission numérique (H/F)',
      url: 'https://emplois.example.gouv.fr/offre-emploi/2026-1234567',
      postedAt: '2026-11-23',
      location: 'Rennes',
      tags: ["Systèmes et réseaux d'information et de communication"],
    });
    expect(offers[0]?.body).toContain('<p>Direction départementale des territoires, poste basé à Rennes.</p>');
    // The description was escaped in the XML, the second one in CDATA: both arrive as markup.
    expect(offers[1]).toMatchObject({ contract: 'CDD', location: 'Toulouse', postedAt: '2026-11-24', language: 'fr' });
    expect(offers[1]?.body).toContain("<p>Laboratoire départemental d'analyses");
  });

  it('reads Atom entries: the alternate link, publication date, HTML summary', async () => {
    const { offers } = await readBoard('https://coop.example.org/emplois/atom.xml', xml(fixtureText('feed-atom.xml')));
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({
      path: 'https://coop.example.org/emplois/elixir-alternance',
      title: 'Développeur·se Elixir en alternance',
      url: 'https://coop.example.org/emplois/elixir-alternance',
      postedAt: '2026-11-20',
      contract: 'apprenticeship',
      location: 'Lille',
      tags: ['Technique'],
      language: 'fr',
    });
  });

  it('reads a deadline written in an item\'s description, and keeps the posting open: the feed still lists it', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Offres</title>
      <item><title>Chargée de projet</title><link>https://example.org/1</link>
      <description>&lt;p&gt;Date limite de candidature : 15 novembre 2026.&lt;/p&gt;</description></item></channel></rss>`;
    const { offers } = await readBoard('https://example.org/jobs.rss', xml(feed));
    expect(offers[0]).toMatchObject({ deadline: '2026-11-15', status: 'open' });
  });

  it('keeps apart two items of the same title that have no guid nor link, under ids that hold from one sync to the next', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Offres</title>
      <item><title>Infirmier (H/F)</title><pubDate>Mon, 23 Nov 2026 09:00:00 GMT</pubDate><description>Service de pédiatrie, Nantes.</description></item>
      <item><title>Infirmier (H/F)</title><pubDate>Mon, 23 Nov 2026 09:00:00 GMT</pubDate><description>Service des urgences, Angers.</description></item>
      </channel></rss>`;
    const first = await readBoard('https://example.org/jobs.rss', xml(feed));
    const again = await readBoard('https://example.org/jobs.rss', xml(feed));
    expect(first.offers.map((offer) => offer.body.includes('urgences'))).toEqual([false, true]);
    expect(new Set(first.offers.map((offer) => offer.path)).size).toBe(2);
    expect(again.offers.map((offer) => offer.path)).toEqual(first.offers.map((offer) => offer.path));
  });

  it.each([
    ['an HTML page', html(fixtureText('html-error-page.html')), 'html-page'],
    ['broken XML', xml('<rss><channel><item><title>Cut'), 'not-xml'],
    ['XML that is no feed', xml('<?xml version="1.0"?><sitemap><url/></sitemap>'), 'wrong-shape'],
  ])('fails on %s', async (_name, reply, reason) => {
    expect((await readBoard('https://example.org/jobs.rss', reply)).listing).toMatchObject({ ok: false, failure: { kind: 'unexpected-answer', reason } });
  });

  it('does not expand entities without bound (billion laughs)', async () => {
    const laughs = Array.from({ length: 9 }, (_, level) => `<!ENTITY l${level + 1} "${`&l${level};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "ha">${laughs}]><rss><channel><item><title>&l9;</title></item></channel></rss>`;
    const { listing, offers } = await readBoard('https://example.org/jobs.rss', xml(bomb));
    expect(listing.ok ? offers.every((offer) => offer.title.length < 100_000) : listing.failure.kind).toBeTruthy();
  });
});
