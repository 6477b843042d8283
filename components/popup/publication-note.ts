import { OTHER_BROWSER_SOURCE_ID } from '../../lib/favorites/label-only-snapshot';
import { PAGE_SOURCE_ID } from '../../lib/page/canonical-page-url';
import type { Translate } from '../i18n';

/** An offer saved from a web page has no source to be published in; others may have left theirs. */
export function publicationNote(sourceId: string, published: boolean, t: Translate): string | undefined {
  if (sourceId === PAGE_SOURCE_ID) return t('savedFromPage');
  if (sourceId === OTHER_BROWSER_SOURCE_ID && !published) return t('savedInOtherBrowser');
  return published ? undefined : t('noLongerPublished');
}
