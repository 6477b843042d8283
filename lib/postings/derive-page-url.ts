import type { ParseContext } from './types';

interface PageUrlDeriver {
  name: string;
  /** The posting's web page, or undefined when the file is not this site's. */
  derive(context: ParseContext): string | undefined;
}

// Jekyll publishes content/_jobs/2021-06-30-etalab-geo.md at /recrutement/2021/06/30/etalab-geo.html.
const BETA_GOUV_JOB = /(?:^|\/)content\/_jobs\/(\d{4})-(\d{2})-(\d{2})-([^/]+)\.(?:md|markdown)$/i;
const BETA_GOUV_REPOSITORY = /betagouv\/beta\.gouv\.fr/i;

/** Sites whose page URL follows from the file's path. Adding a site is one entry here and a test row. */
export const PAGE_URL_DERIVERS: readonly PageUrlDeriver[] = [
  {
    name: 'beta.gouv.fr jobs',
    derive({ path, sourceId = '', url = '' }) {
      if (!BETA_GOUV_REPOSITORY.test(`${sourceId} ${url}`)) return undefined;
      const match = BETA_GOUV_JOB.exec(path);
      if (!match) return undefined;
      const [, year, month, day, slug = ''] = match;
      return `https://beta.gouv.fr/recrutement/${year}/${month}/${day}/${encodeURIComponent(slug)}.html`;
    },
  },
];

/** The web page a known site builds from the file, if any. */
export function derivePageUrl(context: ParseContext): string | undefined {
  for (const deriver of PAGE_URL_DERIVERS) {
    const url = deriver.derive(context);
    if (url !== undefined) return url;
  }
  return undefined;
}
