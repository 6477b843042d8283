import { describe, expect, it } from 'vitest';
import type { ChangeScope } from '../../lib/messaging/change-signal';
import { dispatchMessage, type Handlers } from '../../lib/messaging/handlers';
import type { SenderInfo } from '../../lib/messaging/sender-policy';

const ID = 'vigieid';
const ORIGIN = `chrome-extension://${ID}/`;
const popup: SenderInfo = { id: ID, url: `${ORIGIN}popup.html` };
const contentScript: SenderInfo = { id: ID, url: 'https://jobs.example.org/offre/1', tab: { id: 4 } };

/** The handlers a test calls, recording what they were asked; the others are never reached. */
function setUp() {
  const asked: string[] = [];
  const signals: ChangeScope[] = [];
  const handlers = {
    saveFavorite: async (request: { offerId: string }) => {
      asked.push(`saveFavorite ${request.offerId}`);
      return true;
    },
    setFavoriteNote: async (request: { offerId: string }) => {
      asked.push(`setFavoriteNote ${request.offerId}`);
      return true;
    },
    getUnseen: async () => {
      asked.push('getUnseen');
      return ['a:1.md'];
    },
    hidePanelOnSite: async (_request: unknown, sender: SenderInfo) => {
      asked.push(`hidePanelOnSite ${sender.url}`);
      return true;
    },
    changeNoise: async () => {
      asked.push('changeNoise');
      return true;
    },
  } as unknown as Handlers;
  const receiver = {
    extensionId: ID,
    extensionOrigin: ORIGIN,
    signalChange: async (scope: ChangeScope) => void signals.push(scope),
    async whileChangingFirstScreen<T>(work: () => Promise<T>): Promise<T> {
      asked.push('first screen copy forgotten');
      const answer = await work();
      asked.push('first screen copy made');
      return answer;
    },
  };
  return { asked, signals, dispatch: (message: unknown, sender: SenderInfo) => dispatchMessage(handlers, message, sender, receiver) };
}

describe('dispatchMessage', () => {
  it('answers a message of Vigie’s pages, then says what changed', async () => {
    const { asked, signals, dispatch } = setUp();
    await expect(dispatch({ type: 'setFavoriteNote', offerId: 'a:1.md', note: 'Relancer lundi' }, popup)).resolves.toBe(true);
    expect(asked).toEqual(['setFavoriteNote a:1.md']);
    expect(signals).toEqual(['favorites']);
  });

  it('saves an offer while the first screen’s copy is kept right: the copy holds the saved offers', async () => {
    const { asked, signals, dispatch } = setUp();
    await expect(dispatch({ type: 'saveFavorite', offerId: 'a:1.md' }, popup)).resolves.toBe(true);
    expect(asked).toEqual(['first screen copy forgotten', 'saveFavorite a:1.md', 'first screen copy made']);
    expect(signals).toEqual(['favorites']);
  });

  it('runs a change to the popup’s first screen while its copy is kept right, and signals it once the copy is made', async () => {
    const { asked, signals, dispatch } = setUp();
    await expect(dispatch({ type: 'changeNoise', change: { action: 'hide', offerId: 'a:1.md', title: 'Développeur' } }, popup)).resolves.toBe(true);
    expect(asked).toEqual(['first screen copy forgotten', 'changeNoise', 'first screen copy made']);
    expect(signals).toEqual(['settings']);
  });

  it('leaves the first screen’s copy alone for a message that does not change that screen', async () => {
    const { asked, dispatch } = setUp();
    await dispatch({ type: 'setFavoriteNote', offerId: 'a:1.md', note: 'Relancer lundi' }, popup);
    expect(asked).toEqual(['setFavoriteNote a:1.md']);
  });

  it('signals nothing for a message that changes nothing', async () => {
    const { signals, dispatch } = setUp();
    await expect(dispatch({ type: 'getUnseen' }, popup)).resolves.toEqual(['a:1.md']);
    expect(signals).toEqual([]);
  });

  it('passes the sender to the page messages of a content script', async () => {
    const { asked, signals, dispatch } = setUp();
    await dispatch({ type: 'hidePanelOnSite' }, contentScript);
    expect(asked).toEqual(['hidePanelOnSite https://jobs.example.org/offre/1']);
    expect(signals).toEqual(['settings']);
  });

  it('leaves another extension’s messages to their receivers', () => {
    const { asked, dispatch } = setUp();
    expect(dispatch({ type: 'getUnseen' }, { ...popup, id: 'another-extension' })).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('refuses a malformed message and one its sender may not send, without calling a handler', async () => {
    const { asked, signals, dispatch } = setUp();
    await expect(dispatch({ type: 'saveFavorite' }, popup)).rejects.toThrow('unknown type or wrong shape');
    await expect(dispatch({ type: 'nope' }, popup)).rejects.toThrow('unknown type or wrong shape');
    await expect(dispatch({ type: 'saveFavorite', offerId: 'a:1.md' }, contentScript)).rejects.toThrow('refused from this sender');
    expect(asked).toEqual([]);
    expect(signals).toEqual([]);
  });
});
