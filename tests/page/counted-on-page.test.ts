// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countedPainter, countedRanges, skillNamesOf } from '../../lib/page/counted-on-page';
import type { HighlightPainter } from '../../lib/page/paint-highlights';
import { findSkillRanges, type SkillRange } from '../../lib/page/find-skill-ranges';
import { createSkillMatcher, SKILLS } from '../../lib/skills';
import { skillEvidence } from '../../lib/skills/skill-evidence';

const matcher = createSkillMatcher(SKILLS);
const names = skillNamesOf(matcher);

/** The skills painted on a page holding `html`, each with the text it covers. */
function painted(html: string): string[] {
  document.body.innerHTML = html;
  const { ranges } = findSkillRanges(document, matcher, () => false);
  return countedRanges(ranges, names).map(covered);
}

function covered(range: SkillRange): string {
  const dom = document.createRange();
  dom.setStart(range.startNode, range.startOffset);
  dom.setEnd(range.endNode, range.endOffset);
  return dom.toString();
}

describe('countedRanges', () => {
  it('leaves a team roster unpainted, whatever inline markup cuts its lines', () => {
    const roster = '<ul><li><b>Agathe L.</b> : UX designer</li><li>Fabien&nbsp;– <a href="#">développeur Python</a></li><li>Anne Pichon (product designer)</li></ul>';
    expect(painted(`<h2>L’équipe</h2>${roster}<h2>Profil</h2><p>Vous maîtrisez Python et Figma.</p>`)).toEqual(['Python', 'Figma']);
  });

  it('tells lines apart at <br>, not at inline markup', () => {
    expect(painted('<p>Agathe : <i>UX designer</i><br>Vous connaissez le <b>UX design</b> et Figma.</p>')).toEqual(['UX design', 'Figma']);
  });

  it('leaves the roles a sentence counts unpainted, and the rest of the sentence painted', () => {
    expect(painted('<p>Avec un designer UX et 2 développeurs, vous coderez en Django.</p>')).toEqual(['Django']);
  });

  it('leaves a job title in capitals unpainted, but not a line of skills in capitals', () => {
    expect(painted('<h1>DESIGNER UX</h1><p>HTML, CSS, SQL</p>')).toEqual(['HTML', 'CSS', 'SQL']);
  });

  it('keeps what the posting reading keeps, on the same text', () => {
    const lines = ['Product Manager : Agathe L.', 'Nous cherchons une personne qui connaît Python et PostgreSQL.', '- Un designer UX', 'Stack : Django, Docker.'];
    const read = skillEvidence(lines.join('\n'));
    const expected = lines.flatMap((line, index) => matcher.find(read.split('\n')[index]!).flatMap((match) => match.ranges.map(([start, end]) => line.slice(start, end))));
    expect(painted(lines.map((line) => `<p>${line}</p>`).join(''))).toEqual(expected);
    expect(expected).toEqual(['Python', 'PostgreSQL', 'Django', 'Docker']);
  });

  it('leaves unpainted a block that is one of the texts the posting reading leaves out (its "Qui sommes-nous ?", "About us"), whatever its spaces', () => {
    document.body.innerHTML = '<h2>La mission</h2><p>Du Python et du Docker.</p><h2>Qui sommes-nous ?</h2><p>Nous  codons en <a href="#">Python</a>\n et en Rust.</p><ul><li>Docker partout</li></ul>';
    const { ranges } = findSkillRanges(document, matcher, () => false);
    const aside = new Set(['Nous codons en Python et en Rust.', 'Docker partout']);
    expect(countedRanges(ranges, names, aside).map(covered)).toEqual(['Python', 'Docker']);
  });

  it('reads a page whose text sits in one long block node by node', () => {
    const long = `<div>${'Python et Docker. '.repeat(400)}<br>Agathe : UX designer</div>`;
    expect(painted(long)).toHaveLength(800);
  });

  it('hands a painter only the ranges shown and counted, and passes the rest on', () => {
    document.body.innerHTML = '<ul><li>Agathe : développeuse Python</li></ul><p>Python, Django et Docker.</p>';
    const calls: string[] = [];
    const recorder: HighlightPainter = {
      mode: 'highlights',
      paint: (ranges) => calls.push(`paint ${ranges.map((range) => `${range.skill}/${range.kind}`).join(' ')}`),
      forget: (roots) => calls.push(`forget ${roots.length}`),
      clear: () => calls.push('clear'),
    };
    const painter = countedPainter(recorder, names, (range) => range.kind === 'match' || range.skill === 'Docker');
    painter.paint(findSkillRanges(document, matcher, (skill) => skill === 'Python').ranges);
    painter.forget([document.body]);
    painter.clear();
    // The roster's Python is not painted, nor Django, which `shown` leaves out.
    expect(calls).toEqual(['paint Python/match Docker/missing', 'forget 1', 'clear']);
    expect(painter.mode).toBe('highlights');
  });
});
