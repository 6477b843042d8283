/**
 * What a page holds, as far as Vigie can tell: one posting (the panel opens by itself there),
 * several (a job board's list, a careers page), or none it knows of. Only a page of one
 * posting is offered to be saved: "Save the posting" on a list of 543 links saved the list.
 */
export type PageKind = 'posting' | 'list' | 'none';

export interface PagePostings {
  /** schema.org JobPostings the page declares in JSON-LD. */
  declared: number;
  /** Distinct postings of the followed sources whose page this is (two sources' copies of one posting count once). */
  known: number;
}

export function pageKind({ declared, known }: PagePostings): PageKind {
  // Google's rules for JobPosting allow it on a posting's own page only: several declared are a list.
  if (declared > 1 || known > 1) return 'list';
  return declared === 1 || known === 1 ? 'posting' : 'none';
}

/** How many postings a list page holds, for the panel to say so. */
export function postingsOnPage({ declared, known }: PagePostings): number {
  return Math.max(declared, known);
}
