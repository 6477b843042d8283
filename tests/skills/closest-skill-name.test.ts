import Fuse from 'fuse.js';
import { describe, expect, it, vi } from 'vitest';
import { closestSkillName } from '../../lib/skills/closest-skill-name';

describe('the skill a name the taxonomy does not know is likely a slip of', () => {
  it('reads one slip, a swap of two letters included, as the skill meant', () => {
    expect(closestSkillName('pyhton')).toBe('Python');
    expect(closestSkillName('Djnago')).toBe('Django');
    expect(closestSkillName('javscript')).toBe('JavaScript');
    expect(closestSkillName('Kotln')).toBe('Kotlin');
    expect(closestSkillName('kuberntes')).toBe('Kubernetes');
  });

  it('allows two slips from eight letters on, without accents counting', () => {
    expect(closestSkillName('Symphony')).toBe('Symfony');
    expect(closestSkillName('terraformm')).toBe('Terraform');
  });

  it('says nothing of a name the taxonomy knows, whatever its case, or of a short one', () => {
    expect(closestSkillName('javascript')).toBeUndefined();
    expect(closestSkillName('Golang')).toBeUndefined();
    expect(closestSkillName('lava')).toBeUndefined();
  });

  it('proposes nothing for a word merely sharing letters with a skill, or only inside a longer one', () => {
    // "Debian" is two substitutions from "design"; "InDesign" holds it whole.
    expect(closestSkillName('design')).toBeUndefined();
    expect(closestSkillName('cuisine')).toBeUndefined();
    expect(closestSkillName('santé')).toBeUndefined();
  });

  it('reads two slips in the taxonomy’s longest spellings, and does not search at all for an input longer still (a pasted sentence)', () => {
    expect(closestSkillName('accessibilité des services numériquess')).toBe('Accessibilité numérique');
    const search = vi.spyOn(Fuse.prototype, 'search');
    try {
      // fuse.js takes about 2 ms a character: a pasted paragraph froze the options page for seconds.
      expect(closestSkillName('Développeur fullstack expérimenté, autonome et curieux. '.repeat(100))).toBeUndefined();
      expect(search).not.toHaveBeenCalled();
    } finally {
      search.mockRestore();
    }
  });
});
