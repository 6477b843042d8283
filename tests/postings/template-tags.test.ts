import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePostingAt } from '../../lib/postings/parse-posting';
import { removeTemplateTags } from '../../lib/postings/template-tags';

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));
const noPage = () => undefined;

describe('removeTemplateTags', () => {
  it.each([
    ['a comment block with its notes', 'Avant\n{% comment ----- %}\nNote for editors: leave {% include x.html %}\n{% endcomment ----- %}\nAprès', 'Avant\n\nAprès'],
    ['a one-line comment', 'A {% comment %}🔻🔻{% endcomment %}B', 'A B'],
    ['an include with arguments', 'Pay: {% include job/salary_range.html min="" max="" %}.', 'Pay: .'],
    ['a link tag inside a Markdown link', '[benefits]({% link pages/benefits.md %})', '[benefits]()'],
    ['an unknown output', 'Hello {{ site.name | upcase }}!', 'Hello !'],
    ['a comment left open: its tags only', 'A {% comment %} B {% include c.html %} C', 'A  B  C'],
    ['braces that are no tags', 'Le code { x: 1 } et 100 % remote', 'Le code { x: 1 } et 100 % remote'],
  ])('removes %s', (_, body, expected) => {
    expect(removeTemplateTags(body, noPage)).toBe(expected);
  });

  it("puts the front matter's text for {{ page.KEY }}, nothing for a key it lacks", () => {
    const page = (key: string) => ({ title: 'FedRAMP Security Director' })[key];
    expect(removeTemplateTags('**Job title:** {{ page.title }} / {{page.grade}}', page)).toBe('**Job title:** FedRAMP Security Director / ');
  });

  // At this size a lazy pattern (each opener searching the rest for its closer) would outlast the test's timeout.
  it('keeps a text of openers without closers and of unclosed tags', () => {
    const hostile = '{% comment %}'.repeat(20_000) + '{%'.repeat(50_000) + '{{ page.'.repeat(20_000);
    expect(removeTemplateTags(hostile, noPage)).toBe('{%'.repeat(50_000) + '{{ page.'.repeat(20_000));
  });
});

describe("a Jekyll site's posting", () => {
  it('reads and shows no template code, and its job title as the site shows it', () => {
    const name = 'FedRAMP-Security-Director.md';
    const offer = parsePostingAt(readFileSync(`${FIXTURES}18F+join.tts.gsa.gov-jobs/${name}`), { path: name, sourceId: 'gsa' }, new Date('2024-08-30T12:00:00Z'));
    expect(offer.body).not.toMatch(/\{%|%\}|\{\{|\}\}/);
    expect(offer.body).not.toContain('If you want to include a closed/upcoming/open alert');
    expect(offer.body).toContain('**Job title:** TTS Office of Solutions: FedRAMP Security Director');
    expect(offer.body).toContain('**Official title in USAJOBS:** Supervisory IT Specialist INFOSEC');
  });
});
