/** Moves focus to the previous or next row's main control in a list: arrows walk the results. */
export function moveRowFocus(container: HTMLElement, direction: 1 | -1): boolean {
  const rows = Array.from(container.querySelectorAll<HTMLElement>('[data-row-focus]'));
  if (rows.length === 0) return false;
  const current = rows.findIndex((row) => row === document.activeElement || row.contains(document.activeElement));
  const next = current === -1 ? (direction === 1 ? 0 : rows.length - 1) : current + direction;
  const target = rows[Math.max(0, Math.min(rows.length - 1, next))];
  target?.focus();
  return target !== undefined;
}
