import { describe, expect, it } from 'vitest';
import { countLeftOut, createNoiseJudge, judgedOffer, memoizeJudge, ruleOfReason, type JudgedPosting } from '../../lib/noise/judge-noise';
import { hideRule, organizationRule, undoneRule, wordRule, type NoiseRule } from '../../lib/noise/noise-rules';
import { sampleOffer } from '../db/sample-offer';

const AT = 1_760_000_000_000;
const posting = (title: string, organization?: string, text?: string, id = 'src:jobs/a.md'): JudgedPosting => ({ id, title, organization, text });
const defined = <T,>(value: T | undefined): T => {
  if (value === undefined) throw new Error('rule expected');
  return value;
};

describe('createNoiseJudge', () => {
  it('lets everything through without rules', () => {
    expect(createNoiseJudge([])(posting('Développeur·euse'))).toBeUndefined();
  });

  it('hides a posting by its id, and only that one', () => {
    const judge = createNoiseJudge([hideRule('src:jobs/a.md', 'Dev', AT)]);
    expect(judge(posting('Dev', undefined, undefined, 'src:jobs/a.md'))).toEqual({ kind: 'hidden' });
    expect(judge(posting('Dev', undefined, undefined, 'src:jobs/b.md'))).toBeUndefined();
  });

  it.each([
    ['Etalab', 'ÉTALAB'],
    ['Etalab', ' etalab '],
    ['Agence nationale de la cohésion des territoires', 'agence nationale de la cohesion des territoires'],
    ["L'Incubateur", 'l’incubateur'],
  ])('blocks the organization %s written %s', (blocked, written) => {
    const judge = createNoiseJudge([defined(organizationRule(blocked, AT))]);
    expect(judge(posting('Chargé de mission', written))).toEqual({ kind: 'organization', name: blocked });
  });

  it('does not block an organization whose name only contains the blocked one', () => {
    const judge = createNoiseJudge([defined(organizationRule('Etalab', AT))]);
    expect(judge(posting('Dev', 'DINUM / Etalab'))).toBeUndefined();
  });

  it.each([
    ['stage', 'Stage : développeur front', true],
    ['stage', 'Stagiaire développeur', false],
    ['stage', 'Backstage engineer', false],
    ['developpeur', 'Développeur Python', true],
    ['DÉVELOPPEUR', 'developpeur python', true],
    ['temps partiel', 'Chef de projet (temps-partiel)', true],
    ['temps partiel', 'Chef de projet à temps plein', false],
    ['c++', 'Ingénieur C++', true],
    ['c++', 'Développeur C', false],
    ['c++', 'Développeur C#', false],
  ])('a word %s blocked in titles judges "%s": %s', (word, title, blocked) => {
    const judge = createNoiseJudge([defined(wordRule(word, 'title', AT))]);
    expect(judge(posting(title)) !== undefined).toBe(blocked);
  });

  it('finds a word blocked in titles in the title only', () => {
    const judge = createNoiseJudge([defined(wordRule('bénévole', 'title', AT))]);
    expect(judge(posting('Coordinateur', undefined, 'Mission bénévole de six mois'))).toBeUndefined();
  });

  it('finds a word blocked anywhere in the text, the organization and the title', () => {
    const judge = createNoiseJudge([defined(wordRule('Bénévole', 'anywhere', AT))]);
    const expected = { kind: 'word', word: 'Bénévole', scope: 'anywhere' };
    expect(judge(posting('Coordinateur', undefined, 'Mission BENEVOLE de six mois'))).toEqual(expected);
    expect(judge(posting('Coordinateur bénévole', undefined, ''))).toEqual({ ...expected, scope: 'anywhere' });
    expect(judge(posting('Coordinateur', 'Bénévoles du monde', ''))).toBeUndefined();
    expect(judge(posting('Coordinateur', 'Association bénévole', ''))).toEqual(expected);
    expect(judge(posting('Coordinateur', undefined, 'Poste salarié'))).toBeUndefined();
  });

  it('uses the hits found by the worker for a posting judged without its text', () => {
    const judge = createNoiseJudge([defined(wordRule('bénévole', 'anywhere', AT))], { anywhereHits: new Map([['src:jobs/a.md', 'bénévole']]) });
    expect(judge(posting('Coordinateur', undefined, undefined, 'src:jobs/a.md'))).toEqual({ kind: 'word', word: 'bénévole', scope: 'anywhere' });
    expect(judge(posting('Coordinateur', undefined, undefined, 'src:jobs/b.md'))).toBeUndefined();
  });

  it('says the first reason: hidden, then organization, then a word', () => {
    const rules: NoiseRule[] = [defined(wordRule('python', 'title', AT)), defined(organizationRule('Etalab', AT)), hideRule('src:jobs/a.md', 'Dev', AT)];
    const judge = createNoiseJudge(rules);
    expect(judge(posting('Dev Python', 'Etalab'))?.kind).toBe('hidden');
    expect(judge(posting('Dev Python', 'Etalab', undefined, 'other'))?.kind).toBe('organization');
    expect(judge(posting('Dev Python', 'DINUM', undefined, 'other'))?.kind).toBe('word');
  });

  it('forgets undone rules', () => {
    const rules = [undoneRule(hideRule('src:jobs/a.md', 'Dev', AT), AT + 1), undoneRule(defined(organizationRule('Etalab', AT)), AT + 1), undoneRule(defined(wordRule('dev', 'anywhere', AT)), AT + 1)];
    expect(createNoiseJudge(rules)(posting('Dev', 'Etalab', 'dev'))).toBeUndefined();
  });

  it('reads a whole offer: its skills, place and body', () => {
    const judge = createNoiseJudge([defined(wordRule('Kubernetes', 'anywhere', AT))]);
    const offer = sampleOffer({ title: 'Ops', body: 'Nous utilisons kubernetes au quotidien.' });
    expect(judge(judgedOffer(offer))?.kind).toBe('word');
    expect(judge(judgedOffer(sampleOffer({ title: 'Ops', body: 'Rien de tel.', skills: ['Kubernetes'] })))?.kind).toBe('word');
  });
});

