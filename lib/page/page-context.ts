import type { Stage } from '../db/records';
import type { OfferStatus } from '../postings/types';
import type { MatchScore } from '../skills/score-match';
import type { PackedSkillTrie } from '../skills/packed-trie';
import type { PageKind } from './page-kind';
import type { PaintedSkills } from './painted-skills';

/** What the panel says of the posting a page shows. */
export interface PageOfferState {
  id: string;
  title: string;
  /** One of the followed sources' postings, rather than a page read while browsing. */
  known: boolean;
  status: OfferStatus;
  saved: boolean;
  stage?: Stage;
  match: MatchScore;
  /**
   * The match's skills as the interface names them, in the match's order ("Open source
   * software" for "Logiciel libre" in English): the content script has no taxonomy to name them.
   * `match` keeps the names, which the page's highlights are keyed by.
   */
  labels: { matched: string[]; missing: string[] };
  /** What the page paints of the posting, as the card counts it (lib/page/painted-skills.ts). */
  painted: PaintedSkills;
  /** The texts of the posting's parts its reading leaves out: the page paints nothing in a block holding one (lib/page/painted-skills.ts). */
  asideTexts: string[];
}

/** The worker's answer to a content script starting on a page. */
export interface PageContext {
  /** Terms to scan the page for, compiled: the taxonomy and the user's own (lib/page/page-skill-terms.ts). */
  trie: PackedSkillTrie;
  /** The user's skills, by the names the trie reports. Stays in the content script's isolated world. */
  mySkills: string[];
  /** One posting, a list of them, or none Vigie knows of (lib/page/page-kind.ts). */
  kind: PageKind;
  /** How many postings a list page holds. */
  listed: number;
  /** The page's one posting; undefined on a list and on a page that is neither a known posting nor declares one. */
  offer?: PageOfferState;
  /** The user hid the panel on this site. */
  hidden: boolean;
  /** Paint the posting's skills the user lacks too, not only the user's own (an option, off by default). */
  otherSkills: boolean;
  /** The user folded the panel to its tab. */
  folded: boolean;
}

export type SaveFromPageResult = { ok: true; offer: PageOfferState } | { ok: false; error: 'nothing-to-save' };
