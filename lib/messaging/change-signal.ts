/**
 * The worker tells open pages what changed by writing this key in storage.local: pages
 * that read the database directly (the popup) reload just that part.
 */
export const CHANGE_SIGNAL_KEY = 'vigie:changed';

export type ChangeScope = 'board' | 'favorites' | 'sources' | 'settings' | 'searches';

export interface ChangeSignal {
  scope: ChangeScope;
  at: number;
}

export function isChangeSignal(value: unknown): value is ChangeSignal {
  return typeof value === 'object' && value !== null && typeof (value as ChangeSignal).scope === 'string' && typeof (value as ChangeSignal).at === 'number';
}