describe('rules', () => {
  it('refuses a name or a word with nothing to compare', () => {
    expect(organizationRule(' – ', AT)).toBeUndefined();
    expect(wordRule('  ', 'title', AT)).toBeUndefined();
  });
});

describe('countLeftOut', () => {
  it('counts each posting once, under its first reason, by rule id', () => {
    const rules = [hideRule('a', 'Dev', AT), defined(organizationRule('Etalab', AT)), defined(wordRule('stage', 'title', AT))];
    const postings = [posting('Dev', 'Etalab', undefined, 'a'), posting('Stage', 'Etalab', undefined, 'b'), posting('Stage', 'DINUM', undefined, 'c'), posting('Ops', undefined, undefined, 'd')];
    expect(Object.fromEntries(countLeftOut(postings, createNoiseJudge(rules)))).toEqual({
      [`hidden:${hideRule('a', 'Dev', AT).key}`]: 1,
      'organization:etalab': 1,
      'word:stage': 1,
    });
  });

  it('names the rule behind each reason, to undo it', () => {
    expect(ruleOfReason({ kind: 'organization', name: 'ÉTALAB' }, 'x')).toEqual({ kind: 'organization', key: 'etalab' });
    expect(ruleOfReason({ kind: 'word', word: 'Temps-Partiel', scope: 'title' }, 'x')).toEqual({ kind: 'word', key: 'temps partiel' });
    expect(ruleOfReason({ kind: 'hidden' }, 'a')).toEqual({ kind: 'hidden', key: hideRule('a', 'Dev', AT).key });
  });
});

describe('memoizeJudge', () => {
  it('judges each posting once', () => {
    let calls = 0;
    const judge = memoizeJudge(() => {
      calls++;
      return { kind: 'hidden' };
    });
    judge(posting('A'));
    judge(posting('A'));
    expect(calls).toBe(1);
  });
});
