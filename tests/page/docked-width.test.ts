import { describe, expect, it } from 'vitest';
import { DOCKED_WIDTH, dockedWidth } from '../../lib/page/docked-width';

describe('dockedWidth', () => {
  it('docks the panel in the margin a centred text column leaves', () => {
    // 1,265 px without the scrollbar, a 680 px column in the middle: 292 px on its right, 24 of them kept free beside the text, 12 beside the edge.
    expect(dockedWidth(1265, (1265 + 680) / 2)).toBe(256);
  });

  it('keeps to its widest on a wide screen', () => {
    expect(dockedWidth(2560, 1400)).toBe(DOCKED_WIDTH.max);
  });

  it('gives no room when the margin is narrower than the panel can be', () => {
    // 1,000 px, the same column: 160 px on its right.
    expect(dockedWidth(985, (985 + 680) / 2)).toBeUndefined();
    // Text from edge to edge.
    expect(dockedWidth(1280, 1280)).toBeUndefined();
  });

  it('takes the whole window on a page without text', () => {
    expect(dockedWidth(1000, 0)).toBe(DOCKED_WIDTH.max);
  });
});
