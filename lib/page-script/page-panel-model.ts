import type { MatchScore } from '../skills/score-match';
import type { PageOfferState } from '../page/page-context';

/** What the panel on a posting page shows. */
export interface PanelState {
  /** The posting's match, or the page's (lib/page/page-match.ts); no score when it asks for no concrete skill. */
  match?: MatchScore;
  offer?: PageOfferState;
  saving: boolean;
  failed: boolean;
}

export interface PanelActions {
  save(): void;
  hideOnSite(): void;
  close(): void;
}

/** The panel as the page session drives it; components/page-panel/page-panel.ts draws it. */
export interface PagePanel {
  update(state: PanelState): void;
  /** Opens the panel (folded on small screens) and moves the keyboard focus to it. */
  reveal(): void;
  destroy(): void;
}

export type CreatePagePanel = (doc: Document, actions: PanelActions) => PagePanel;
