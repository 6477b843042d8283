import type { PageOfferState } from '../page/page-context';
import type { PageKind } from '../page/page-kind';

/** What the panel on a page shows. */
export interface PanelState {
  /** One posting (its match, saving it), or a list or none: the panel says it found no single posting. */
  kind: PageKind;
  /** How many postings a list page holds. */
  listed: number;
  /** The page's one posting. */
  offer?: PageOfferState;
  saving: boolean;
  failed: boolean;
}

export interface PanelActions {
  save(): void;
  hideOnSite(): void;
  close(): void;
  /** The user folded the panel to its tab, or unfolded it: remembered for the next pages. */
  fold(folded: boolean): void;
}

/** The panel as the page session drives it; components/page-panel/page-panel.ts draws it. */
export interface PagePanel {
  update(state: PanelState): void;
  /** Unfolds the panel and moves the keyboard focus to it: the user asked for it. */
  reveal(): void;
  destroy(): void;
}

/** `folded`: the user left the panel folded to its tab on an earlier page. */
export type CreatePagePanel = (doc: Document, actions: PanelActions, folded: boolean) => PagePanel;
