import { hashString } from '../text/hash';

// Campaign and click trackers: the same posting shared by mail or a social network is one page.
const TRACKING_PARAMETER = /^(?:utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|xtor|at_medium|at_campaign|trk|trackingid|refid)$/i;

/** The URL that names a page: http(s) only, without fragment, trackers or a trailing slash. */
export function canonicalPageUrl(input: string): string | undefined {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAMETER.test(key)) url.searchParams.delete(key);
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString().replace(/\?$/, '');
}

/** The offer id of a page saved while browsing: stable for the page, apart from the sources' ids. */
export function pageOfferId(canonicalUrl: string): string {
  return `page:${hashString(canonicalUrl)}`;
}

export const PAGE_SOURCE_ID = 'page';
