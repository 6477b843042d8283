import { asTextList } from './field-values';
import type { FrontMatterFields } from './front-matter-fields';
import { parseFrenchDate } from './french-dates';

const DATED_FILE_NAME = /(?:^|\/)(\d{4}-\d{2}-\d{2})-[^/]*$/;
const AS_SOON_AS_POSSIBLE = /d[èe]s que possible|\basap\b|au plus (?:t[ôo]t|vite)|le plus (?:t[ôo]t|vite|rapidement)(?: possible)?|imm[ée]diat/i;
const MAX_DATE_TEXT = 200;

/** When the posting was published: a date key (`date`, `post-date`, `post_ouvert`…), else a Jekyll file name ("2021-06-30-etalab-geo.md"). */
export function readPostedDate(fields: FrontMatterFields, path: string): string | undefined {
  const declared = asTextList(fields.find('postedAt')?.value).map((text) => parseFrenchDate(text.slice(0, MAX_DATE_TEXT)));
  const fileDate = DATED_FILE_NAME.exec(path)?.[1];
  return declared.find((date) => date !== undefined) ?? (fileDate === undefined ? undefined : parseFrenchDate(fileDate));
}

/** When the job starts ("Début : 1er juillet 2021"); undefined for "dès que possible" or no date. */
export function readStartDate(fields: FrontMatterFields, labeled: readonly string[]): string | undefined {
  const text = (asTextList(fields.find('startsAt')?.value)[0] ?? labeled[0])?.slice(0, MAX_DATE_TEXT);
  if (text === undefined || AS_SOON_AS_POSSIBLE.test(text)) return undefined;
  return parseFrenchDate(text);
}
