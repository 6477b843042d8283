import type { NotificationPlan } from './plan-announcement';

/**
 * A click on a notification opens the popup page in a tab: on the offer when one opened, on the
 * saved search when its new matches are all it announced, on the new offers otherwise. The
 * worker writes the address, the popup reads it back.
 */
export function announcedPage({ offers, groups }: Pick<NotificationPlan, 'offers' | 'groups'>): '/popup.html' {
  const [first] = offers;
  const [group, ...otherGroups] = groups ?? [];
  let page = '/popup.html#new';
  if (offers.length === 1 && first) page = `/popup.html#offer=${encodeURIComponent(first.offerId)}`;
  else if (group && otherGroups.length === 0) page = `/popup.html#search=${encodeURIComponent(group.searchId)}`;
  // The hash is no part of the typed path: the page is popup.html either way.
  return page as '/popup.html';
}

/** The offer a notification opened the popup on (popup.html#offer=ID), if any. */
export function offerIdFromHash(hash: string): string | undefined {
  return valueFromHash(hash, 'offer');
}

/** The saved search a notification opened the popup on (popup.html#search=ID), if any. */
export function searchIdFromHash(hash: string): string | undefined {
  return valueFromHash(hash, 'search');
}

function valueFromHash(hash: string, key: 'offer' | 'search'): string | undefined {
  const prefix = `#${key}=`;
  if (!hash.startsWith(prefix) || hash.length === prefix.length) return undefined;
  try {
    return decodeURIComponent(hash.slice(prefix.length));
  } catch {
    return undefined;
  }
}
