import type { PageOfferState } from '../../lib/page/page-context';
import type { PagePanel, PanelActions, PanelState } from '../../lib/page-script/page-panel-model';
import { PANEL_TAG_NAME } from '../../lib/page/panel-tag';
import { matchCountLabel, matchPercent } from '../match-label';
import { PANEL_STYLES } from './panel-styles';
// A type only: the content script bundles no Preact.
import type { Translate } from '../i18n';

export const PANEL_TAG = PANEL_TAG_NAME.toLowerCase();
// Below this width the panel starts folded to a corner button: it must not hide the posting.
const SMALL_SCREEN = '(max-width: 600px)';

/**
 * The panel, in a closed shadow root: the page's scripts get the empty host element and
 * nothing else (no shadowRoot, no text, no attribute), and its styles do not reach inside.
 * Plain DOM rather than Preact: this runs on every posting page, in a script kept small.
 * The host is created in an inert document and given its shadow root before it joins the
 * page, so a page that defined its own <vigie-panel> cannot attach a shadow root first.
 */
export function createPagePanel(doc: Document, t: Translate, actions: PanelActions): PagePanel {
  const host = doc.implementation.createHTMLDocument('').createElement(PANEL_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const view = doc.defaultView;
  const collapsed = view?.matchMedia?.(SMALL_SCREEN).matches ?? false;
  // A fixed template with no posting or user text in it: the text goes in later through textContent.
  root.innerHTML = `<style>${PANEL_STYLES}</style>
<aside class="panel" data-expanded="${!collapsed}">
  <div class="bar">
    <button type="button" class="toggle" aria-expanded="${!collapsed}" aria-controls="body">
      <span class="logo" aria-hidden="true">V</span><span class="name"></span><span class="chip"></span>
    </button>
    <button type="button" class="close"><span aria-hidden="true">×</span></button>
  </div>
  <div id="body" class="body">
    <p class="score"></p>
    <p class="status"></p>
    <h2 class="matched-title"></h2><ul class="skills matched"></ul>
    <h2 class="missing-title"></h2><ul class="skills missing"></ul>
    <div class="actions"><button type="button" class="save primary"></button><button type="button" class="hide"></button></div>
    <p class="live" role="status"></p>
  </div>
</aside>`;
  const part = <T extends Element>(selector: string) => root.querySelector(selector) as T;
  const panel = part<HTMLElement>('.panel');
  const toggle = part<HTMLButtonElement>('.toggle');
  const save = part<HTMLButtonElement>('.save');
  panel.setAttribute('aria-label', t('panelLabel'));
  part('.name').textContent = 'Vigie';
  part<HTMLButtonElement>('.close').setAttribute('aria-label', t('panelClose'));
  part('.hide').textContent = t('panelHideOnSite');

  const setExpanded = (expanded: boolean) => {
    panel.dataset.expanded = String(expanded);
    toggle.setAttribute('aria-expanded', String(expanded));
  };
  toggle.addEventListener('click', () => setExpanded(toggle.getAttribute('aria-expanded') !== 'true'));
  part('.close').addEventListener('click', () => actions.close());
  part('.hide').addEventListener('click', () => actions.hideOnSite());
  save.addEventListener('click', () => actions.save());
  root.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key !== 'Escape') return;
    setExpanded(false);
    toggle.focus();
  });
  doc.body.append(host);

  return {
    update(state) {
      render(root, t, state);
    },
    reveal() {
      // On a small screen the user unfolds it: folded, it covers nothing of the posting.
      if (!(view?.matchMedia?.(SMALL_SCREEN).matches ?? false)) setExpanded(true);
      toggle.focus();
    },
    destroy() {
      host.remove();
    },
  };
}

function render(root: ShadowRoot, t: Translate, state: PanelState): void {
  const part = <T extends Element>(selector: string) => root.querySelector(selector) as T;
  const { match, offer } = state;
  const percent = matchPercent(match);
  part('.chip').textContent = percent === undefined ? '' : t('panelPercent', [percent]);
  part<HTMLButtonElement>('.toggle').setAttribute('aria-label', percent === undefined ? t('panelToggleNoScore') : t('panelToggle', [percent]));
  part('.score').textContent = percent === undefined ? t('panelNoSkills') : t('panelScore', [percent, matchCountLabel(t, match!)]);
  part('.status').textContent = offer ? describeOffer(t, offer) : t('panelUnknownPage');
  fillList(part('.matched'), part('.matched-title'), t('panelMatched', [String(match?.matched.length ?? 0)]), match?.matched ?? []);
  fillList(part('.missing'), part('.missing-title'), t('panelMissing', [String(match?.missing.length ?? 0)]), match?.missing ?? []);
  const save = part<HTMLButtonElement>('.save');
  const saved = offer?.saved === true;
  save.textContent = saved ? t('panelSaved') : state.saving ? t('panelSaving') : t('panelSave');
  save.disabled = saved || state.saving;
  save.setAttribute('aria-pressed', String(saved));
  part('.live').textContent = state.failed ? t('panelSaveFailed') : saved ? t('panelSavedAnnounce') : '';
}

function describeOffer(t: Translate, offer: PageOfferState): string {
  const parts = [offer.known ? t('panelKnown') : t('panelFromPage')];
  if (offer.status !== 'unknown') parts.push(t(offer.status === 'open' ? 'panelOpen' : 'panelClosed'));
  if (offer.saved && offer.stage) parts.push(t('panelStage', [t(`stage_${offer.stage}`)]));
  return parts.join(' · ');
}

function fillList(list: Element, title: Element, heading: string, skills: string[]): void {
  title.textContent = heading;
  const items = skills.map((skill) => {
    const item = list.ownerDocument.createElement('li');
    item.textContent = skill;
    return item;
  });
  list.replaceChildren(...items);
  (title as HTMLElement).hidden = skills.length === 0;
  (list as HTMLElement).hidden = skills.length === 0;
}
