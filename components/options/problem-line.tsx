import { useT } from '../i18n';
import type { ProblemText } from './describe-problem';

/** A problem's sentence, with its technical detail folded away for whoever wants it. */
export function ProblemLine({ problem }: { problem: ProblemText }) {
  const t = useT();
  return (
    <>
      {problem.sentence}
      {problem.detail && (
        <details class="technical">
          <summary>{t('technicalDetail')}</summary>
          <code>{problem.detail}</code>
        </details>
      )}
    </>
  );
}
