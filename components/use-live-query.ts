import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Re-renders when the query's result changes, including changes the background worker
 * commits (Dexie broadcasts them to every page of the extension's origin).
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: (error) => console.error('Vigie: live query failed', error) });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
