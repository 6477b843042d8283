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
    isCancelled: () => false,
    sliceLength: 20,
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

  it('lets the page in only once a task has used its budget', async () => {
    document.body.innerHTML = HTML;
    const clock = manualClock();
    let slices = 0;
    let yields = 0;
    await paintInSlices(document, options({
      now: clock.now,
      onSlice: () => {
        slices++;
        clock.advance(TASK_BUDGET_MS / 2);
      },
      yieldToPage: () => Promise.resolve(void yields++),
    }));
    expect(slices).toBeGreaterThan(4);
    expect(yields).toBe(Math.floor(slices / 2));
  });

  it('never yields on a page scanned within the budget', async () => {
    document.body.innerHTML = HTML;
    let yields = 0;
    await paintInSlices(document, options({ yieldToPage: () => Promise.resolve(void yields++) }));
    expect(yields).toBe(0);
  });

  it('stops after a yield once cancelled', async () => {
    document.body.innerHTML = HTML;
    const clock = manualClock();
    let cancelled = false;
    let slices = 0;
    await paintInSlices(document, options({
      now: clock.now,
      onSlice: () => {
        slices++;
        clock.advance(TASK_BUDGET_MS);
      },
      yieldToPage: () => Promise.resolve(void (cancelled = true)),
      isCancelled: () => cancelled,
    }));
    expect(slices).toBe(1);
  });
});
