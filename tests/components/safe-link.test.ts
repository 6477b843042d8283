import { describe, expect, it } from 'vitest';
import { safeHref } from '../../components/safe-link';

describe('links taken from postings', () => {
  it.each([
    ['https://beta.gouv.fr/recrutement/dev', 'https://beta.gouv.fr/recrutement/dev'],
    ['http://example.org/job', 'http://example.org/job'],
    ['mailto:jobs@example.org', 'mailto:jobs@example.org'],
  ])('keeps the web or mail link %s', (value, href) => {
    expect(safeHref(value)).toBe(href);
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', '/relative/path', 'not a url', '', undefined])(
    'drops %s',
    (value) => {
      expect(safeHref(value)).toBeUndefined();
    },
  );
});
