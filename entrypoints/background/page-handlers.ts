import { browser } from '#imports';
import type { Handlers } from '../../lib/messaging/handlers';
import type { SenderInfo } from '../../lib/messaging/sender-policy';
import { createPageStore } from '../../lib/page/page-store';
import { commandTab } from './page-scripts';
import { refreshDuplicates } from '../../lib/duplicates/duplicates-store';
import type { BackgroundServices } from './services';

type PageHandlers = Pick<Handlers, 'getPageContext' | 'saveFromPage' | 'hidePanelOnSite' | 'setPanelFolded' | 'showOnTab' | 'getPostingOrigins'>;

export function createPageHandlers(services: BackgroundServices): PageHandlers {
  // The panel names skills in the interface's language: the language of the messages the browser picked.
  const store = createPageStore(services.db, browser.i18n.getMessage('uiLanguage'), {
    impliedBy: (skill, by) => browser.i18n.getMessage('skillImpliedBy', [skill, by]),
    heldThrough: (mine) => browser.i18n.getMessage('mySkillThrough', [mine]),
    oneOf: (members) => browser.i18n.getMessage('skillOneOf', [members]),
  });
  return {
    getPageContext: (request, sender) => store.context(pageUrl(request.url, sender), request.posting, sender.url, request.declared),
    async saveFromPage(request, sender) {
      const saved = await store.save(pageUrl(request.url, sender), request.posting, sender.url);
      // A page saved while browsing may be a posting a source lists: one posting, one saved entry.
      await refreshDuplicates(services.db);
      return saved;
    },
    hidePanelOnSite: (_request, sender) => store.hideSite(new URL(sender.url ?? '').host.toLowerCase()),
    setPanelFolded: (request) => store.setFolded(request.folded),
    showOnTab: (request) => commandTab(request.tabId, 'vigie:show'),
    getPostingOrigins: () => store.postingOrigins(),
  };
}

/** The page a content script speaks for: the URL it gives (its canonical link) must be of its own origin. */
function pageUrl(url: string, sender: SenderInfo): string {
  if (sender.url === undefined || new URL(url).origin !== new URL(sender.url).origin) {
    throw new Error('Vigie: a page may only ask about its own site');
  }
  return url;
}
