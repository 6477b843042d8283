export type SkillCategory =
  | 'language'
  | 'framework'
  | 'database'
  | 'ops'
  | 'cloud'
  | 'data'
  | 'design'
  | 'product'
  | 'method'
  | 'tool'
  | 'domain'
  | 'soft';

export interface SkillDefinition {
  /** Canonical display name, e.g. "PostgreSQL". */
  name: string;
  category: SkillCategory;
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
  category: SkillCategory;
  /** Character ranges in the scanned text, [start, end). */
  ranges: Array<[number, number]>;
}
