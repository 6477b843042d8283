import type { Offer, Salary } from '../postings/types';
import type { BodyChange, FieldChange } from './types';

type Compared = Pick<Offer, 'title' | 'status' | 'contract' | 'remote' | 'location' | 'salary' | 'deadline' | 'skills' | 'body'>;

/** What changed from one version of a posting to the next, field by field, in the order they are told: status first, skills last. */
export function diffFields(before: Compared, after: Compared): FieldChange[] {
  const changes: FieldChange[] = [];
  if (before.status !== after.status) changes.push({ field: 'status', before: before.status, after: after.status });
  if (before.title !== after.title) changes.push({ field: 'title', before: before.title, after: after.title });
  if (!sameSalary(before.salary, after.salary)) changes.push({ field: 'salary', before: before.salary, after: after.salary });
  if (before.deadline !== after.deadline) changes.push({ field: 'deadline', before: before.deadline, after: after.deadline });
  if (before.contract !== after.contract) changes.push({ field: 'contract', before: before.contract, after: after.contract });
  if (before.remote !== after.remote) changes.push({ field: 'remote', before: before.remote, after: after.remote });
  if (before.location !== after.location) changes.push({ field: 'location', before: before.location, after: after.location });
  const skills = diffLists(before.skills, after.skills);
  if (skills.added.length > 0 || skills.removed.length > 0) changes.push({ field: 'skills', ...skills });
  return changes;
}

/** The paragraphs (blocks between blank lines) of the body that one version removed and added, in their order. */
export function diffParagraphs(before: string, after: string): BodyChange {
  return diffLists(paragraphs(before), paragraphs(after));
}

function paragraphs(body: string): string[] {
  return body.split(/\n[ \t]*\n/).map((block) => block.trim()).filter((block) => block.length > 0);
}

/** Items of `after` missing from `before` (added) and the reverse (removed), each counted as often as it occurs. */
function diffLists(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  return { added: missingFrom(after, before), removed: missingFrom(before, after) };
}

function missingFrom(items: readonly string[], other: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const item of other) left.set(item, (left.get(item) ?? 0) + 1);
  return items.filter((item) => {
    const count = left.get(item) ?? 0;
    if (count === 0) return true;
    left.set(item, count - 1);
    return false;
  });
}

/** Salaries are the same when their figures are; without figures, when their sentence is (a rewording of the same pay is no news). */
function sameSalary(a: Salary | undefined, b: Salary | undefined): boolean {
  if (!a || !b) return a === b;
  const hasFigures = a.min !== undefined || a.max !== undefined || b.min !== undefined || b.max !== undefined;
  if (!hasFigures) return a.text === b.text;
  return a.min === b.min && a.max === b.max && a.unit === b.unit && a.currency === b.currency;
}
