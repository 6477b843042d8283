import { describe, expect, it } from 'vitest';
import { DOCKED_WIDTH } from '../../lib/page/docked-width';
import { roomToMake } from '../../lib/page/make-room';

describe('roomToMake', () => {
  it('narrows the page to 640 px at 1,000 px, the panel taking the rest beside its gaps', () => {
    // 1,000 − 640 kept − 24 beside the text − 12 beside the edge.
    expect(roomToMake(1000)).toBe(324);
  });

  it('keeps to the panel’s widest on wider windows, leaving the page the rest', () => {
    expect(roomToMake(1280)).toBe(DOCKED_WIDTH.max);
  });

  it('makes no room where the page would keep less than 640 px beside the narrowest panel', () => {
    expect(roomToMake(896)).toBe(DOCKED_WIDTH.min);
    expect(roomToMake(895)).toBeUndefined();
    expect(roomToMake(800)).toBeUndefined();
  });
});
