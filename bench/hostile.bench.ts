/**
 * Hostile files (tests/support/hostile-postings.ts): how the whole parse's time grows when the
 * hostile part doubles. A parser linear in its input takes about twice as long (ratio ≈ 2); a
 * regular expression that backtracks, or a reader that copies the rest of the text at each step,
 * takes four times as long or more. The security tests check what these files give; the timing
 * is here, on the same shapes.
 */
import { parsePosting } from '../lib/postings';
import { BODY_SIZE, FRONT_MATTER_SIZE, HOSTILE_BODIES, HOSTILE_FRONT_MATTERS, type HostileShape } from '../tests/support/hostile-postings';
import { round, type Benchmark } from './support/benchmark';

// The fastest of several rounds: the least a busy machine adds to the parse's own time.
const ROUNDS = 7;
/** Linear growth doubles the time; the margin is for the garbage collector and a busy machine. */
const MOST_GROWTH = 3;

function fastestMilliseconds(text: string): number {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    parsePosting(text, { path: 'hostile.md' });
    times.push(performance.now() - start);
  }
  return Math.min(...times);
}

function growthRow(kind: string, shape: HostileShape, size: number) {
  const half = fastestMilliseconds(shape.build(size / 2));
  const whole = fastestMilliseconds(shape.build(size));
  const growth = whole / Math.max(half, 0.01);
  return {
    case: `${kind}: ${shape.name}`,
    'characters': size,
    'ms (fastest)': round(whole, 1),
    'ms at half the size': round(half, 1),
    growth: `${round(growth, 2)}×`,
    target: `≤ ${MOST_GROWTH}×`,
    met: growth <= MOST_GROWTH ? 'yes' : 'no',
  };
}

const benchmark: Benchmark = {
  name: 'hostile',
  async run() {
    // The first parse compiles the skills taxonomy: keep it out of every row.
    parsePosting('---\ntitle: Dev\n---\n# Dev\n', { path: 'warm.md' });
    return [
      ...HOSTILE_BODIES.map((shape) => growthRow('body', shape, BODY_SIZE)),
      ...HOSTILE_FRONT_MATTERS.map((shape) => growthRow('front matter', shape, FRONT_MATTER_SIZE)),
    ];
  },
};

export default benchmark;
