/**
 * What a taxonomy entry is to a seeker: a concrete skill (a language, a framework, a tool, a
 * method such as user research or agile), the field a posting works in ("Logement",
 * "Collectivités territoriales"), a personal quality or spoken language ("Autonomie",
 * "Anglais"), or a role ("Product Owner"): a job's name, which is the posting's title or a
 * colleague's job, and is read into none of an offer's fields. Only concrete skills count in a
 * match: a posting in housing asks nothing of a developer who has never worked in housing, and
 * everyone claims to be autonomous.
 */
export type SkillKind = 'skill' | 'domain' | 'soft' | 'role';

export interface SkillDefinition {
  /** Canonical display name, e.g. "PostgreSQL". */
  name: string;
  kind: SkillKind;
  /**
   * The usual English name, for a name written in French ("Logiciel libre" → "Open source
   * software"): shown in the English interface. `name` stays the key stored and matched.
   */
  en?: string;
  /** Other spellings in French and English, e.g. "Postgres", "psql". Matched with accent/case folding. */
  aliases: string[];
  /** Only match with the exact case given (for short or common words such as "Go", "R", "Swift"). */
  caseSensitive?: boolean;
  /**
   * Context words, one of which must appear within about a sentence of the match (e.g. "Rust"
   * needs "langage", "backend"...). Matched with accent/case folding, as whole words.
   */
  needsContext?: string[];
  /**
   * The spellings (name or aliases) that are also ordinary words, to which `caseSensitive`,
   * `needsContext` and `notIn` apply, e.g. "Go" but not "Golang". When absent, the rules apply
   * to every spelling of the skill.
   */
  ambiguous?: string[];
  /** Phrases in which an ambiguous spelling is an ordinary word: "vue d'ensemble", "go-live". */
  notIn?: string[];
}

export interface SkillMatch {
  /** Canonical name. */
  name: string;
  kind: SkillKind;
  /** Character ranges in the scanned text, [start, end). */
  ranges: Array<[number, number]>;
}
