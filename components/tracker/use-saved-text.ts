import { useEffect, useState } from 'preact/hooks';

// Saved while typing, once typing pauses: a tab can be closed at any moment, without a blur.
const SAVE_AFTER_MS = 500;

/** A text field's value, kept locally while typed and saved once typing pauses. */
export function useSavedText(stored: string, save: (value: string) => void): [string, (value: string) => void] {
  const [value, setValue] = useState(stored);
  useEffect(() => {
    if (value === stored) return;
    const timer = setTimeout(() => save(value), SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return [value, setValue];
}
