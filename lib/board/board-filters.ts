import type { ContractType, RemotePolicy } from '../postings/types';

export type SortOrder = 'relevance' | 'date' | 'match' | 'deadline';

/** Postings the seeker saved at a stage past "saved" (applied, interview, offer, rejected): listed, or left out. */
export type ApplicationsShown = 'show' | 'hide';

/** The popup's filters; they persist between openings, and a saved search keeps them. */
export interface BoardFilters {
  openOnly: boolean;
  contract: ContractType | 'any';
  remote: RemotePolicy | 'any';
  /** Free text, compared without case or accents. */
  location: string;
  sourceId: string | 'any';
  matchesMySkills: boolean;
  /** null: any date. */
  postedWithinDays: number | null;
  /** Only postings the seeker has not seen yet (lib/notify's "new"). */
  newOnly: boolean;
  applications: ApplicationsShown;
  sort: SortOrder;
}

export const DEFAULT_FILTERS: BoardFilters = {
  openOnly: true,
  contract: 'any',
  remote: 'any',
  location: '',
  sourceId: 'any',
  matchesMySkills: false,
  postedWithinDays: null,
  newOnly: false,
  applications: 'show',
  sort: 'relevance',
};

const CONTRACTS: ReadonlyArray<BoardFilters['contract']> = ['any', 'CDI', 'CDD', 'freelance', 'internship', 'apprenticeship', 'civil-servant', 'unknown'];
const REMOTES: ReadonlyArray<BoardFilters['remote']> = ['any', 'full', 'partial', 'none', 'unknown'];
const SORTS: readonly SortOrder[] = ['relevance', 'date', 'match', 'deadline'];
const MAX_DAYS = 3660;

/** Keeps what is valid of untrusted filters (a message, an import, an older popup's state); the rest takes the defaults. */
export function sanitizeFilters(input: unknown): BoardFilters {
  const raw = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const oneOf = <T>(allowed: readonly T[], value: unknown, fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);
  const flag = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
  const days = raw.postedWithinDays;
  return {
    openOnly: flag(raw.openOnly, DEFAULT_FILTERS.openOnly),
    contract: oneOf(CONTRACTS, raw.contract, DEFAULT_FILTERS.contract),
    remote: oneOf(REMOTES, raw.remote, DEFAULT_FILTERS.remote),
    location: typeof raw.location === 'string' ? raw.location.slice(0, 200) : DEFAULT_FILTERS.location,
    sourceId: typeof raw.sourceId === 'string' && raw.sourceId.length > 0 && raw.sourceId.length <= 1000 ? raw.sourceId : DEFAULT_FILTERS.sourceId,
    matchesMySkills: flag(raw.matchesMySkills, DEFAULT_FILTERS.matchesMySkills),
    postedWithinDays: typeof days === 'number' && Number.isInteger(days) && days > 0 && days <= MAX_DAYS ? days : null,
    newOnly: flag(raw.newOnly, DEFAULT_FILTERS.newOnly),
    applications: oneOf<ApplicationsShown>(['show', 'hide'], raw.applications, DEFAULT_FILTERS.applications),
    sort: oneOf(SORTS, raw.sort, DEFAULT_FILTERS.sort),
  };
}
