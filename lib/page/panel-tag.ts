/** Vigie's panel element on pages; the scanner and the mutation watcher leave it alone. */
export const PANEL_TAG_NAME = 'VIGIE-PANEL';
