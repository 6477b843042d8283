import { describe, expect, it } from 'vitest';
import { pageScriptRegistration } from '../../lib/page-script/page-script-registration';

describe('pageScriptRegistration', () => {
  it('registers the page script on the granted web origins only', () => {
    expect(pageScriptRegistration(['https://beta.gouv.fr/*', 'chrome-extension://abc/*', 'http://localhost:8080/*', '*://jobs.example.org/*'])).toEqual({
      id: 'vigie-page',
      matches: ['https://beta.gouv.fr/*', 'http://localhost:8080/*', '*://jobs.example.org/*'],
      js: ['/content-scripts/content.js'],
      css: ['/content-scripts/content.css'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  });

  it('registers nothing when no web origin is granted', () => {
    expect(pageScriptRegistration([])).toBeUndefined();
    expect(pageScriptRegistration(['moz-extension://abc/*'])).toBeUndefined();
  });
});
