import type { FileProblem, SourceProblem } from '../../lib/db';
import type { SkipReason } from '../../lib/sources/classify-file-name';
import type { UnexpectedAnswer } from '../../lib/sources/types';
import type { Translate } from '../i18n';

const UNEXPECTED_ANSWER_KEYS: Record<UnexpectedAnswer, string> = {
  'html-page': 'problemHtmlPage',
  'not-json': 'problemNotJson',
  'not-xml': 'problemNotXml',
  'wrong-shape': 'problemWrongShape',
};

/** Why a file is not a posting (lib/postings/posting-error.ts, and 'internal' for a parser bug) → its sentence. */
const POSTING_REASON_KEYS: Record<string, string> = {
  empty: 'problemPostingEmpty',
  binary: 'problemPostingBinary',
  'too-large': 'problemPostingTooLarge',
  'not-a-posting': 'problemNotPosting',
  internal: 'problemPostingInternal',
};

/** A sentence for a person in the UI language, and the technical words (the browser's, the server's) shown only on demand. */
export interface ProblemText {
  sentence: string;
  detail?: string;
}

// Message names allow no dash: one entry per reason, so a new reason fails the type check until it is worded.
const SKIP_MESSAGES: Record<SkipReason, string> = {
  readme: 'skip_readme',
  'repository-file': 'skip_repository_file',
  index: 'skip_index',
  template: 'skip_template',
  'other-format': 'skip_other_format',
  'no-front-matter': 'skip_no_front_matter',
  draft: 'skip_draft',
  duplicate: 'skip_duplicate',
};

/**
 * One sentence for a person: what went wrong, and what to do when there is something to do.
 * `board`: the source is a job board or a feed (a 404 means no such board; no token helps).
 */
export function describeProblem(problem: SourceProblem | FileProblem, t: Translate, formatTime: (time: number) => string, board = false): ProblemText {
  switch (problem.kind) {
    case 'posting':
      return { sentence: t(POSTING_REASON_KEYS[problem.reason] ?? 'problemNotPosting'), detail: problem.message };
    case 'storage':
      return { sentence: t('problemStorage'), detail: problem.message };
    case 'skipped':
      return { sentence: t(SKIP_MESSAGES[problem.reason], problem.detail === undefined ? [] : [problem.detail]) };
    case 'repaired':
      return { sentence: t('problemRepaired'), detail: problem.warnings.map((warning) => warning.message).join('\n') };
    case 'empty-answer':
      return { sentence: t('problemEmptyAnswer', [String(problem.kept)]) };
    case 'unreachable':
      return { sentence: t('problemUnreachable', [problem.host, formatTime(problem.since), formatTime(problem.retryAt)]), detail: problem.detail };
    case 'fetch':
      return describeFetchFailure(problem.failure, t, formatTime, board);
  }
}

function describeFetchFailure(failure: Extract<SourceProblem, { kind: 'fetch' }>['failure'], t: Translate, formatTime: (time: number) => string, board: boolean): ProblemText {
  switch (failure.kind) {
    case 'rate-limited':
      return { sentence: t(board ? 'problemBoardRateLimited' : 'problemRateLimited', [failure.host, formatTime(failure.resetAt)]) };
    case 'http': {
      const notFound = board ? 'problemBoardNotFound' : 'problemNotFound';
      return { sentence: failure.status === 404 ? t(notFound) : t('problemHttp', [String(failure.status)]), detail: `HTTP ${failure.status} ${failure.url}` };
    }
    case 'unexpected-answer':
      return { sentence: t(UNEXPECTED_ANSWER_KEYS[failure.reason]), detail: failure.url };
    case 'timeout':
      return { sentence: t('problemTimeout'), detail: failure.url };
    case 'network':
      return { sentence: t('problemNetwork'), detail: `${failure.message} (${failure.url})` };
    case 'corrupt':
      return { sentence: t('problemCorrupt'), detail: `${failure.message} (${failure.url})` };
    case 'aborted':
      return { sentence: t('problemAborted') };
  }
}
