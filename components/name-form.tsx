import { useState } from 'preact/hooks';
import { useT } from './i18n';

interface Props {
  name: string;
  label: string;
  /** The label is for screen readers only, where the field stands in place of the name it edits. */
  labelHidden?: boolean;
  maxLength: number;
  /** The name given, trimmed; undefined when the seeker gave up (Escape, Cancel). */
  onDone: (name: string | undefined) => void | Promise<void>;
}

/** A name to give, a saved search's or a source's: submitted with Enter, abandoned with Escape or Cancel. */
export function NameForm({ name, label, labelHidden = false, maxLength, onDone }: Props) {
  const t = useT();
  const [value, setValue] = useState(name);
  return (
    <form class="name-form" onSubmit={(event) => { event.preventDefault(); if (value.trim()) void onDone(value.trim()); }}
      // Escape stops here: in the popup it would also close the popup.
      onKeyDown={(event) => { if (event.key === 'Escape') { event.preventDefault(); event.stopPropagation(); void onDone(undefined); } }}>
      <label>
        <span class={labelHidden ? 'visually-hidden' : undefined}>{label}</span>
        {/* The form appears where the seeker asked for it: the field takes the focus. */}
        <input name="name" type="text" maxLength={maxLength} value={value} autoFocus required onInput={(event) => setValue(event.currentTarget.value)} />
      </label>
      <button type="submit" data-testid="confirm-name">{t('save')}</button>
      <button type="button" onClick={() => void onDone(undefined)}>{t('cancel')}</button>
    </form>
  );
}
