import { collectText } from './page-text-stream';
import { JOB_POSTING_LIMITS, type JobPosting } from './job-posting';

/** Enough of a page to find the posting again: its text, up to this length. */
const MAX_PAGE_TEXT = 20_000;

/**
 * The page itself as a posting, for a page the user saves that declares no JobPosting:
 * its title (Open Graph, first heading or document title), its site name, and its text.
 */
export function readPagePosting(doc: Document = document): JobPosting {
  const meta = (property: string) => doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content')?.trim() || undefined;
  const heading = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  const title = meta('og:title') ?? heading ?? (doc.title.trim() || doc.location?.hostname || '?');
  const text = collectText(doc).text.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n[\s]*/g, '\n').trim();
  return {
    title: title.slice(0, JOB_POSTING_LIMITS.title),
    organization: meta('og:site_name')?.slice(0, JOB_POSTING_LIMITS.shortText),
    employmentTypes: [],
    telecommute: false,
    description: text.slice(0, MAX_PAGE_TEXT).replace(/\n/g, '\n\n'),
    skills: [],
  };
}

/** The page's address: its canonical link when it is of the same origin (a page cannot speak for another site). */
export function readPageUrl(doc: Document = document): string {
  const here = doc.location?.href ?? doc.URL;
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  if (!canonical) return here;
  try {
    const url = new URL(canonical, here);
    return url.origin === new URL(here).origin ? url.toString() : here;
  } catch {
    return here;
  }
}
