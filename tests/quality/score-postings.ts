import type { Offer } from '../../lib/postings/types';
import { canonicalSkillName, scoreMatch } from '../../lib/skills';
import type { PostingLabel, PublisherGroup } from './posting-labels';

/** The fields compared one to one with the hand labels; skills are scored apart (precision, recall). */
export const SCORED_FIELDS = ['title', 'organization', 'status', 'contract', 'remote', 'location', 'deadline', 'language'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** What the parser gave for one labelled file: the offer, or the error that kept it from reading one. */
export interface LabelledReading {
  label: PostingLabel;
  publisher: string;
  group: PublisherGroup;
  offer: Offer | { error: string };
}

export interface FieldScore {
  file: string;
  publisher: string;
  group: PublisherGroup;
  field: ScoredField;
  expected: string;
  got: string;
  right: boolean;
}

export interface SkillCounts {
  /** Skills both in the label and in the offer. */
  found: number;
  /** Skills in the offer that the label does not have. */
  extra: number;
  /** Skills in the label that the offer lacks. */
  missed: number;
}

export interface PostingScore {
  fields: FieldScore[];
  skills: SkillCounts;
  /** Label skills missing from the offer, and offer skills missing from the label, for the list of wrong readings. */
  missedSkills: string[];
  extraSkills: string[];
  /**
   * The match (lib/skills/score-match.ts) of a seeker whose skills are exactly the label's, from 0
   * to 1 (issue #12: at least 0.8); 0 when the offer reads none of them, undefined when the label has no skill.
   */
  exactSeekerMatch?: number;
}

// Fields the Offer may not have yet: read when present, so the scorer keeps compiling before and after they exist.
type FutureFields = Partial<Record<'deadline' | 'language', unknown>>;

const LEADING_ARTICLES = new Set(['un', 'une', 'e', 'ou', 'des', 'a', 'an', 'the']);

/** Lower case, no accents, letters and digits only: "Aidants Connect" = "aidantsconnect", "Vue.js" = "vuejs". */
export function comparable(text: string): string {
  return words(text).join('');
}

/** `comparable` without a leading article: "Un·e développeur·se" = "Développeur·se". */
export function comparableTitle(text: string): string {
  const all = words(text);
  let start = 0;
  while (start < all.length - 1 && LEADING_ARTICLES.has(all[start]!)) start++;
  return all.slice(start).join('');
}

function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

function alternatives<T>(value: T | readonly T[]): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

/** True when `got` equals one of the accepted values once both are made comparable (null only equals null). */
export function isAccepted(
  expected: string | null | readonly (string | null)[],
  got: string | null,
  normalize: (text: string) => string = comparable,
): boolean {
  return alternatives(expected).some((value) =>
    value === null || got === null ? value === got : normalize(value) === normalize(got),
  );
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function readField(offer: Offer, field: ScoredField): string | null {
  const future = offer as Offer & FutureFields;
  switch (field) {
    case 'title':
      return textOrNull(offer.title);
    case 'organization':
      return textOrNull(offer.organization);
    case 'location':
      return textOrNull(offer.location);
    case 'status':
    case 'contract':
    case 'remote':
      return offer[field];
    case 'deadline': {
      const deadline = textOrNull(future.deadline);
      return deadline === null ? null : deadline.slice(0, 10);
    }
    case 'language':
      return textOrNull(future.language);
  }
}

function show(value: string | null | readonly (string | null)[]): string {
  return alternatives(value)
    .map((one) => (one === null ? '(none)' : one))
    .join(' | ');
}

function skillKey(skill: string): string {
  return comparable(canonicalSkillName(skill) ?? skill);
}

/** Scores one reading against its label. A file the parser refused gets every field wrong and no skills. */
export function scorePosting(reading: LabelledReading): PostingScore {
  const { label, publisher, group, offer } = reading;
  const failed = 'error' in offer ? `(not read: ${offer.error})` : undefined;
  const fields = SCORED_FIELDS.map((field): FieldScore => {
    const expected = label[field];
    const got = failed === undefined ? readField(offer as Offer, field) : null;
    const right = failed === undefined && isAccepted(expected, got, field === 'title' ? comparableTitle : comparable);
    return { file: label.file, publisher, group, field, expected: show(expected), got: failed ?? show(got), right };
  });
  const expectedSkills = new Map(label.skills.map((skill) => [skillKey(skill), skill]));
  const gotSkills = new Map(('error' in offer ? [] : offer.skills).map((skill) => [skillKey(skill), skill]));
  const missedSkills = [...expectedSkills].filter(([key]) => !gotSkills.has(key)).map(([, skill]) => skill);
  const extraSkills = [...gotSkills].filter(([key]) => !expectedSkills.has(key)).map(([, skill]) => skill);
  const exactSeekerMatch = label.skills.length === 0 ? undefined : 'error' in offer ? 0 : (scoreMatch(offer, label.skills).score ?? 0);
  return {
    fields,
    skills: { found: expectedSkills.size - missedSkills.length, extra: extraSkills.length, missed: missedSkills.length },
    missedSkills,
    extraSkills,
    ...(exactSeekerMatch !== undefined && { exactSeekerMatch }),
  };
}

export interface SkillsQuality {
  precision: number;
  recall: number;
  f1: number;
}

/** Micro-averaged over postings: every skill of every posting weighs the same. Nothing to find (or nothing found) counts as perfect. */
export function skillsQuality(counts: readonly SkillCounts[]): SkillsQuality {
  const found = counts.reduce((sum, count) => sum + count.found, 0);
  const extra = counts.reduce((sum, count) => sum + count.extra, 0);
  const missed = counts.reduce((sum, count) => sum + count.missed, 0);
  const precision = found + extra === 0 ? 1 : found / (found + extra);
  const recall = found + missed === 0 ? 1 : found / (found + missed);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The postings whose labels name skills, and how many of them a seeker with exactly those skills matches at 80 % or more, and at 100 %. */
export interface ExactSeekerFigures {
  postings: number;
  atLeast80: number;
  full: number;
}

export function exactSeekerFigures(scores: readonly PostingScore[]): ExactSeekerFigures {
  const matches = scores.flatMap((score) => (score.exactSeekerMatch === undefined ? [] : [score.exactSeekerMatch]));
  return { postings: matches.length, atLeast80: matches.filter((match) => match >= 0.8).length, full: matches.filter((match) => match === 1).length };
}

/** Share of right readings of `field` among `scores`, or NaN when there is none. */
export function fieldAccuracy(scores: readonly PostingScore[], field: ScoredField): number {
  const readings = scores.flatMap((score) => score.fields.filter((one) => one.field === field));
  return readings.filter((one) => one.right).length / readings.length;
}
