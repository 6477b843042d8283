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
  /** Aliases that count only when context words appear near them (e.g. "Rust" needs "langage", "cargo"...). */
  needsContext?: string[];
  /**
   * The spellings (name or aliases) that are also ordinary words, to which `caseSensitive`,
   * `needsContext` and `notIn` apply; the other spellings match freely. When absent, the
   * rules apply to every spelling of the skill.
   */
  ambiguous?: string[];
  /** Phrases in which an ambiguous spelling is an ordinary word: "point de vue", "go-live". */
  notIn?: string[];
}

export interface SkillMatch {
  /** Canonical name. */
  name: string;
  category: SkillCategory;
  /** Character ranges in the scanned text, [start, end). */
  ranges: Array<[number, number]>;
}
