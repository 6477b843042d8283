import type { PublisherGroup } from './posting-labels';
import { readLabelledPostings } from './read-labelled-postings';
import {
  SCORED_FIELDS,
  exactSeekerFigures,
  fieldAccuracy,
  scorePosting,
  skillsQuality,
  type ExactSeekerFigures,
  type FieldScore,
  type PostingScore,
  type ScoredField,
  type SkillsQuality,
} from './score-postings';

export const GROUPS: readonly PublisherGroup[] = ['beta.gouv.fr', 'other'];

export interface QualityFigures {
  postings: number;
  accuracy: Record<ScoredField, number>;
  skills: SkillsQuality;
  exactSeeker: ExactSeekerFigures;
}

export interface QualityReport {
  /** Per publisher folder (seeds included), then per group of the issue. */
  byPublisher: Map<string, QualityFigures>;
  byGroup: Map<PublisherGroup, QualityFigures>;
  wrongFields: FieldScore[];
  /** Per file: label skills the offer lacks, offer skills the label does not have. */
  wrongSkills: Array<{ file: string; missed: string[]; extra: string[] }>;
}

function figures(scores: readonly PostingScore[]): QualityFigures {
  const accuracy = Object.fromEntries(SCORED_FIELDS.map((field) => [field, fieldAccuracy(scores, field)])) as Record<ScoredField, number>;
  return { postings: scores.length, accuracy, skills: skillsQuality(scores.map((score) => score.skills)), exactSeeker: exactSeekerFigures(scores) };
}

function groupBy<K>(scores: readonly PostingScore[], keyOf: (score: PostingScore) => K): Map<K, PostingScore[]> {
  const groups = new Map<K, PostingScore[]>();
  for (const score of scores) {
    const key = keyOf(score);
    groups.set(key, [...(groups.get(key) ?? []), score]);
  }
  return groups;
}

/** Parses every labelled posting and compares it with its label. */
export function measureQuality(): QualityReport {
  const scores = readLabelledPostings().map(scorePosting);
  const byPublisher = new Map([...groupBy(scores, (score) => score.fields[0]!.publisher)].map(([key, list]) => [key, figures(list)]));
  const byGroupScores = groupBy(scores, (score) => score.fields[0]!.group);
  const byGroup = new Map(GROUPS.map((group) => [group, figures(byGroupScores.get(group) ?? [])]));
  return {
    byPublisher,
    byGroup,
    wrongFields: scores.flatMap((score) => score.fields.filter((field) => !field.right)),
    wrongSkills: scores
      .filter((score) => score.missedSkills.length + score.extraSkills.length > 0)
      .map((score) => ({ file: score.fields[0]!.file, missed: score.missedSkills, extra: score.extraSkills })),
  };
}
