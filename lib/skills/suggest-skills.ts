/** A skill the user's saved offers ask for, with how many of them do. */
export interface SuggestedSkill {
  name: string;
  offers: number;
}

/** Past a handful, suggestions stop being a suggestion. */
const MOST_SUGGESTED = 8;

/**
 * The skills the user's saved offers ask for most that the user has not listed: what they are
 * interested in says what they may know, or want to show. Counted once per offer; asked for by
 * at least two offers once the user has saved a few, so that one odd posting suggests nothing.
 */
export function suggestSkills(savedOfferSkills: ReadonlyArray<readonly string[]>, mySkills: readonly string[]): SuggestedSkill[] {
  const mine = new Set(mySkills.map((skill) => skill.toLocaleLowerCase()));
  const counts = new Map<string, number>();
  for (const skills of savedOfferSkills) {
    for (const name of new Set(skills)) {
      if (!mine.has(name.toLocaleLowerCase())) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const least = savedOfferSkills.length >= 3 ? 2 : 1;
  return [...counts]
    .filter(([, offers]) => offers >= least)
    .sort(([nameA, a], [nameB, b]) => b - a || nameA.localeCompare(nameB))
    .slice(0, MOST_SUGGESTED)
    .map(([name, offers]) => ({ name, offers }));
}
