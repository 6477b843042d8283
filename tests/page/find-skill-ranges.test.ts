// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findSkillRanges, type SkillRange } from '../../lib/page/find-skill-ranges';
import { createSkillMatcher, SKILLS } from '../../lib/skills';

const matcher = createSkillMatcher(SKILLS);
const mine = new Set(['Python', 'PostgreSQL']);

function scan(html: string) {
  document.body.innerHTML = html;
  return findSkillRanges(document, matcher, (skill) => mine.has(skill));
}

/** The text a range covers, read back through the DOM, as the highlight will paint it. */
function covered(range: SkillRange): string {
  const dom = document.createRange();
  dom.setStart(range.startNode, range.startOffset);
  dom.setEnd(range.endNode, range.endOffset);
  return dom.toString();
}

describe('findSkillRanges', () => {
  it('finds the user’s skills and the others, in text order, with DOM ranges', () => {
    const { ranges, skills } = scan('<h1>Développeur Python</h1><p>Stack : <b>Django</b>, Postgres et Docker. Python encore.</p>');
    expect(skills).toEqual(['Python', 'Django', 'PostgreSQL', 'Docker']);
    expect(ranges.map((range) => [range.skill, range.kind, covered(range)])).toEqual([
      ['Python', 'match', 'Python'],
      ['Django', 'missing', 'Django'],
      ['PostgreSQL', 'match', 'Postgres'],
      ['Docker', 'missing', 'Docker'],
      ['Python', 'match', 'Python'],
    ]);
  });

  it('maps a name across inline markup to a range over several text nodes', () => {
    const { ranges } = scan('<p>Une équipe Ruby on <a href="#">Rails</a> côté serveur.</p>');
    expect(ranges).toHaveLength(1);
    const [range] = ranges;
    expect(range!.startNode).not.toBe(range!.endNode);
    expect(covered(range!)).toBe('Ruby on Rails');
  });

  it('never joins two blocks into one word', () => {
    expect(scan('<ul><li>Java</li><li>Script</li></ul>').skills).toEqual(['Java']);
  });

  it('does not read code, fields or editable areas', () => {
    const { skills } = scan('<p>Kubernetes</p><pre><code>pip install django</code></pre><textarea>Rust</textarea><div contenteditable>Elixir</div>');
    expect(skills).toEqual(['Kubernetes']);
  });

  it('scans only the root it is given', () => {
    document.body.innerHTML = '<p>Python</p><p id="added">Docker et Ansible</p>';
    const { skills } = findSkillRanges(document.getElementById('added')!, matcher, () => false);
    expect(skills).toEqual(['Docker', 'Ansible']);
  });

  it('returns nothing for a page without text', () => {
    expect(scan('<img alt="">')).toEqual({ ranges: [], skills: [] });
  });
});
