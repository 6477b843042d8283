import { describe, expect, it } from 'vitest';
import { createSnapshotKeeper } from '../../lib/board/snapshot-keeper';

/** A database of one value and a copy of it, with steps that take a turn of the event loop, as storage calls do. */
function setUp() {
  const state = { value: 1, copy: undefined as number | undefined, copiesMade: 0 };
  const later = () => new Promise((resolve) => setTimeout(resolve, 1));
  let onMake = () => undefined as void;
  const makeStarted = () => new Promise<void>((resolve) => (onMake = resolve));
  const keeper = createSnapshotKeeper({
    async make() {
      onMake();
      const read = state.value;
      await later();
      state.copy = read;
      state.copiesMade++;
    },
    async forget() {
      await later();
      state.copy = undefined;
    },
  });
  const change = (value: number, during?: () => void) => keeper.whileChanging(async () => {
    await later();
    state.value = value;
    during?.();
    await later();
    return value;
  });
  return { state, keeper, change, makeStarted };
}

describe('createSnapshotKeeper', () => {
  it('forgets the copy before a change and makes it again after, with the change’s answer', async () => {
    const { state, change } = setUp();
    state.copy = 1;
    let copyDuringChange: number | undefined = -1;
    await expect(change(2, () => (copyDuringChange = state.copy))).resolves.toBe(2);
    expect(copyDuringChange).toBeUndefined();
    expect(state.copy).toBe(2);
  });

  it('makes no copy while another change is under way, and the current one when the last ends', async () => {
    const { state, change } = setUp();
    const copies: Array<number | undefined> = [];
    const first = change(2, () => copies.push(state.copy));
    const second = change(3, () => copies.push(state.copy));
    await Promise.all([first, second]);
    expect(copies).toEqual([undefined, undefined]);
    expect(state.copy).toBe(3);
    expect(state.copiesMade).toBe(1);
  });

  it('never leaves a copy older than the database when a change starts while the copy is being made', async () => {
    const { state, change, makeStarted } = setUp();
    const first = change(2);
    await makeStarted();
    const copies: Array<number | undefined> = [];
    const second = change(3, () => copies.push(state.copy));
    await Promise.all([first, second]);
    expect(copies).toEqual([undefined]);
    expect(state.copy).toBe(3);
  });

  it('forgets the old copy after the change when storage refused to forget it before and refuses the new copy', async () => {
    let copy: number | undefined = 1;
    let forgets = 0;
    const keeper = createSnapshotKeeper({
      make: () => Promise.reject(new Error('quota')),
      async forget() {
        forgets++;
        if (forgets === 1) throw new Error('busy');
        copy = undefined;
      },
    });
    await keeper.whileChanging(async () => 'changed');
    expect(copy).toBeUndefined();
  });

  it('still makes the change, and answers it, when storage refuses the copy', async () => {
    const keeper = createSnapshotKeeper({ make: () => Promise.reject(new Error('quota')), forget: () => Promise.reject(new Error('quota')) });
    await expect(keeper.whileChanging(async () => 'changed')).resolves.toBe('changed');
    await expect(keeper.whileChanging(() => Promise.reject(new Error('the change failed')))).rejects.toThrow('the change failed');
  });
});
