import { useState } from 'preact/hooks';
import { wordKey, type WordScope } from '../lib/noise/noise-rules';
import { useT } from './i18n';

interface Props {
  /** The word field's id, unique on its page; the scope's is `${id}-scope`, the button's test id the same. */
  id: string;
  /** Blocks the word where the seeker chose; the field empties once it is done. */
  onBlock: (word: string, scope: WordScope) => Promise<unknown> | void;
}

/** Blocking a word, in titles or anywhere in the posting: the options page's list and the popup's card both offer it. */
export function BlockWordForm({ id, onBlock }: Props) {
  const t = useT();
  const [word, setWord] = useState('');
  const [scope, setScope] = useState<WordScope>('title');
  // A word of signs only ("!!!") compares with nothing: said here, rather than "blocked" with nothing blocked.
  const [signsOnly, setSignsOnly] = useState(false);
  return (
    <form class="row" onSubmit={(event) => {
      event.preventDefault();
      if (!word.trim()) return;
      setSignsOnly(!wordKey(word));
      // Cleared once blocked, unless another word was typed meanwhile: that one is kept.
      if (wordKey(word)) void Promise.resolve(onBlock(word, scope)).then(() => setWord((typed) => (typed === word ? '' : typed)));
    }}>
      <label for={id}>{t('blockWordLabel')}</label>
      <input id={id} value={word} maxLength={300} aria-invalid={signsOnly ? 'true' : undefined} aria-errormessage={signsOnly ? `${id}-error` : undefined}
        onInput={(event) => { setWord(event.currentTarget.value); setSignsOnly(false); }} />
      <label for={`${id}-scope`} class="visually-hidden">{t('blockWordScope')}</label>
      <select id={`${id}-scope`} value={scope} onChange={(event) => setScope(event.currentTarget.value as WordScope)}>
        <option value="title">{t('scope_title')}</option>
        <option value="anywhere">{t('scope_anywhere')}</option>
      </select>
      <button type="submit" data-testid={id}>{t('blockWord')}</button>
      {signsOnly && <p id={`${id}-error`} class="error" role="alert">{t('blockWordSignsOnly', [word.trim()])}</p>}
    </form>
  );
}
