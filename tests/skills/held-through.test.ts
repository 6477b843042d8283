import { describe, expect, it } from 'vitest';
import { skillsHeldThrough } from '../../lib/skills/held-through';

describe('skillsHeldThrough', () => {
  it('names, for each skill a seeker has only through another, the first of theirs that implies it', () => {
    expect(skillsHeldThrough(['Python', 'React'])).toEqual(new Map([['javascript', 'React']]));
    // Followed through: Next.js implies React, which implies JavaScript.
    expect(skillsHeldThrough(['Next.js']).get('javascript')).toBe('Next.js');
    expect(skillsHeldThrough(['Django', 'Flask']).get('python')).toBe('Django');
  });

  it('leaves out what the seeker listed themselves, whatever its case', () => {
    expect(skillsHeldThrough(['react', 'javascript']).has('javascript')).toBe(false);
    expect(skillsHeldThrough(['Django', 'python'])).toEqual(new Map());
  });

  it('is empty for skills that imply nothing', () => {
    expect(skillsHeldThrough(['Python', 'Figma', 'pas une compétence'])).toEqual(new Map());
  });
});
