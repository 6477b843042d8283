/** How the copy is made and forgotten (the worker's storage calls). */
export interface SnapshotStore {
  /** Reads what is copied now and stores the copy. */
  make(): Promise<void>;
  forget(): Promise<void>;
}

export interface SnapshotKeeper {
  /**
   * Runs `work`, which may change what the copy holds: the copy is forgotten before it starts and
   * made again once no change is under way, so a reader finds either no copy or the current state.
   */
  whileChanging<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * Keeps a copy of part of the database right whatever the order of the changes: the forgets and
 * makes run one after another, a change's work starts only once the copy is forgotten, and a copy
 * is made only when no change is running (one that starts while it is being made waits for it, then
 * forgets it). Nothing is kept across a worker's restart: a worker stopped during a change leaves no
 * copy, and the reader falls back to the database.
 */
export function createSnapshotKeeper(store: SnapshotStore): SnapshotKeeper {
  let changing = 0;
  let turn: Promise<void> = Promise.resolve();
  const inTurn = (step: () => Promise<void>): Promise<void> => {
    const done = turn.then(step);
    // A failed step (storage refused) must not stop the steps after it.
    turn = done.catch(() => undefined);
    return done;
  };
  return {
    async whileChanging(work) {
      changing++;
      try {
        // The change is the seeker's or the sync's: it is made even when storage refuses the copy's steps.
        await inTurn(store.forget).catch(() => undefined);
        return await work();
      } finally {
        changing--;
        await inTurn(async () => {
          // A copy not made again is forgotten once more: the first forget may have been refused too.
          if (changing === 0) await store.make().catch(() => store.forget());
        }).catch(() => undefined);
      }
    },
  };
}
