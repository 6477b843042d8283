import { describe, expect, it } from 'vitest';
import { decodeEscapedMarkup, htmlAsBody } from '../../lib/postings/html-body';

describe('decodeEscapedMarkup', () => {
  it.each([
    ['escaped once (recorded answers)', '&lt;p&gt;Build &lt;strong&gt;Python&lt;/strong&gt; services.&lt;/p&gt;', '<p>Build <strong>Python</strong> services.</p>'],
    ['escaped twice (the documentation)', 'Intro. &amp;lt;p&amp;gt;Any HTML&amp;lt;/p&amp;gt;', 'Intro. <p>Any HTML</p>'],
    ['numeric escapes', '&#60;ul&#62;&#60;li&#62;Go&#60;/li&#62;&#60;/ul&#62;', '<ul><li>Go</li></ul>'],
    ['markup already', '<p>5 &lt; 6 &amp; 7 &gt; 6</p>', '<p>5 &lt; 6 &amp; 7 &gt; 6</p>'],
    ['plain text with a lone sign', 'Salary &lt; 50k, bonus', 'Salary &lt; 50k, bonus'],
    ['an escaped script: markup, for the sanitizer to remove', '&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
  ])('%s', (_name, content, expected) => {
    expect(decodeEscapedMarkup(content)).toBe(expected);
  });

  it('stops after three passes however deep the escaping', () => {
    const escapedFiveTimes = '&amp;amp;amp;amp;lt;p&amp;amp;amp;amp;gt;Hi';
    expect(decodeEscapedMarkup(escapedFiveTimes)).toBe('&amp;lt;p&amp;gt;Hi');
  });
});

describe('htmlAsBody', () => {
  it('keeps the description one HTML block: blank lines out, so no line is read as Markdown code', () => {
    expect(htmlAsBody('<p>One</p>\n\n    <p>Two</p>\n \n')).toBe('<div>\n<p>One</p>\n<p>Two</p>\n</div>');
  });

  it('gives an empty body for an empty description', () => {
    expect(htmlAsBody('  \n ')).toBe('');
  });
});
