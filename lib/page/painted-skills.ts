import { toAnalysisText } from '../postings/markdown-to-text';
import type { MatchScore } from '../skills/score-match';
import { splitBody } from '../text/body-sections';

/** The skills a posting's page paints, by the names the match holds (the page's terms report the same). */
export interface PaintedSkills {
  /** Painted as the seeker's: what the card counts as held. */
  held: string[];
  /** Painted as missing when the seeker asks for the posting's other skills: what the card lists as lacking. */
  missing: string[];
}

/**
 * What a page paints of its posting, as the card counts it (components/popup/offer-card.tsx): the
 * skills asked one by one, the members the seeker has of a list of which one will do, the optional
 * skills they have; missing, the skills asked one by one they lack and every member of a list they
 * hold none of. A skill the reading does not count (named only where the posting presents its
 * organization, or in a roster) is not painted, even one the seeker has: the page agrees with the card.
 */
export function paintedSkills(match: MatchScore): PaintedSkills {
  return {
    held: [...match.matched, ...match.groups.flatMap((group) => group.held), ...match.optionalHeld],
    missing: [...match.missing, ...match.groups.flatMap((group) => (group.held.length > 0 ? [] : group.members))],
  };
}

/** A line's Markdown marks a page does not show: a heading's, a list item's, a quote's. */
const MARKDOWN_MARK = /^\s*(?:#{1,6}|[-*+>]|\d{1,2}[.)])\s+/;

/**
 * The texts of the parts of a posting its reading leaves out (lib/text/body-sections.ts: who posts
 * it, how to apply), as a page shows them: each paragraph, its lines joined, and each line, spaces
 * collapsed and Markdown marks left out. A block of the page holding one of them exactly is not
 * painted (lib/page/counted-on-page.ts): "Nous codons en Python" under "Qui sommes-nous ?" asks nothing.
 * A text the job's part holds too is left out: the page's block may be the job's ("- Python" in
 * both the skills asked and the organization's stack).
 */
export function asideTexts(body: string): string[] {
  const { job, aside } = splitBody(body);
  const inJob = blockTexts(job);
  return [...blockTexts(aside)].filter((text) => !inJob.has(text));
}

/** Each paragraph of a Markdown part, its lines joined, and each line, as a page's blocks read them. */
function blockTexts(markdown: string): Set<string> {
  const texts = new Set<string>();
  for (const paragraph of toAnalysisText(markdown).split(/\n\s*\n/)) {
    const lines = paragraph.split('\n').map((line) => collapseSpaces(line.replace(MARKDOWN_MARK, ''))).filter(Boolean);
    if (lines.length > 0) texts.add(lines.join(' '));
    for (const line of lines) texts.add(line);
  }
  return texts;
}

/** Runs of spaces and line breaks as one space, none at the ends: how a page's block reads. */
function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
