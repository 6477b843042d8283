/*
 * The panel's styles, inside its shadow root. `all: initial` on the host stops the page's
 * inherited styles (fonts, colours, line heights); the host itself takes no room (0 × 0 in a
 * corner) and what it draws overflows it. Three modes (page-panel.ts): a tab on the window's
 * edge, docked in the page's free margin, or open over the page when the user unfolds it where
 * there is no margin. The panel is never taller than the window: its body scrolls, its bar and
 * its actions stay in view. Contrast is WCAG AA in both schemes; the focus ring is always visible.
 */
export const PANEL_STYLES = `
:host { all: initial; position: fixed; inset-block-start: 0; inset-inline-end: 0; width: 0; height: 0; z-index: 2147483647; }
.panel {
  --bg: #ffffff; --surface: #f4f5f8; --text: #16181d; --muted: #4a505c; --border: #c9ced8;
  --accent: #1d4ed8; --accent-text: #ffffff; --match: #bbf7d0; --match-text: #052e16; --missing: #fde68a; --missing-text: #422006;
  position: fixed; inset-block-start: 12px; inset-inline-end: 12px; box-sizing: border-box;
  display: flex; flex-direction: column; width: min(340px, calc(100vw - 24px)); max-height: calc(100vh - 24px);
  background: var(--bg); color: var(--text); border: 1px solid var(--border); border-radius: 8px;
  box-shadow: 0 4px 18px rgb(0 0 0 / 0.22); font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
}
.panel[data-mode='tab'] {
  inset-block-start: auto; inset-block-end: 16px; inset-inline-end: 0; width: auto;
  border-inline-end: none; border-start-end-radius: 0; border-end-end-radius: 0;
}
.panel[data-mode='tab'] .name, .panel[data-mode='tab'] .close, .panel[data-mode='tab'] .body, .panel[data-mode='tab'] .actions { display: none; }
@media (prefers-color-scheme: dark) {
  .panel {
    --bg: #14161b; --surface: #1e2129; --text: #eceef3; --muted: #b3b9c6; --border: #3a3f4b;
    --accent: #8fb3ff; --accent-text: #0b1020; --match: #14532d; --match-text: #dcfce7; --missing: #713f12; --missing-text: #fef3c7;
  }
}
.bar { display: flex; align-items: center; gap: 4px; padding: 4px; flex: none; }
button {
  font: inherit; color: var(--text); background: var(--surface); border: 1px solid var(--border);
  border-radius: 6px; padding: 0.3em 0.65em; cursor: pointer;
}
button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
button:disabled { cursor: default; opacity: 0.75; }
.toggle { display: flex; align-items: center; gap: 0.5em; flex: 1; background: transparent; border-color: transparent; font-weight: 600; }
.logo {
  display: inline-grid; place-items: center; width: 1.6em; height: 1.6em; border-radius: 50%;
  background: var(--accent); color: var(--accent-text); font-weight: 700;
}
.chip { color: var(--muted); font-weight: 600; }
.close { background: transparent; border-color: transparent; padding: 0.2em 0.55em; }
.body { padding: 0 12px; overflow: auto; min-height: 0; flex: 1 1 auto; overscroll-behavior: contain; }
.score { margin: 0 0 0.25em; font-size: 1.05em; font-weight: 600; }
.status { margin: 0 0 0.5em; color: var(--muted); }
h2 { font-size: 0.9em; margin: 0.75em 0 0.35em; }
.skills { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; margin: 0; padding: 0; }
.skills li { padding: 0 0.5em; border-radius: 999px; }
.matched li { background: var(--match); color: var(--match-text); }
.missing li { background: var(--missing); color: var(--missing-text); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; padding: 8px 12px 12px; flex: none; border-block-start: 1px solid var(--border); }
.primary { background: var(--accent); color: var(--accent-text); border-color: var(--accent); }
.live { margin: 0.5em 0; color: var(--muted); min-height: 1em; }
[hidden] { display: none !important; }
`;
