/*
 * Phrases that name skills without asking for them (the worker's bulk reading,
 * lib/postings/read-skills.ts, reads them on the lines where it found a skill):
 * - the team's sessions the recruit is to take part in: "une présence régulière à Paris pour
 *   participer aux sessions communes de tests utilisateurs, démonstrations, rétrospective et
 *   planification", "attend the weekly meetings on user research". Being there is not a skill; a
 *   job that runs them ("animer des sessions de tests utilisateurs") still asks for it.
 */

/** Stops a clause: what follows says why or with what, no longer which sessions. */
const CLAUSE_END = String.raw`[.;!?\n]|\s(?:pour|afin|avec|to|with|using|in order)\s`;
const TEAM_SESSIONS = new RegExp(
  String.raw`(?<!\p{L})(?:particip(?:er|ez|erez|ent|e|ation)\s+(?:à|aux?)|(?:take|takes|taking)\s+part\s+in|participat(?:e|es|ing)\s+in|attend(?:s|ing)?|join(?:s|ing)?)` +
    String.raw`\s+(?:(?:la|les|des|nos|vos|leurs|the|our|your|its|their|all|team|regular|weekly|daily)\s+)*` +
    String.raw`(?:sessions?|r[ée]unions?|rituels?|c[ée]r[ée]monies|ceremonies|rituals|meetings?)(?!\p{L})(?:(?!${CLAUSE_END})[^])*`,
  'giu',
);

/**
 * `text` with the phrases above blanked (same length, line breaks kept, so offsets hold). With
 * `isRead`, only the lines it names (by index from 0) are read: a phrase naming no skill changes
 * nothing, and the lines holding none are most of a posting.
 */
export function withoutUnaskedPhrases(text: string, isRead: (line: number) => boolean = () => true): string {
  const lines = text.split('\n');
  let changed = false;
  for (let index = 0; index < lines.length; index++) {
    if (!isRead(index)) continue;
    const line = lines[index]!;
    const kept = line.replace(TEAM_SESSIONS, (phrase) => ' '.repeat(phrase.length));
    if (kept !== line) {
      lines[index] = kept;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}
