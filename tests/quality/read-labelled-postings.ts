import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePostingAt } from '../../lib/postings/parse-posting';
import { PostingError } from '../../lib/postings/posting-error';
import { POSTING_LABELS, PUBLISHERS, type Publisher } from './posting-labels';
import type { LabelledReading } from './score-postings';

/** The shared folder beside the repository: real postings, never edited. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

/** The day the labels' statuses were read for: closing dates are compared to it. */
export const LABELLED_ON = new Date('2026-12-06');

export function publisherOf(file: string): Publisher {
  const folder = file.slice(0, file.indexOf('/'));
  const publisher = PUBLISHERS.find((one) => one.folder === folder);
  if (!publisher) throw new Error(`${file}: no publisher for folder ${folder}`);
  return publisher;
}

export function sharedPath(file: string): string {
  return publisherOf(file).folder === 'seeds' ? `${SHARED}${file}` : `${SHARED}fixtures/${file}`;
}

/** Parses every labelled file as a sync would: its path inside its repository, its source id. */
export function readLabelledPostings(): LabelledReading[] {
  return POSTING_LABELS.map((label) => {
    const publisher = publisherOf(label.file);
    const name = label.file.slice(publisher.folder.length + 1);
    const context = { path: `${publisher.pathPrefix}${name}`, sourceId: publisher.sourceId };
    const group = label.group ?? publisher.group;
    try {
      const offer = parsePostingAt(readFileSync(sharedPath(label.file)), context, LABELLED_ON);
      return { label, publisher: publisher.folder, group, offer };
    } catch (error) {
      if (!(error instanceof PostingError)) throw error;
      return { label, publisher: publisher.folder, group, offer: { error: error.message } };
    }
  });
}
