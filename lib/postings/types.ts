/** The normalized form of one job-posting file: what every other part of Vigie works on. */
export type OfferStatus = 'open' | 'closed' | 'unknown';
export type ContractType =
  | 'CDI'
  | 'CDD'
  | 'freelance'
  | 'internship'
  | 'apprenticeship'
  | 'civil-servant'
  | 'unknown';
export type RemotePolicy = 'full' | 'partial' | 'none' | 'unknown';
export type PostingLanguage = 'fr' | 'en';

export interface Salary {
  min?: number;
  max?: number;
  unit: 'hour' | 'day' | 'month' | 'year' | 'unknown';
  currency: string;
  /** The sentence the figures were read from, for display. */
  text: string;
}

export interface Offer {
  /** Stable across syncs: derived from sourceId and path only. */
  id: string;
  sourceId: string;
  path: string;
  /** Web page of the posting, or the file's URL when no page can be derived. */
  url?: string;
  title: string;
  organization?: string;
  status: OfferStatus;
  contract: ContractType;
  remote: RemotePolicy;
  location?: string;
  /**
   * The countries a fully remote job naming no city is to be worked from, when it says (ISO
   * 3166-1 alpha-2: ["US"] for "Anywhere in the U.S. (remote)", ["US", "CA"] for "anywhere within
   * the United States and Canada"): it answers a search for a city of those countries only
   * (lib/search/city-words.ts). Absent when it names none.
   */
  remoteCountries?: string[];
  /** Concrete skills asked for (languages, frameworks, tools, methods): canonical names from lib/skills. What a match counts. */
  skills: string[];
  /**
   * Lists of skills (each also in `skills`) of which the posting asks for one: "(au moins) un
   * framework web moderne (NodeJS, Rails, Symfony…)", "React ou Vue". Each counts as one asked skill,
   * held when the seeker has any of its members (lib/skills/score-match.ts). Absent when none.
   */
  skillGroups?: string[][];
  /**
   * Skills (each also in `skills`) the posting names without requiring them: "un plus", "nice to
   * have", "idéalement", "on ne s’attend pas à ce que tu les connaisses". Shown apart, never counted
   * against the seeker. Absent when none.
   */
  optionalSkills?: string[];
  /** The fields the posting works in ("Logement", "Collectivités territoriales"): shown apart, never matched. */
  domains: string[];
  /** Personal qualities and spoken languages asked for ("Autonomie", "Anglais"): shown apart, never matched. */
  softSkills: string[];
  tags: string[];
  /** ISO dates (YYYY-MM-DD). */
  postedAt?: string;
  startsAt?: string;
  /** Last day to apply (ISO date), from a deadline key or sentence of the body. */
  deadline?: string;
  /** The language the posting is written in; set by every parse (absent from offers stored before it existed, see READER_VERSION). */
  language?: PostingLanguage;
  salary?: Salary;
  /** E-mail address (mailto:) or URL to apply. */
  contact?: string;
  /** Shared by the versions of one posting in other languages (the publisher's `translationKey`): each is kept, in its language, and they link to each other. */
  translationKey?: string;
  /**
   * The posting's own reference, as its page declares it (schema.org JobPosting `identifier`):
   * only pages saved while browsing have one, no source's listing carries it.
   */
  identifier?: string;
  /** Plain-text first paragraph. */
  summary: string;
  /** Markdown body, front matter removed. Untrusted: sanitize before rendering. */
  body: string;
  /** The original front-matter keys, as parsed (safe plain data). */
  frontMatter: Record<string, unknown>;
  /** Hash of the raw file content after decoding: equal hashes mean an unchanged posting. */
  contentHash: string;
  /** What was repaired or guessed while reading the file. */
  warnings: PostingWarning[];
}

export interface PostingWarning {
  code:
    | 'mojibake-repaired'
    | 'latin1-decoded'
    | 'invalid-front-matter'
    | 'unterminated-front-matter'
    | 'title-derived'
    | 'field-ignored'
    | 'truncated';
  message: string;
}

export interface ParseContext {
  path: string;
  url?: string;
  sourceId?: string;
}
