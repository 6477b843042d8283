/** Sources present on first install; the user may remove them. */
export interface DefaultSource {
  url: string;
  name: string;
  /** Shown next to the name: the folder no longer changes. */
  archive: boolean;
}

export const DEFAULT_SOURCES: readonly DefaultSource[] = [
  {
    // The job folder was removed from beta.gouv.fr's default branch in August 2024: this commit is its last state.
    url: 'https://github.com/betagouv/beta.gouv.fr/tree/77e2919a2754b1f4943b08dfda3cfd21f84ec105/content/_jobs',
    name: 'beta.gouv.fr — offres (archive 2024)',
    archive: true,
  },
  {
    url: 'https://github.com/qloridant/multi-site-contents/tree/main/texts/jobs/posts',
    name: 'multi.coop — offres',
    archive: false,
  },
];
