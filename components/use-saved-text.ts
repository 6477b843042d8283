import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

// Saved while typing, once typing pauses: a tab or the popup can be closed at any moment, without a blur.
const SAVE_AFTER_MS = 500;

/**
 * A text field's value: the stored one, followed as it changes (the popup, another browser), except
 * while the seeker types here; what they type is saved once typing pauses, and at once when the
 * field goes away or the page is left before that.
 */
export function useSavedText(stored: string, save: (value: string) => void): [string, (value: string) => void] {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const pending = useRef<{ value: string; timer: ReturnType<typeof setTimeout> } | undefined>(undefined);
  const saveLatest = useRef(save);
  saveLatest.current = save;

  const flush = useCallback(() => {
    const edit = pending.current;
    if (!edit) return;
    clearTimeout(edit.timer);
    pending.current = undefined;
    saveLatest.current(edit.value);
  }, []);

  useEffect(() => {
    if (!pending.current) setDraft(undefined);
  }, [stored]);

  useEffect(() => {
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const edit = useCallback((value: string) => {
    setDraft(value);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { value, timer: setTimeout(flush, SAVE_AFTER_MS) };
  }, [flush]);

  return [draft ?? stored, edit];
}
