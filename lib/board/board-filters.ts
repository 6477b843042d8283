import type { ContractType, RemotePolicy } from '../postings/types';

export type SortOrder = 'relevance' | 'date' | 'match' | 'deadline';

/** The popup's filters; they persist between openings. */
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
  sort: 'relevance',
};
