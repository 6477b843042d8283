// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findSkillRanges, type SkillRange } from '../../lib/page/find-skill-ranges';
import type { HighlightPainter } from '../../lib/page/paint-highlights';
import { paintInSlices, TASK_BUDGET_MS, type PaintInSlicesOptions } from '../../lib/page/paint-in-slices';
import { longestSpelling } from '../../lib/page/slice-text';
import { createSkillMatcher, SKILLS } from '../../lib/skills';

const matcher = createSkillMatcher(SKILLS);
const isMine = (skill: string) => skill === 'Python';
const HTML = [
  '<h1>Développeuse Python</h1>',
  '<p>Une équipe Ruby on <a href="#">Rails</a> et Django, en Go pour le backend.</p>',
  '<ul><li>PostgreSQL</li><li>Docker</li><li>Kubernetes</li></ul>',
  '<p>Le point de vue des usagers, Vue.js côté front, du Python encore.</p>',
].join('');

function recordingPainter(): HighlightPainter & { painted: SkillRange[] } {
  const painted: SkillRange[] = [];
  return { mode: 'highlights', painted, paint: (ranges) => void painted.push(...ranges), forget: () => {}, clear: () => {} };
}

/** A clock that moves only when told: the slices take whatever time the test says. */
function manualClock() {
  let time = 0;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

function options(overrides: Partial<PaintInSlicesOptions>): PaintInSlicesOptions {
  return {
    matcher,
    isMine,
    painter: recordingPainter(),
    longest: longestSpelling(SKILLS),
    yieldToPage: () => Promise.resolve(),
    yieldToFrame: () => Promise.resolve(),
    isCancelled: () => false,
    sliceLengths: { first: 20, rest: 20 },
    now: () => 0,
    ...overrides,
  };
}

describe('paintInSlices', () => {
  it('paints what one pass finds, however small the slices', async () => {
    document.body.innerHTML = HTML;
    const painter = recordingPainter();
    await paintInSlices(document, options({ painter }));
    expect(painter.painted).toEqual(findSkillRanges(document, matcher, isMine).ranges);
  });

  it('shows the first slice at the next frame, then lets the page in before a task would pass its budget', async () => {
    document.body.innerHTML = HTML;
    const clock = manualClock();
    const events: string[] = [];
    await paintInSlices(document, options({
      now: clock.now,
      onSlice: () => {
        events.push('slice');
        clock.advance(TASK_BUDGET_MS / 3);
      },
      yieldToFrame: () => Promise.resolve(void events.push('frame')),
      yieldToPage: () => Promise.resolve(void events.push('yield')),
    }));
    expect(events.slice(0, 5)).toEqual(['slice', 'frame', 'slice', 'slice', 'yield']);
    // Each task stops where a slice twice as slow as the last would take it past the budget.
    const tasks = events.slice(2).join(' ').split(' yield ');
    expect(tasks.slice(0, -1).every((task) => task === 'slice slice')).toBe(true);
    expect(events.filter((event) => event === 'slice').length).toBeGreaterThan(6);
    expect(events.at(-1)).toBe('slice');
  });

  it('never yields on a page that fits in one slice', async () => {
    document.body.innerHTML = HTML;
    let yields = 0;
    const count = () => Promise.resolve(void yields++);
    await paintInSlices(document, options({ sliceLengths: { first: 10_000, rest: 10_000 }, yieldToPage: count, yieldToFrame: count }));
    expect(yields).toBe(0);
  });

  it('stops after a yield once cancelled', async () => {
    document.body.innerHTML = HTML;
    let cancelled = false;
    let slices = 0;
    await paintInSlices(document, options({
      onSlice: () => void slices++,
      yieldToFrame: () => Promise.resolve(void (cancelled = true)),
      isCancelled: () => cancelled,
    }));
    expect(slices).toBe(1);
  });
});
