import type { MatchScore } from '../skills/score-match';

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
