import { useState } from 'preact/hooks';
import type { FileRecord, SourceRecord } from '../../lib/db';
import { MAX_NAME_LENGTH } from '../../lib/db/source-store';
import { tCount, useT } from '../i18n';
import { NameForm } from '../name-form';
import { isBoardLocation } from '../../lib/sources';
import { describeProblem } from './describe-problem';
import { ProblemLine } from './problem-line';
import type { OptionsActions } from './options-model';

interface Props {
  source: SourceRecord;
  problems: FileRecord[];
  actions: Pick<OptionsActions, 'renameSource' | 'setPaused' | 'removeSource' | 'syncNow'>;
  formatTime: (time: number) => string;
}

export function SourceItem({ source, problems, actions, formatTime }: Props) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const { sync } = source;
  const status = isEmptyFolder(source) ? 'empty' : sync.status;
  const titleId = `source-${source.id}-name`;
  const skipped = problems.filter((file) => file.problem?.kind === 'skipped');
  const failing = problems.filter((file) => file.problem?.kind !== 'skipped');

  return (
    <li
      class={`source status-${status}`}
      data-testid="source"
      data-source-url={source.url}
      data-status={status}
      data-count={sync.count}
      aria-labelledby={titleId}
    >
      <div class="source-head">
        {editing ? (
          <NameForm name={source.name} label={t('renameLabel')} labelHidden maxLength={MAX_NAME_LENGTH} onDone={async (name) => {
            if (name !== undefined) await actions.renameSource(source.id, name);
            setEditing(false);
          }} />
        ) : (
          <h3 id={titleId}>
            {source.name}
            {source.archive && <span class="badge">{t('sourceArchive')}</span>}
            {source.paused && <span class="badge">{t('sourcePaused')}</span>}
          </h3>
        )}
        <a class="source-url" href={source.url} target="_blank" rel="noopener noreferrer">{source.url}</a>
      </div>
      <p class="source-state" aria-live="polite">
        <SyncState source={source} formatTime={formatTime} />
      </p>
      {sync.progress && (
        <progress max={Math.max(1, sync.progress.total)} value={sync.progress.done} aria-label={t('syncProgressLabel', [source.name])} />
      )}
      {sync.error && <div class="error" role="status" data-testid="source-problem"><ProblemLine problem={describeProblem(sync.error, t, formatTime, isBoardLocation(source.location))} /></div>}
      <FileList files={failing} summary={tCount(t, 'fileProblems', failing.length)} kind="problems" formatTime={formatTime} />
      <FileList files={skipped} summary={tCount(t, 'skippedFiles', skipped.length)} kind="skipped" formatTime={formatTime} />
      <div class="actions" role="group" aria-label={t('sourceActions', [source.name])}>
        <button type="button" data-testid="sync-source" disabled={sync.status === 'syncing'} onClick={() => void actions.syncNow(source.id)}>
          {t('syncNow')}
        </button>
        <button type="button" onClick={() => setEditing(true)}>{t('rename')}</button>
        <button type="button" aria-pressed={source.paused} onClick={() => void actions.setPaused(source.id, !source.paused)}>
          {source.paused ? t('resume') : t('pause')}
        </button>
        <button
          type="button"
          class="danger"
          data-testid="remove-source"
          onClick={() => {
            if (confirm(t('removeConfirm', [source.name]))) void actions.removeSource(source.id);
          }}
        >
          {t('remove')}
        </button>
      </div>
    </li>
  );
}

/** The files of a source that are not on the board, each with its reason. */
function FileList({ files, summary, kind, formatTime }: { files: FileRecord[]; summary: string; kind: 'problems' | 'skipped'; formatTime: Props['formatTime'] }) {
  const t = useT();
  if (files.length === 0) return null;
  return (
    <details class={kind} data-testid={`source-${kind}`}>
      <summary>{summary}</summary>
      <ul>
        {files.map((file) => (
          <li key={file.id}>
            <code>{file.path}</code> — {file.problem && <ProblemLine problem={describeProblem(file.problem, t, formatTime)} />}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * "61 offres, aucune ouverte", "8 offres, dont une ouverte", "1 offre, ouverte": the open count in words where a
 * number would read wrong, the postings counted in their plural form (a folder may hold a single posting).
 */
const OPEN_COUNT_MESSAGES: Readonly<Record<number, string>> = { 0: 'sourceCountsNoneOpen', 1: 'sourceCountsOneOpen' };

function SyncState({ source, formatTime }: Pick<Props, 'source' | 'formatTime'>) {
  const t = useT();
  const { sync } = source;
  if (sync.status === 'syncing') {
    return <>{sync.progress ? t('syncingProgress', [String(sync.progress.done), String(sync.progress.total)]) : t('syncingListing')}</>;
  }
  const last = sync.lastSuccessAt ? t('lastSync', [formatTime(sync.lastSuccessAt)]) : t('neverSynced');
  if (isEmptyFolder(source)) return <>{t('sourceEmptyFolder')} · {last}</>;
  return <>{tCount(t, OPEN_COUNT_MESSAGES[sync.openCount] ?? 'sourceCounts', sync.count, [String(sync.openCount)])} · {last}</>;
}

/** Synced, and the folder lists no posting file (only readmes, templates… or nothing): not a green "0 postings". */
function isEmptyFolder(source: SourceRecord): boolean {
  return source.sync.status === 'ok' && source.sync.fileCount === 0;
}
