// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { watchMutations } from '../../lib/page/watch-mutations';

/** Runs the throttled flush by hand, as a timer would. */
function manualSchedule() {
  const pending: Array<() => void> = [];
  return { schedule: (run: () => void) => void pending.push(run), flush: () => pending.splice(0).forEach((run) => run()) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchMutations', () => {
  it('hands over what was added or edited, outermost roots only, once per batch', async () => {
    document.body.innerHTML = '<main><p id="edited">Python</p></main>';
    const batches: Node[][] = [];
    const timer = manualSchedule();
    const watch = watchMutations(document, (roots) => batches.push(roots), timer.schedule);
    const section = document.createElement('section');
    section.innerHTML = '<p>Docker</p>';
    document.querySelector('main')!.append(section);
    section.append(document.createElement('p'));
    document.getElementById('edited')!.firstChild!.textContent = 'Rust';
    await settle();
    expect(batches).toEqual([]);
    timer.flush();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toContain(section);
    expect(batches[0]).toHaveLength(2);
    watch.stop();
  });

  it('leaves Vigie’s own panel and marks alone', async () => {
    document.body.innerHTML = '<p>Python</p>';
    const batches: Node[][] = [];
    const timer = manualSchedule();
    const watch = watchMutations(document, (roots) => batches.push(roots), timer.schedule);
    document.body.append(document.createElement('vigie-panel'), document.createElement('vigie-mark'));
    await settle();
    timer.flush();
    expect(batches).toEqual([]);
    watch.stop();
  });

  it('reports removals, so that stale ranges are dropped', async () => {
    document.body.innerHTML = '<p>Python</p><p id="gone">Docker</p>';
    const batches: Node[][] = [];
    const timer = manualSchedule();
    const watch = watchMutations(document, (roots) => batches.push(roots), timer.schedule);
    document.getElementById('gone')!.remove();
    await settle();
    timer.flush();
    expect(batches).toEqual([[]]);
    watch.stop();
  });
});
