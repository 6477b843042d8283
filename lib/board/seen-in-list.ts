/**
 * When a new posting counts as seen in a list: its row stood at least `dwellMs` in view without
 * a break (a row scrolled past, or shown a blink before the popup closed, was not read). The
 * popup feeds it what its IntersectionObserver reports; pure, so the rule is tested apart.
 */
export class SeenInList {
  private readonly inViewSince = new Map<string, number>();
  private readonly seen = new Set<string>();

  constructor(private readonly dwellMs: number) {}

  /** The row came into view (enough of it to read its title) at `at`. */
  enter(id: string, at: number): void {
    if (!this.seen.has(id) && !this.inViewSince.has(id)) this.inViewSince.set(id, at);
  }

  /** The row left the view: its time in view starts again from zero. */
  leave(id: string): void {
    this.inViewSince.delete(id);
  }

  /** The rows seen by `now` and not reported before; each is reported once. */
  takeSeen(now: number): string[] {
    const due = [...this.inViewSince].filter(([, since]) => now - since >= this.dwellMs).map(([id]) => id);
    for (const id of due) {
      this.inViewSince.delete(id);
      this.seen.add(id);
    }
    return due;
  }
}

/** Long enough to read a row's title and organization, short enough that a glance at the list counts. */
export const SEEN_DWELL_MS = 1500;
