import { useState } from 'preact/hooks';
import type { SourcePreview } from '../../lib/sources/preview-source';
import { boardPermissionPattern, isBoardLocation, parseSourceUrl } from '../../lib/sources';
import type { BoardKind } from '../../lib/sources/types';
import { tCount, useT } from '../i18n';
import { describeProblem, type ProblemText } from './describe-problem';
import type { OptionsActions } from './options-model';
import { ProblemLine } from './problem-line';
import { SupportedSources } from './supported-sources';

type AddError = Extract<Awaited<ReturnType<OptionsActions['addSource']>>, { ok: false }>['error'];

const ERROR_KEYS: Record<AddError, string> = {
  'not-a-url': 'addSourceNotUrl',
  unsupported: 'addSourceUnsupported',
  duplicate: 'addSourceDuplicate',
  'not-found': 'addSourceNotFound',
  'not-a-folder': 'addSourceNotAFolder',
  unreachable: 'addSourceUnreachable',
  'refused-by-server': 'addSourceRefusedByServer',
};

/** A board read once and shown before it is added. */
interface PendingBoard {
  url: string;
  kind: BoardKind;
  name: string;
  openCount: number;
}

type Props = Pick<OptionsActions, 'addSource' | 'previewSource' | 'allowHosts'> & { formatTime: (time: number) => string };

/**
 * Adds a source from an address. A Git folder or a file is added at once. A job board or a feed
 * needs its host's permission: asked in the click itself (browsers ask only on a user gesture),
 * then the board is read once and previewed (name, open positions) before the seeker adds it.
 */
export function AddSourceForm({ addSource, previewSource, allowHosts, formatTime }: Props) {
  const t = useT();
  const [url, setUrl] = useState('');
  const [error, setError] = useState<ProblemText>();
  const [note, setNote] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<PendingBoard>();

  async function run(task: () => Promise<void>) {
    setBusy(true);
    // A new address gets its own answer: the last one's refusal or note no longer applies.
    setError(undefined);
    setNote(undefined);
    try {
      await task();
    } catch {
      setError({ sentence: t('actionFailed') });
    } finally {
      setBusy(false);
    }
  }

  function submit(event: Event) {
    event.preventDefault();
    setPending(undefined);
    const parsed = parseSourceUrl(url);
    if (!parsed.ok) {
      setError({ sentence: t(ERROR_KEYS[parsed.error]) });
      return;
    }
    if (!isBoardLocation(parsed.location)) {
      void run(() => add(url));
      return;
    }
    const board = parsed.location;
    // Called before any await: the browser shows its permission prompt only within the gesture.
    const granted = allowHosts([boardPermissionPattern(board)]);
    void run(async () => {
      if (!(await granted.catch(() => false))) {
        setError({ sentence: t('addBoardRefused', [new URL(board.url).host]) });
        return;
      }
      showPreview(url, board.kind, await previewSource(url));
    });
  }

  function showPreview(address: string, kind: BoardKind, preview: SourcePreview) {
    if (preview.ok) {
      setError(undefined);
      setPending({ url: address, kind, name: preview.name, openCount: preview.openCount });
    } else if (preview.error === 'fetch') {
      const problem = describeProblem({ kind: 'fetch', failure: preview.failure }, t, formatTime, true);
      setError({ sentence: t('addBoardUnreadable', [problem.sentence]), detail: problem.detail });
    } else {
      setError({ sentence: t(preview.error === 'not-a-url' ? 'addSourceNotUrl' : 'addSourceUnsupported') });
    }
  }

  async function add(address: string, name?: string) {
    const result = await addSource(address, name);
    if (result.ok) {
      setUrl('');
      setError(undefined);
      setPending(undefined);
      if (result.postingFiles === 0) setNote(t('addSourceEmpty'));
    } else setError({ sentence: t(ERROR_KEYS[result.error]), detail: result.detail });
  }

  return (
    <form class="add-source" onSubmit={submit} aria-describedby="add-source-help">
      <label for="source-url">{t('addSourceLabel')}</label>
      <div class="row">
        {/* Text, not type="url": the browser's own check would refuse an address typed without https://. */}
        <input
          id="source-url"
          name="source-url"
          type="text"
          inputMode="url"
          autoComplete="url"
          spellcheck={false}
          required
          value={url}
          placeholder="https://job-boards.greenhouse.io/acme"
          aria-invalid={error ? 'true' : undefined}
          aria-errormessage={error ? 'add-source-error' : undefined}
          onInput={(event) => {
            setUrl(event.currentTarget.value);
            setPending(undefined);
          }}
        />
        <button type="submit" disabled={busy} aria-busy={busy}>{t('addSourceButton')}</button>
      </div>
      <p id="add-source-help" class="help">{t('addSourceHelp')}</p>
      <SupportedSources />
      {error && <div id="add-source-error" class="error" role="alert"><ProblemLine problem={error} /></div>}
      {note && <p class="note" role="status" data-testid="add-source-note">{note}</p>}
      {pending && (
        <div class="board-preview" role="status" data-testid="board-preview">
          <p>
            <strong>{pending.name}</strong> — {tCount(t, 'addBoardOpenCount', pending.openCount)}
          </p>
          {pending.kind === 'recruitee' && <p class="help">{t('recruiteeTokenNotice')}</p>}
          <div class="row">
            <button type="button" class="primary" data-testid="confirm-board" disabled={busy} onClick={() => void run(() => add(pending.url, pending.name))}>
              {t('addBoardConfirm', [pending.name])}
            </button>
            <button type="button" onClick={() => setPending(undefined)}>{t('cancel')}</button>
          </div>
        </div>
      )}
    </form>
  );
}
