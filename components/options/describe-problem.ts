import type { FileProblem, SourceProblem } from '../../lib/db';
import type { UnexpectedAnswer } from '../../lib/sources/types';
import type { Translate } from '../i18n';

const UNEXPECTED_ANSWER_KEYS: Record<UnexpectedAnswer, string> = {
  'html-page': 'problemHtmlPage',
  'not-json': 'problemNotJson',
  'not-xml': 'problemNotXml',
  'wrong-shape': 'problemWrongShape',
};

/**
 * One sentence for a person: what went wrong, and what to do when there is something to do.
 * `board`: the source is a job board or a feed (a 404 means no such board; no token helps).
 */
export function describeProblem(problem: SourceProblem | FileProblem, t: Translate, formatTime: (time: number) => string, board = false): string {
  if (problem.kind === 'posting') return t('problemNotPosting', [problem.message]);
  if (problem.kind === 'storage') return t('problemStorage', [problem.message]);
  if (problem.kind === 'repaired') return t('problemRepaired', [problem.warnings.map((warning) => warning.message).join(' ; ')]);
  const failure = problem.failure;
  switch (failure.kind) {
    case 'rate-limited':
      return t(board ? 'problemBoardRateLimited' : 'problemRateLimited', [failure.host, formatTime(failure.resetAt)]);
    case 'http':
      if (failure.status === 404) return t(board ? 'problemBoardNotFound' : 'problemNotFound');
      return t('problemHttp', [String(failure.status)]);
    case 'unexpected-answer':
      return t(UNEXPECTED_ANSWER_KEYS[failure.reason]);
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
