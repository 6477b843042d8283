/**
 * A click on a notification opens the popup page in a tab: on the offer when one opened, on the
 * new offers when several did. The worker writes the address, the popup reads it back.
 */
export function announcedPage(offerIds: readonly string[]): '/popup.html' {
  const [first] = offerIds;
  const page = offerIds.length === 1 && first !== undefined ? `/popup.html#offer=${encodeURIComponent(first)}` : '/popup.html#new';
  // The hash is no part of the typed path: the page is popup.html either way.
  return page as '/popup.html';
}

/** The offer a notification opened the popup on (popup.html#offer=ID), if any. */
export function offerIdFromHash(hash: string): string | undefined {
  const match = /^#offer=(.+)$/.exec(hash);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}
