import { describe, expect, it } from 'vitest';
import { validators, type MessageType } from '../../lib/messaging/protocol';
import { CONTENT_SCRIPT_MESSAGES, mayHandle, senderKind, type SenderInfo } from '../../lib/messaging/sender-policy';

const ID = 'vigieid';
const ORIGIN = `chrome-extension://${ID}/`;
const ALL = Object.keys(validators) as MessageType[];

const popup: SenderInfo = { id: ID, url: `${ORIGIN}popup.html` };
const optionsInTab: SenderInfo = { id: ID, url: `${ORIGIN}options.html`, tab: { id: 3 } };
const contentScript: SenderInfo = { id: ID, url: 'https://jobs.example.org/offre/1', tab: { id: 4 } };

describe('sender policy', () => {
  it('tells Vigie’s pages from its content scripts, and refuses the rest', () => {
    expect(senderKind(popup, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind(optionsInTab, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind(contentScript, ID, ORIGIN)).toBe('content-script');
    expect(senderKind({ ...contentScript, id: 'another-extension' }, ID, ORIGIN)).toBeUndefined();
    expect(senderKind({ ...popup, id: 'another-extension' }, ID, ORIGIN)).toBeUndefined();
    expect(senderKind({ id: ID, url: 'https://jobs.example.org/' }, ID, ORIGIN)).toBeUndefined();
    expect(senderKind({ id: ID, url: 'file:///etc/passwd', tab: {} }, ID, ORIGIN)).toBeUndefined();
    expect(senderKind({ id: ID, tab: {} }, ID, ORIGIN)).toBeUndefined();
  });

  it('lets a content script send the page messages only', () => {
    const allowed = ALL.filter((type) => mayHandle(type, contentScript, ID, ORIGIN));
    expect(allowed.sort()).toEqual(['getPageContext', 'hidePanelOnSite', 'saveFromPage', 'setPanelFolded']);
  });

  it.each(['sync', 'updateSettings', 'getSettings', 'exportData', 'importData', 'addSource', 'removeSource', 'saveFavorite', 'showOnTab'] as const)(
    'never lets a content script send %s',
    (type) => {
      expect(mayHandle(type, contentScript, ID, ORIGIN)).toBe(false);
    },
  );

  it('lets Vigie’s pages send everything but the page messages, which need a page', () => {
    for (const type of ALL) expect(mayHandle(type, popup, ID, ORIGIN)).toBe(!CONTENT_SCRIPT_MESSAGES.has(type));
  });

  it('answers nothing to another extension', () => {
    for (const type of ALL) expect(mayHandle(type, { ...contentScript, id: 'x' }, ID, ORIGIN)).toBe(false);
  });
});

describe('page message validators', () => {
  const posting = { title: 'Dev', employmentTypes: [], telecommute: false, description: '', skills: [] };

  it('accepts a page URL and an optional posting', () => {
    expect(validators.getPageContext({ type: 'getPageContext', url: 'https://a.org/x', declared: 0 })).toBe(true);
    expect(validators.saveFromPage({ type: 'saveFromPage', url: 'https://a.org/x', posting })).toBe(true);
  });

  it.each([
    ['another scheme', { url: 'javascript:alert(1)' }],
    ['an extra field', { url: 'https://a.org/', offerId: 'src:x' }],
    ['a posting with an extra field', { url: 'https://a.org/', posting: { ...posting, id: 'x' } }],
    ['a posting without a title', { url: 'https://a.org/', posting: { ...posting, title: ' ' } }],
    ['a posting too long', { url: 'https://a.org/', posting: { ...posting, description: 'x'.repeat(100_001) } }],
    ['a salary of the wrong shape', { url: 'https://a.org/', posting: { ...posting, salary: { min: -1, unit: 'year', currency: 'EUR', text: '' } } }],
  ])('refuses %s', (_name, fields) => {
    expect(validators.saveFromPage({ type: 'saveFromPage', ...fields })).toBe(false);
  });

  it('takes no site from a content script: the worker uses the sender’s', () => {
    expect(validators.hidePanelOnSite({ type: 'hidePanelOnSite', site: 'evil.example' })).toBe(false);
  });

  it('folds the panel with a boolean and nothing else: no settings through this door', () => {
    expect(validators.setPanelFolded({ type: 'setPanelFolded', folded: true })).toBe(true);
    expect(validators.setPanelFolded({ type: 'setPanelFolded', folded: 'yes' })).toBe(false);
    expect(validators.setPanelFolded({ type: 'setPanelFolded', folded: false, patch: { mySkills: [] } })).toBe(false);
  });

  it('takes how many postings a page declares as a count', () => {
    expect(validators.getPageContext({ type: 'getPageContext', url: 'https://a.org/', declared: 3 })).toBe(true);
    expect(validators.getPageContext({ type: 'getPageContext', url: 'https://a.org/', declared: -1 })).toBe(false);
    expect(validators.getPageContext({ type: 'getPageContext', url: 'https://a.org/', declared: 1.5 })).toBe(false);
    expect(validators.getPageContext({ type: 'getPageContext', url: 'https://a.org/' })).toBe(false);
  });
});
