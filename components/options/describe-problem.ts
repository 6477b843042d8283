import type { FileProblem, SourceProblem } from '../../lib/db';
import type { Translate } from '../i18n';

/** One sentence for a person: what went wrong, and what to do when there is something to do. */
export function describeProblem(problem: SourceProblem | FileProblem, t: Translate, formatTime: (time: number) => string): string {
  if (problem.kind === 'posting') return t('problemNotPosting', [problem.message]);
  if (problem.kind === 'storage') return t('problemStorage', [problem.message]);
  if (problem.kind === 'repaired') return t('problemRepaired', [problem.warnings.map((warning) => warning.message).join(' ; ')]);
  const failure = problem.failure;
  switch (failure.kind) {
    case 'rate-limited':
      return t('problemRateLimited', [failure.host, formatTime(failure.resetAt)]);
    case 'http':
      return failure.status === 404 ? t('problemNotFound') : t('problemHttp', [String(failure.status)]);
    case 'timeout':
      return t('problemTimeout');
    case 'network':
      return t('problemNetwork', [failure.message]);
    case 'corrupt':
      return t('problemCorrupt', [failure.message]);
    case 'aborted':
      return t('problemAborted');
  }
}
