// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isJobPosting } from '../../lib/page/job-posting';
import { readJobPostings } from '../../lib/page/read-job-posting';

function withJsonLd(...blocks: string[]): Document {
  // As pages write it: "</" escaped, or the first "</script>" in a string would end the block.
  document.head.innerHTML = blocks.map((block) => `<script type="application/ld+json">${block.replaceAll('</', '<\\/')}</script>`).join('');
  document.body.innerHTML = '<h1>Une page</h1>';
  return document;
}

const POSTING = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Développeuse &amp; développeur Python',
  hiringOrganization: { '@type': 'Organization', name: 'Coopérative Exemple' },
  jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Lyon', addressCountry: 'FR' } },
  employmentType: ['FULL_TIME', 'CONTRACTOR'],
  jobLocationType: 'TELECOMMUTE',
  datePosted: '2024-03-01T09:00:00+01:00',
  validThrough: '2024-04-30',
  description: '<p>Vous travaillerez en <strong>Python</strong> et Django.</p><ul><li>PostgreSQL</li><li>Docker</li></ul><script>alert(1)</script>',
  baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 45000, maxValue: '55 000', unitText: 'YEAR' } },
  skills: 'Python, Django',
};

describe('readJobPostings', () => {
  it('reads a JobPosting’s fields, the description and names as declared (the worker reads their markup)', () => {
    const [posting] = readJobPostings(withJsonLd(JSON.stringify(POSTING)));
    expect(posting).toEqual({
      title: 'Développeuse &amp; développeur Python',
      organization: 'Coopérative Exemple',
      location: 'Lyon, FR',
      employmentTypes: ['FULL_TIME', 'CONTRACTOR'],
      telecommute: true,
      datePosted: '2024-03-01T09:00:00+01:00',
      validThrough: '2024-04-30',
      description: POSTING.description,
      salary: { min: 45000, max: 55000, unit: 'year', currency: 'EUR', text: '45000–55000 EUR / year' },
      skills: ['Python', 'Django'],
    });
    expect(isJobPosting(posting)).toBe(true);
  });

  it('reads the posting’s identifier: a PropertyValue’s value, a text, or the first of a list', () => {
    const identifierOf = (identifier: unknown) => readJobPostings(withJsonLd(JSON.stringify({ ...POSTING, identifier })))[0]!.identifier;
    // As Google's guide for job postings writes it.
    expect(identifierOf({ '@type': 'PropertyValue', name: 'Coopérative Exemple', value: ' 1234567 ' })).toBe('1234567');
    expect(identifierOf('REF-2024-07')).toBe('REF-2024-07');
    expect(identifierOf([{ '@type': 'PropertyValue', name: 'Réf.', value: { '@value': 'A-12' } }, 'B-13'])).toBe('A-12');
    expect(identifierOf({ '@type': 'PropertyValue', name: 'Réf.' })).toBeUndefined();
    expect(identifierOf(undefined)).toBeUndefined();
    const long = readJobPostings(withJsonLd(JSON.stringify({ ...POSTING, identifier: 'x'.repeat(5_000) })))[0]!;
    expect(long.identifier).toHaveLength(300);
    expect(isJobPosting(long)).toBe(true);
    expect(isJobPosting({ ...long, identifier: 'x'.repeat(301) })).toBe(false);
    expect(isJobPosting({ ...long, identifier: { value: '1' } })).toBe(false);
  });

  it('skips a broken block and reads the others', () => {
    const postings = readJobPostings(withJsonLd('{ "@type": "JobPosting", "title": ', JSON.stringify({ ...POSTING, title: 'Designer' })));
    expect(postings.map((posting) => posting.title)).toEqual(['Designer']);
  });

  it('repairs what real sites get wrong: raw line breaks, trailing commas, CDATA', () => {
    const broken = `/*<![CDATA[*/ { "@type": "JobPosting", "title": "Data engineer", "description": "Ligne un
ligne deux", "employmentType": ["CDI",], } /*]]>*/`;
    const [posting] = readJobPostings(withJsonLd(broken));
    expect(posting).toMatchObject({ title: 'Data engineer', description: 'Ligne un ligne deux', employmentTypes: ['CDI'] });
    expect(isJobPosting(posting)).toBe(true);
  });

  it('reads several postings, in arrays, in @graph and nested', () => {
    const doc = withJsonLd(
      JSON.stringify([{ '@type': 'Organization', name: 'X' }, { ...POSTING, title: 'Un' }]),
      JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { ...POSTING, title: 'Deux' }, { ...POSTING, title: 'Trois' }] }),
      JSON.stringify({ '@type': 'WebPage', mainEntity: { ...POSTING, title: 'Quatre' } }),
    );
    expect(readJobPostings(doc).map((posting) => posting.title)).toEqual(['Un', 'Deux', 'Trois', 'Quatre']);
  });

  it('accepts arrays of types and full type IRIs', () => {
    const doc = withJsonLd(
      JSON.stringify({ ...POSTING, '@type': ['Thing', 'JobPosting'], title: 'Array' }),
      JSON.stringify({ ...POSTING, '@type': 'http://schema.org/JobPosting', title: 'IRI' }),
      JSON.stringify({ ...POSTING, '@type': 'JobPostingDraft', title: 'Not one' }),
    );
    expect(readJobPostings(doc).map((posting) => posting.title)).toEqual(['Array', 'IRI']);
  });

  it('reads the forms values take: strings, lists, value objects, a figure as the salary', () => {
    const [posting] = readJobPostings(withJsonLd(JSON.stringify({
      '@type': 'JobPosting',
      name: { '@value': 'Chargée de mission', '@language': 'fr' },
      hiringOrganization: 'Mairie',
      jobLocation: [{ address: { addressLocality: 'Paris' } }, { address: { addressRegion: 'Bretagne', addressCountry: { name: 'France' } } }],
      employmentType: 'TEMPORARY',
      description: '&lt;p&gt;Échappé deux fois&lt;/p&gt;&lt;p&gt;Deuxième&lt;/p&gt;',
      baseSalary: { currency: 'eur', value: 2500, unitText: 'MONTH' },
      skills: [{ '@type': 'DefinedTerm', name: 'Figma' }, 'Miro'],
    })));
    expect(posting).toEqual({
      title: 'Chargée de mission',
      organization: 'Mairie',
      location: 'Paris ; Bretagne, France',
      employmentTypes: ['TEMPORARY'],
      telecommute: false,
      datePosted: undefined,
      validThrough: undefined,
      description: '&lt;p&gt;Échappé deux fois&lt;/p&gt;&lt;p&gt;Deuxième&lt;/p&gt;',
      salary: { min: 2500, max: 2500, unit: 'month', currency: 'EUR', text: '2500 EUR / month' },
      skills: ['Figma', 'Miro'],
    });
  });

  it('ignores postings without a title, and pages without JSON-LD', () => {
    expect(readJobPostings(withJsonLd(JSON.stringify({ '@type': 'JobPosting', description: 'x' })))).toEqual([]);
    document.head.innerHTML = '';
    expect(readJobPostings(document)).toEqual([]);
  });

  it('keeps a hostile block bounded', () => {
    let deep: unknown = { ...POSTING, title: 'Trop profond' };
    for (let level = 0; level < 50; level++) deep = { child: deep };
    expect(readJobPostings(withJsonLd(JSON.stringify(deep)))).toEqual([]);
    const [posting] = readJobPostings(withJsonLd(JSON.stringify({ ...POSTING, title: 'x'.repeat(5000), description: 'y'.repeat(200_000) })));
    expect(posting!.description).toHaveLength(100_000);
    expect(isJobPosting(posting)).toBe(true);
    expect(isJobPosting({ ...posting, description: 'y'.repeat(100_001) })).toBe(false);
  });
});
