import type { PageOfferState } from '../../lib/page/page-context';
import type { PagePanel, PanelActions, PanelState } from '../../lib/page-script/page-panel-model';
import { dockedWidth } from '../../lib/page/docked-width';
import { makeRoom, roomToMake } from '../../lib/page/make-room';
import { PANEL_TAG_NAME } from '../../lib/page/panel-tag';
import { textColumnEnd } from '../../lib/page/text-column-end';
import { matchCountLabel, matchPercent } from '../match-label';
import PANEL_STYLES from './panel.css?inline';
// A type only: the content script bundles no Preact.
import type { Translate } from '../i18n';

export const PANEL_TAG = PANEL_TAG_NAME.toLowerCase();

/**
 * The panel, in a closed shadow root: the page's scripts get the empty host element and
 * nothing else (no shadowRoot, no text, no attribute), and its styles do not reach inside.
 * Plain DOM rather than Preact: this runs on every posting page, in a script kept small.
 * The host is created in an inert document and given its shadow root before it joins the
 * page, so a page that defined its own <vigie-panel> cannot attach a shadow root first.
 *
 * It never covers the page's text by itself: unfolded, it docks in the margin right of the
 * text column when there is room (panel-styles.ts), else narrows the page to make room
 * (lib/page/make-room.ts, undone when it folds or closes), else it waits folded to a tab on the
 * window's edge, until the user unfolds it. Folding is remembered (`actions.fold`).
 */
export function createPagePanel(doc: Document, t: Translate, actions: PanelActions, folded: boolean): PagePanel {
  const host = doc.implementation.createHTMLDocument('').createElement(PANEL_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const view = doc.defaultView;
  // A fixed template with no posting or user text in it: the text goes in later through textContent.
  // Lines not indented: the page script would carry the indentation.
  root.innerHTML = `<style>${PANEL_STYLES}</style>
<aside class="panel">
<div class="bar">
<button class="toggle" aria-controls="body"><span class="logo" aria-hidden="true">V</span><span class="name"></span><span class="chip"></span></button>
<button class="close"><span aria-hidden="true">×</span></button>
</div>
<div id="body" class="body">
<p class="score"></p>
<p class="status"></p>
<h2 class="matched-title"></h2><ul class="skills matched"></ul>
<h2 class="missing-title"></h2><ul class="skills missing"></ul>
<p class="live" role="status"></p>
</div>
<div class="actions"><button class="save primary"></button><button class="hide"></button></div>
</aside>`;
  const part: Part = (selector) => root.querySelector(selector)!;
  const panel = part('.panel');
  const toggle = part<HTMLButtonElement>('.toggle');
  panel.setAttribute('aria-label', t('panelLabel'));
  part('.name').textContent = 'Vigie';
  part('.close').setAttribute('aria-label', t('panelClose'));
  part('.hide').textContent = t('panelHideOnSite');

  let expanded = !folded;
  let returnFocus: HTMLElement | undefined;
  let giveRoomBack = () => {};
  const room = () => dockedWidth(doc.documentElement.clientWidth, textColumnEnd(doc));
  // Docked in the page's margin, else in room made by narrowing the page, if the text then leaves it free.
  const dock = () => {
    giveRoomBack();
    const margin = room();
    if (margin !== undefined) return margin;
    const made = roomToMake(doc.documentElement.clientWidth);
    if (made === undefined) return undefined;
    giveRoomBack = makeRoom(doc, made);
    if ((room() ?? 0) >= made) return made;
    giveRoomBack();
    return undefined;
  };
  const place = (width = expanded ? dock() : undefined) => {
    if (!expanded) giveRoomBack();
    // Unfolded by the user where it can neither dock nor make room (a narrow window), it opens over the page.
    panel.dataset.mode = !expanded ? 'tab' : width === undefined ? 'open' : 'docked';
    panel.style.width = expanded && width !== undefined ? `${width}px` : '';
    toggle.setAttribute('aria-expanded', String(expanded));
  };
  const setExpanded = (value: boolean) => {
    expanded = value;
    place();
  };
  // By itself it unfolds only where it can dock.
  const initialWidth = expanded ? dock() : undefined;
  expanded &&= initialWidth !== undefined;
  place(initialWidth);

  const listening = new AbortController();
  let placing = 0;
  view?.addEventListener('resize', () => {
    cancelAnimationFrame(placing);
    placing = requestAnimationFrame(() => place());
  }, { signal: listening.signal });
  toggle.addEventListener('click', () => {
    setExpanded(!expanded);
    actions.fold(!expanded);
  });
  part('.close').addEventListener('click', () => actions.close());
  part('.hide').addEventListener('click', () => actions.hideOnSite());
  part('.save').addEventListener('click', () => actions.save());
  root.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape') actions.close();
  });
  doc.body.append(host);

  return {
    update(state) {
      render(part, t, state);
    },
    reveal() {
      const focused = doc.activeElement as HTMLElement | null;
      if (focused && focused !== host && focused !== doc.body) returnFocus = focused;
      setExpanded(true);
      toggle.focus();
    },
    destroy() {
      const hadFocus = doc.activeElement === host;
      listening.abort();
      cancelAnimationFrame(placing);
      giveRoomBack();
      host.remove();
      // Back where the user was before asking for the panel (the page's body when it opened by itself).
      if (hadFocus && returnFocus?.isConnected) returnFocus.focus();
    },
  };
}

/** One of the panel's elements, by its class. */
type Part = <T extends HTMLElement>(selector: string) => T;

function render(part: Part, t: Translate, state: PanelState): void {
  const { offer } = state;
  const match = offer?.match;
  const percent = matchPercent(match);
  const single = state.kind === 'posting';
  part('.chip').textContent = percent === undefined ? '' : t('panelPercent', [percent]);
  part('.toggle').setAttribute('aria-label', percent === undefined ? t('panelToggleNoScore') : t('panelToggle', [percent]));
  part('.score').textContent = !single
    ? state.kind === 'list' ? t('panelListPage', [String(state.listed)]) : t('panelNoPosting')
    : percent === undefined ? t('panelNoSkills') : t('panelScore', [percent, matchCountLabel(t, match!)]);
  part('.status').textContent = offer ? describeOffer(t, offer) : '';
  // The labels count a list of which one will do once, as the match does.
  fillList(part('.matched'), part('.matched-title'), t('panelMatched', [String(offer?.labels.matched.length ?? 0)]), offer?.labels.matched ?? []);
  fillList(part('.missing'), part('.missing-title'), t('panelMissing', [String(offer?.labels.missing.length ?? 0)]), offer?.labels.missing ?? []);
  // Only a page of one posting is offered to be saved.
  part('.actions').hidden = !single;
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

function fillList(list: HTMLElement, title: HTMLElement, heading: string, skills: string[]): void {
  title.textContent = heading;
  const items = skills.map((skill) => {
    const item = list.ownerDocument.createElement('li');
    item.textContent = skill;
    return item;
  });
  list.replaceChildren(...items);
  title.hidden = skills.length === 0;
  list.hidden = skills.length === 0;
}
