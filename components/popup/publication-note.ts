import { OTHER_BROWSER_SOURCE_ID } from '../../lib/favorites/label-only-snapshot';
import { PAGE_SOURCE_ID } from '../../lib/page/canonical-page-url';
import type { Translate } from '../i18n';

/** An offer saved from a web page has no source to be published in; others may have left theirs. */
export function publicationNote(sourceId: string, published: boolean, t: Translate): string | undefined {
  if (sourceId === PAGE_SOURCE_ID) return t('savedFromPage');
  if (sourceId === OTHER_BROWSER_SOURCE_ID && !published) return t('savedInOtherBrowser');
  return leftItsSource(sourceId, published) ? t('noLongerPublished') : undefined;
}

/** The offer came from a source (not a page saved while browsing, nor a label from another browser) and is no longer published there. */
export function leftItsSource(sourceId: string, published: boolean): boolean {
  return !published && sourceId !== PAGE_SOURCE_ID && sourceId !== OTHER_BROWSER_SOURCE_ID;
}
